/**
 * After Pagefind has indexed the site: what the search page needs besides Pagefind's index, kept small
 * because it is downloaded before the first result.
 *
 * - `dist/pagefind/search-data.<locale>.json`, one per locale:
 *   - `pages`: per Pagefind page id, its address, title and kind of page;
 *   - `words`: the words of the pages' keywords that are not in their titles, which the search corrects
 *     misspellings towards (`kvinofridslinjen` → `kvinnofridslinjen`);
 *   - `lexicon`: the locale's words that carry no meaning, and its map from the words visitors type to the
 *     words the pages use, from `src/components/Search/lexicon/<locale>.json`.
 * - `dist/pagefind/summary/<page id>.txt`: the page's description, shown under a result. One small file per
 *   page, fetched only for the results shown, instead of Pagefind's fragment (which holds the whole page).
 *   So an excerpt is always the page's own summary, never the hidden keyword list.
 *
 * Run by `npm run build` after `pagefind`; it reads Pagefind's own output, so the ids always match the index.
 *
 *   node scripts/search-data.ts [dist]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { locales } from '../src/i18n/locales.ts';
import { normalize, parseLexicon, type Lexicon } from '../src/components/Search/lexicon.ts';
import type { PageRow, SearchData } from '../src/components/Search/engine.ts';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const bundle = join(dist, 'pagefind');
const lexiconDir = join(import.meta.dirname, '../src/components/Search/lexicon');

interface Fragment {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** A Pagefind file: gzip, then the signature `pagefind_dcd`, then the data. */
function readPagefindFile(file: string): Buffer {
	let bytes = readFileSync(file);
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
	const signature = 'pagefind_dcd';
	if (bytes.subarray(0, signature.length).toString() !== signature) throw new Error(`${file}: no Pagefind signature. Has Pagefind's file format changed? scripts/search-data.ts reads Pagefind 1.x fragments.`);
	return bytes.subarray(signature.length);
}

/**
 * A page's keywords, from its built HTML: ContentPage.astro indexes them, weighted, in a hidden element
 * marked `data-search-keywords`.
 */
function keywordsOf(url: string): string {
	const file = join(dist, decodeURI(url), url.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) return '';
	const text = readFileSync(file, 'utf8').match(/<p[^>]*\bdata-search-keywords\b[^>]*>([^<]*)<\/p>/)?.[1] ?? '';
	return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? '');
}

/**
 * A locale's lexicon file, merged over the one it `extends` (easy-to-read Swedish extends Swedish). A
 * locale without a file gets an empty lexicon: its words are searched as typed.
 */
function readLexicon(code: string): Lexicon {
	const file = join(lexiconDir, `${code}.json`);
	if (!existsSync(file)) return { stop: [], map: {} };
	const raw = JSON.parse(readFileSync(file, 'utf8')) as { extends?: string };
	const own = parseLexicon(raw, file, code);
	if (!raw.extends) return own;
	const base = readLexicon(raw.extends);
	return { ...base, ...own, stop: [...new Set([...base.stop, ...own.stop])], map: { ...base.map, ...own.map } };
}

if (!existsSync(join(bundle, 'pagefind-entry.json'))) {
	console.error(`${bundle}/pagefind-entry.json is missing: run pagefind first.`);
	process.exit(1);
}
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
const fragmentFiles = readdirSync(join(bundle, 'fragment'));
const summaries = join(bundle, 'summary');
rmSync(summaries, { recursive: true, force: true });
mkdirSync(summaries);
const summary: string[] = [];

for (const locale of locales) {
	const language = locale.lang.toLowerCase();
	if (!entry.languages[language]) throw new Error(`Pagefind built no index for ${language} (${locale.code}). Does every page of the locale have <html lang="${locale.lang}">?`);
	const pages: Record<string, PageRow> = {};
	const titleWords = new Set<string>();
	const keywordWords = new Set<string>();
	// A fragment's file name is the page's id in search results: `<language>_<hash>.pf_fragment`.
	for (const file of fragmentFiles.filter((f) => f.startsWith(`${language}_`) && f.endsWith('.pf_fragment'))) {
		const id = file.replace(/\.pf_fragment$/, '');
		const fragment = JSON.parse(readPagefindFile(join(bundle, 'fragment', file)).toString('utf8')) as Fragment;
		const title = fragment.meta.title ?? fragment.url;
		pages[id] = [fragment.url, title, fragment.filters.type?.[0] ?? ''];
		writeFileSync(join(summaries, `${id}.txt`), fragment.meta.description ?? '');
		for (const w of normalize(title, locale.code).split(' ')) titleWords.add(w);
		for (const w of normalize(keywordsOf(fragment.url), locale.code).split(' ')) if ([...w].length >= 3) keywordWords.add(w);
	}
	const words = [...keywordWords].filter((w) => !titleWords.has(w)).sort();
	const data: SearchData = { pages, words: words.join(' '), lexicon: readLexicon(locale.code) };
	writeFileSync(join(bundle, `search-data.${locale.code}.json`), JSON.stringify(data));
	summary.push(`${locale.code} ${Object.keys(pages).length}`);
}
console.log(`Search data: pages per locale ${summary.join(', ')}.`);
