/**
 * Translation status: for every page of the Swedish source and every other locale, whether the page is
 * translated from the current source, outdated (the source changed since), missing, and reviewed or not.
 * Prints a table, writes `reports/i18n-status.json`, and prints each Swedish page's hash for translators.
 *
 *   npm run i18n:status                 all locales
 *   npm run i18n:status -- --locale fa  one locale
 *   npm run i18n:status -- --strict     exit 1 on anything missing or outdated
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentTypes } from '../src/content/contentTypes.ts';
import { locales, sourceLocale } from '../src/i18n/locales.ts';
import { sourceHash } from '../src/utils/sourceHash.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const folders = Object.values(contentTypes).map((type) => type.folder);
const args = process.argv.slice(2);
const only = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : undefined;
const strict = args.includes('--strict');

type State = 'translated' | 'unreviewed' | 'outdated' | 'missing';
interface Row {
	page: string;
	sourceHash: string;
	locales: Record<string, { state: State; reviewed: boolean; words: number }>;
}

/** The frontmatter of a Markdown file, parsed. */
function frontmatter(text: string): Record<string, any> {
	const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
	return match ? (parse(match[1]!) ?? {}) : {};
}

/** Words in a page's text, without frontmatter and markup, for the translation word count. */
export function countWords(text: string): number {
	const body = text.replace(/^---[\s\S]*?\n---/, '').replace(/<[^>]+>/g, ' ').replace(/[#*_[\]()`>|-]/g, ' ');
	return body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

const rows: Row[] = [];
for (const folder of folders) {
	const dir = join(contentDir, sourceLocale.code, folder);
	if (!existsSync(dir)) continue;
	for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
		const source = readFileSync(join(dir, file), 'utf8');
		const hash = sourceHash(source);
		const row: Row = { page: `${folder}/${file.replace(/\.mdx?$/, '')}`, sourceHash: hash, locales: {} };
		for (const locale of locales) {
			if (locale.code === sourceLocale.code || (only && locale.code !== only)) continue;
			const path = join(contentDir, locale.code, folder, file);
			if (!existsSync(path)) {
				row.locales[locale.code] = { state: 'missing', reviewed: false, words: 0 };
				continue;
			}
			const text = readFileSync(path, 'utf8');
			const translation = frontmatter(text).translation ?? {};
			const reviewed = translation.reviewed === true;
			const state: State = String(translation.source) !== hash ? 'outdated' : reviewed ? 'translated' : 'unreviewed';
			row.locales[locale.code] = { state, reviewed, words: countWords(text) };
		}
		rows.push(row);
	}
}

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
writeFileSync('reports/i18n-status.json', JSON.stringify({ generated: new Date().toISOString(), totals, pages: rows }, null, 2) + '\n');
console.log('\nWritten to reports/i18n-status.json');
if (strict && totals.some((t) => t.missing || t.outdated)) process.exit(1);
