/**
 * Facts honest about their age, enforced from the data: on every service page in every locale, each fact
 * in the contact block (every phone line, e-mail address and age limit, and the service's description)
 * names its source and when it was read; and each one that `factAge` says may have changed — a flagged
 * source, one published more than two years ago, or one not read for a year — carries the visible
 * "may have changed" note. Reads the built pages; the date is the one the build used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { factAge } from '../../src/content/factAge.ts';
import { serviceSchema } from '../../src/content/schemas.ts';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { pathFor } from '../../src/utils/routing.ts';
import { builtHtml } from '../e2e/site.ts';

const root = join(import.meta.dirname, '../..');
const dir = join(root, 'content/services');
const report = JSON.parse(readFileSync(join(root, 'reports/fact-report.json'), 'utf8')) as { summary: { date: string } };
const buildDay = new Date(report.summary.date);
const services = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ id: f.replace(/\.yaml$/, ''), ...serviceSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))) }));

/** The fact blocks of a page's contact block, by their `data-fact`. */
function factBlocks(html: string): Map<string, string> {
	const blocks = new Map<string, string>();
	for (const m of html.matchAll(/<div class="fact-age[^"]*" data-fact="([^"]+)"[^>]*>([\s\S]*?)<\/div>/g)) blocks.set(m[1]!, m[0]);
	return blocks;
}

test('the services are read, and some facts really are old or flagged (so the test below is not vacuous)', () => {
	expect(services.length).toBeGreaterThan(20);
	const stale = services.flatMap((s) => s.phones.map((p) => factAge(p.sources, buildDay))).filter((a) => a.mayHaveChanged);
	expect(stale.length).toBeGreaterThan(0);
});

describe.each(locales.map((l) => [l.code, l] as const))('%s', (code) => {
	const t = useTranslations(code);
	test('every fact shows its source and age, and every old or flagged fact says it may have changed', () => {
		for (const service of services) {
			const path = pathFor(code, `stod/${service.id}`);
			const blocks = factBlocks(builtHtml(path));
			const facts = [
				...service.phones.map((p) => [`phone:${p.label}`, p.sources] as const),
				...service.emails.map((e) => ['email', e.sources] as const),
				...(service.age ? [['age', service.age.sources] as const] : []),
				['service', service.sources] as const,
			];
			for (const [fact, sources] of facts) {
				const block = blocks.get(fact);
				expect(block, `${path}: ${fact} has no source line`).toBeDefined();
				expect(block, `${path}: ${fact}`).toContain(t('fact.source'));
				const stale = factAge(sources, buildDay).mayHaveChanged;
				expect(block!.includes('data-may-have-changed'), `${path}: ${fact} marked as may have changed`).toBe(stale);
				if (stale) expect(block, `${path}: ${fact}`).toContain(t('fact.mayHaveChanged'));
				else expect(block, `${path}: ${fact}`).not.toContain(t('fact.mayHaveChanged'));
			}
		}
	});
});
