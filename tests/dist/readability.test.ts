/**
 * Plain language, measured: LIX (läsbarhetsindex) and words per sentence over the main text of every
 * Swedish page a visitor reads (`scripts/lib/readability.ts`).
 *
 * - Standard Swedish: LIX ≤ 40 (plain language).
 * - Easy-to-read Swedish (/lattlast/): every page exists (no fallback to the standard text), LIX ≤ 25, at
 *   most 9 words per sentence on average, and clearly shorter than its standard page (at most 75 % of its
 *   words; pages under 100 words may be as long).
 *
 * The figures are printed per page, and per section the mean and the worst, for the editors.
 */
import { expect, test } from 'vitest';
import { mainText, readability } from '../../scripts/lib/readability.ts';
import { builtHtml, builtPages } from '../e2e/site.ts';
import { localeFromPath } from '../../src/i18n/locales.ts';

/** The pages a visitor reads: not the finder's answer pages or the printables, which are tools. */
const reading = (prefix: string) =>
	builtPages().filter((p) => {
		const rest = prefix ? p.slice(prefix.length) : p;
		if (prefix && !p.startsWith(prefix)) return false;
		if (!prefix && localeFromPath(p) !== 'sv') return false;
		return !/^\/(hitta-stod\/.+|affischer\/.+)/.test(rest) && !rest.endsWith('404.html');
	});
const standard = reading('');
const easy = reading('/lattlast');
const measure = (path: string) => ({ path, ...readability(mainText(builtHtml(path))) });
const section = (path: string) => path.replace(/^\/lattlast/, '').split('/')[1] || 'start';

function report(title: string, rows: ReturnType<typeof measure>[]) {
	const bySection = Map.groupBy(rows, (r) => section(r.path));
	const lines = [...bySection].map(([name, rs]) => {
		const mean = rs.reduce((a, r) => a + r.lix, 0) / rs.length;
		const worst = rs.reduce((a, r) => (r.lix > a.lix ? r : a));
		const wps = rs.reduce((a, r) => a + r.wordsPerSentence, 0) / rs.length;
		return `  ${name.padEnd(16)} ${String(rs.length).padStart(3)} pages  LIX mean ${mean.toFixed(1)}, worst ${worst.lix.toFixed(1)} (${worst.path})  words/sentence mean ${wps.toFixed(1)}`;
	});
	console.log(`${title}\n${lines.join('\n')}`);
}

test('standard Swedish pages are plain language: LIX ≤ 40', () => {
	const rows = standard.map(measure);
	expect(rows.length).toBeGreaterThan(50);
	report('Standard Swedish', rows);
	for (const r of rows) expect(r.lix, `${r.path}: LIX ${r.lix.toFixed(1)}`).toBeLessThanOrEqual(40);
});

test('every Swedish page a visitor reads has an easy-to-read version', () => {
	const missing = standard.map((p) => `/lattlast${p}`).filter((p) => !easy.includes(p) || builtHtml(p).includes('data-translation-state="fallback"'));
	expect(missing, `no easy-to-read text yet: ${missing.join(', ')}`).toEqual([]);
});

test('easy-to-read pages: LIX ≤ 25, at most 9 words a sentence, clearly shorter than the standard page', () => {
	const rows = easy.filter((p) => !builtHtml(p).includes('data-translation-state="fallback"')).map(measure);
	expect(rows.length).toBeGreaterThan(0);
	report('Easy-to-read Swedish', rows);
	for (const r of rows) {
		const std = measure(r.path.replace(/^\/lattlast/, '') || '/');
		console.log(`  ${r.path}: LIX ${r.lix.toFixed(1)}, ${r.wordsPerSentence.toFixed(1)} words/sentence, ${r.words} words (standard ${std.words}, ${Math.round((100 * r.words) / std.words)} %)`);
		expect(r.lix, `${r.path}: LIX`).toBeLessThanOrEqual(25);
		expect(r.wordsPerSentence, `${r.path}: words per sentence`).toBeLessThanOrEqual(9);
		expect(r.words, `${r.path}: ${r.words} words against the standard page's ${std.words}`).toBeLessThanOrEqual(std.words < 100 ? std.words : 0.75 * std.words);
	}
});
