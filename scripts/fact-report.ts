/**
 * The fact report, for the site's editors: per service, which facts are sourced, which are unknown, and
 * which may have changed — by the same rule the pages use (`src/content/factAge.ts`: a flagged source, a
 * source published more than two years ago, or one not read for a year) — and every fact by age, the
 * oldest first, so the editors know what to re-check first.
 * Prints a summary, and writes `reports/fact-report.md` and `reports/fact-report.json`. `npm run build`
 * runs it too.
 *
 *   npm run facts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildDate, factAge, type DatedSource } from '../src/content/factAge.ts';
import { serviceSchema } from '../src/content/schemas.ts';

const dir = join(process.env.CONTENT_DIR ?? 'content', 'services');
const today = buildDate();
const day = (d: Date) => d.toISOString().slice(0, 10);
const reasonText = { flagged: 'flagged for re-checking', oldSource: 'source published more than two years ago', notReadRecently: 'source not read for more than a year' };

/** Why a source needs re-checking, or undefined. */
function recheckReason(s: DatedSource): string | undefined {
	const { reasons } = factAge([s], today);
	return reasons.length ? reasons.map((r) => reasonText[r]).join(', ') : undefined;
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
	const sources: DatedSource[] = [...s.sources, ...s.phones.flatMap((p) => p.sources), ...s.emails.flatMap((e) => e.sources), ...(s.age?.sources ?? [])];
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

/** Every fact with its age, the oldest first: the order to re-check them in. */
const facts = services
	.flatMap((s) => [
		...s.phones.map((p) => ({ service: s.name, fact: `phone ${p.number}${p.hours ? ' and its hours' : ''}`, sources: p.sources })),
		...s.emails.map((e) => ({ service: s.name, fact: `e-mail ${e.address}`, sources: e.sources })),
		...(s.age ? [{ service: s.name, fact: 'age limit', sources: s.age.sources }] : []),
		{ service: s.name, fact: 'what it offers, for whom, cost, anonymity', sources: s.sources },
	])
	.map((f) => ({ ...f, age: factAge(f.sources, today) }))
	.map((f) => ({ ...f, dated: f.age.published ?? f.age.checked }))
	.sort((a, b) => Number(b.age.mayHaveChanged) - Number(a.age.mayHaveChanged) || a.dated.getTime() - b.dated.getTime() || a.service.localeCompare(b.service, 'sv'));
const byAge = {
	total: facts.length,
	mayHaveChanged: facts.filter((f) => f.age.mayHaveChanged).length,
	flagged: facts.filter((f) => f.age.reasons.includes('flagged')).length,
	oldSource: facts.filter((f) => f.age.reasons.includes('oldSource')).length,
	notReadRecently: facts.filter((f) => f.age.reasons.includes('notReadRecently')).length,
	publishedWithin2Years: facts.filter((f) => f.age.published && !f.age.reasons.includes('oldSource')).length,
	undatedSources: facts.filter((f) => !f.age.published).length,
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
	'## Facts by age: re-check from the top',
	'',
	`${byAge.total} facts. ${byAge.mayHaveChanged} are shown to visitors as "may have changed" (${byAge.flagged} flagged, ${byAge.oldSource} from a source more than two years old, ${byAge.notReadRecently} not read for a year). ${byAge.undatedSources} rest on sources that give no publication date.`,
	'',
	'| service | fact | published | read | may have changed because |',
	'| --- | --- | --- | --- | --- |',
	...facts.map((f) => `| ${f.service} | ${f.fact} | ${f.age.published ? day(f.age.published) : '–'} | ${day(f.age.checked)} | ${f.age.reasons.map((r) => reasonText[r]).join(', ') || '–'} |`),
	'',
].join('\n');

mkdirSync('reports', { recursive: true });
writeFileSync('reports/fact-report.md', md);
writeFileSync('reports/fact-report.json', JSON.stringify({ summary, byAge, services: rows, facts: facts.map(({ service, fact, age }) => ({ service, fact, ...age })) }, null, 2) + '\n');
console.log(`Fact report: ${summary.services} services, ${summary.withSourcedNumber} with a sourced number, ${summary.withoutNumber} without (reach described instead), ${summary.withGaps} with unknown facts, ${summary.withSourcesToRecheck} with sources to re-check; ${byAge.mayHaveChanged} of ${byAge.total} facts shown as "may have changed". Written to reports/fact-report.md and .json.`);
