/**
 * Translation status: for every page of the Swedish source and every other locale, whether the page is
 * translated from the current source, outdated (the source changed since), missing, and reviewed or not.
 * Prints a table, writes `reports/i18n-status.json`, and prints each Swedish page's hash for translators.
 *
 *   npm run i18n:status                 all locales
 *   npm run i18n:status -- --locale fa  one locale
 *   npm run i18n:status -- --strict     exit 1 on anything missing or outdated
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { locales, sourceLocale } from '../src/i18n/locales.ts';
import { translationStatus, type TranslationState as State } from './lib/translationStatus.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const args = process.argv.slice(2);
const only = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : undefined;
const strict = args.includes('--strict');

const rows = translationStatus(contentDir, only);

const codes = locales.filter((l) => l.code !== sourceLocale.code && (!only || l.code === only)).map((l) => l.code);
const mark: Record<State, string> = { translated: 'ok', unreviewed: 'unrev', outdated: 'OUTDATED', missing: 'MISSING' };
const pad = (s: string, n: number) => s.padEnd(n);
console.log(pad('page', 44) + pad('source', 14) + codes.map((c) => pad(c, 10)).join(''));
for (const row of rows) {
	console.log(pad(row.page, 44) + pad(row.sourceHash, 14) + codes.map((c) => pad(mark[row.locales[c]!.state], 10)).join(''));
}
console.log('');
const totals = codes.map((c) => {
	const states = rows.map((r) => r.locales[c]!);
	const count = (s: State) => states.filter((x) => x.state === s).length;
	return { locale: c, pages: rows.length, translated: count('translated'), unreviewed: count('unreviewed'), outdated: count('outdated'), missing: count('missing'), words: states.reduce((n, x) => n + x.words, 0) };
});
for (const t of totals) {
	console.log(`${pad(t.locale, 10)} ${t.pages} pages: ${t.translated} reviewed, ${t.unreviewed} unreviewed, ${t.outdated} outdated, ${t.missing} missing, ${t.words} words`);
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/i18n-status.json', JSON.stringify({ generated: new Date().toISOString(), totals, pages: rows.map(({ folder: _folder, file: _file, ...row }) => row) }, null, 2) + '\n');
console.log('\nWritten to reports/i18n-status.json');
if (strict && totals.some((t) => t.missing || t.outdated)) process.exit(1);
