/**
 * The fact report, for the site's editors: per service, which facts are sourced, which are unknown, and
 * which sources need re-checking (published or last checked more than two years ago, or flagged).
 * Prints a summary, and writes `reports/fact-report.md` and `reports/fact-report.json`. `npm run build`
 * runs it too.
 *
 *   npm run facts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { serviceSchema } from '../src/content/schemas.ts';

const dir = join(process.env.CONTENT_DIR ?? 'content', 'services');
const today = new Date(process.env.FACT_REPORT_DATE ?? Date.now());
const TWO_YEARS_MS = 2 * 365.25 * 24 * 3600 * 1000;

interface Source {
	url?: string;
	title?: string;
	checked: Date;
	published?: Date;
	recheck: boolean;
	note?: string;
}

/** Why a source needs re-checking, or undefined. */
function recheckReason(s: Source): string | undefined {
	if (s.recheck) return 'flagged for re-checking';
	if (s.published && today.getTime() - s.published.getTime() > TWO_YEARS_MS) return `published ${s.published.toISOString().slice(0, 10)}, more than two years ago`;
	if (today.getTime() - s.checked.getTime() > TWO_YEARS_MS) return `last checked ${s.checked.toISOString().slice(0, 10)}, more than two years ago`;
	return undefined;
}

const services = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((file) => {
		const result = serviceSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
		if (!result.success) throw new Error(`${join(dir, file)}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
		return { id: file.replace(/\.yaml$/, ''), ...result.data };
	});

const rows = services.map((s) => {
	const sourced: string[] = [];
	const missing: string[] = [];
	for (const p of s.phones) {
		sourced.push(`phone ${p.number}${p.label !== 'main' ? ` (${p.label})` : ''}`);
		if (p.hours) sourced.push(`hours of ${p.number}`);
		else missing.push(`opening hours of ${p.number}`);
	}
	for (const e of s.emails) sourced.push(`e-mail ${e.address}`);
	if (s.phones.length === 0) missing.push(`phone number (visitors are told: ${s.reach.join(', ') || 'nothing'})`);
	if (s.age) sourced.push(`age ${s.age.min ?? 0}–${s.age.max ?? ''}`.replace(/–$/, '+'));
	const sources: Source[] = [...s.sources, ...s.phones.flatMap((p) => p.sources), ...s.emails.flatMap((e) => e.sources), ...(s.age?.sources ?? [])];
	const recheck = [...new Map(sources.map((src) => [src.url ?? src.title, src])).values()]
		.map((src) => ({ source: src.url ?? src.title!, reason: recheckReason(src) }))
		.filter((r) => r.reason);
	return { id: s.id, name: s.name, sourced, missing, recheck };
});

const withNumber = rows.filter((r) => services.find((s) => s.id === r.id)!.phones.length > 0).length;
const summary = {
	date: today.toISOString().slice(0, 10),
	services: rows.length,
	withSourcedNumber: withNumber,
	withoutNumber: rows.length - withNumber,
	withGaps: rows.filter((r) => r.missing.length).length,
	withSourcesToRecheck: rows.filter((r) => r.recheck.length).length,
};

const md = [
	`# Fact report (${summary.date})`,
	'',
	`${summary.services} services. ${summary.withSourcedNumber} have a sourced phone number; ${summary.withoutNumber} have none, and their pages say how to reach them instead. ${summary.withSourcesToRecheck} rely on a source that should be re-checked.`,
	'',
	'| service | sourced | unknown | re-check |',
	'| --- | --- | --- | --- |',
	...rows.map((r) => `| ${r.name} (\`${r.id}\`) | ${r.sourced.join('; ') || '–'} | ${r.missing.join('; ') || '–'} | ${r.recheck.map((x) => `${x.source}: ${x.reason}`).join('; ') || '–'} |`),
	'',
].join('\n');

mkdirSync('reports', { recursive: true });
writeFileSync('reports/fact-report.md', md);
writeFileSync('reports/fact-report.json', JSON.stringify({ summary, services: rows }, null, 2) + '\n');
console.log(`Fact report: ${summary.services} services, ${summary.withSourcedNumber} with a sourced number, ${summary.withoutNumber} without (reach described instead), ${summary.withGaps} with unknown facts, ${summary.withSourcesToRecheck} with sources to re-check. Written to reports/fact-report.md and .json.`);
