/**
 * The search test set, run in Node against the built index with the same query engine the search page
 * uses (`src/components/Search/engine.ts`) and Pagefind's own JavaScript, without a browser: quick to run
 * while editing a lexicon or keywords. `tests/e2e/search.spec.ts` runs the same set in Chromium and is
 * the test that counts.
 *
 *   npm run build && node scripts/search-eval.ts                 every locale: rate, and each miss
 *   node scripts/search-eval.ts --locale so --verbose            one locale, the top 5 of every query
 *   node scripts/search-eval.ts --query "jag blev våldtagen"     one query in Swedish (with --locale for others)
 *   node scripts/search-eval.ts --record                         write the rates to tests/search/rates.json
 *   node scripts/search-eval.ts --bytes                          also the bytes before each query's first results
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { locales, type LocaleCode } from '../src/i18n/locales.ts';
import { localizedPath } from '../src/utils/routing.ts';
import { QueryEngine, type PagefindLike, type SearchData } from '../src/components/Search/engine.ts';
import { queriesFor, type Query } from '../tests/search/queries.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const root = join(import.meta.dirname, '..');
const dist = join(root, process.env.OUT_DIR ?? 'dist');
const ORIGIN = 'http://search-eval.invalid';

/** Bytes Pagefind and the search would download, as the benchmark counts them (gzip for text files). */
const fetched = new Map<string, number>();
globalThis.fetch = (async (input: string | URL | Request) => {
	const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
	const file = join(dist, decodeURIComponent(url.pathname));
	const bytes = readFileSync(file);
	fetched.set(url.pathname, /\.(js|json|txt)$/.test(url.pathname) ? gzipSync(bytes, { level: 9 }).length : bytes.length);
	const type = url.pathname.endsWith('.json') ? 'application/json' : url.pathname.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/octet-stream';
	return new Response(bytes, { headers: { 'content-type': type } });
}) as typeof fetch;

const queries = Object.fromEntries(locales.map((l) => [l.code, queriesFor(l.code)])) as Record<string, Query[]>;

/**
 * Pagefind's JavaScript, one module per locale: it reads the language from `<html lang>`, and its
 * WebAssembly (with the language's stemmer) is loaded once per module.
 */
let instances = 0;
async function pagefindFor(lang: string): Promise<PagefindLike> {
	(globalThis as Record<string, unknown>).document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
	const module = (await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?lang=${lang}&n=${instances++}`)) as { createInstance: (o: Record<string, unknown>) => PagefindLike & { options: (o: object) => Promise<void>; init: () => Promise<void> } };
	const instance = module.createInstance({ basePath: `${ORIGIN}/pagefind/`, noWorker: true });
	const { pagefindOptions } = await import('../src/components/Search/options.ts');
	await instance.options(pagefindOptions);
	await instance.init();
	return instance;
}

async function engineFor(code: LocaleCode): Promise<QueryEngine> {
	const locale = locales.find((l) => l.code === code)!;
	const pagefind = await pagefindFor(locale.lang);
	const data = (await (await fetch(`${ORIGIN}/pagefind/search-data.${code}.json`)).json()) as SearchData;
	return new QueryEngine(pagefind, data, code);
}

/**
 * Bytes before the first results of every query, each in a fresh visit: Pagefind's code, its
 * WebAssembly, the locale's index metadata and search data, and the index chunks the query needs.
 */
async function bytesPerQuery(code: LocaleCode, list: Query[]): Promise<number[]> {
	const pagefindJs = gzipSync(readFileSync(join(dist, 'pagefind/pagefind.js')), { level: 9 }).length;
	const out: number[] = [];
	for (const { q } of list) {
		fetched.clear();
		const engine = await engineFor(code);
		const { hits } = await engine.find(q);
		// The first results are shown with their summaries.
		await Promise.all(hits.slice(0, 3).map((h) => fetch(`${ORIGIN}/pagefind/summary/${h.id}.txt`)));
		out.push(pagefindJs + [...fetched.values()].reduce((a, b) => a + b, 0));
	}
	return out;
}

const fresh = args.includes('--fresh');
const only = option('locale') as LocaleCode | undefined;
const single = option('query');
const verbose = args.includes('--verbose');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rates: string[] = [];
const recorded: Record<string, { queries: number; top3: number }> = {};

for (const locale of locales.filter((l) => (only ? l.code === only : !single || l.code === 'sv'))) {
	const engine = await engineFor(locale.code);
	const list: Query[] = single ? [{ q: single, expect: [] }] : (queries[locale.code] ?? []);
	const misses: string[] = [];
	for (const { q, expect: wanted, who } of list) {
		const expected = (Array.isArray(wanted) ? wanted : [wanted]).map((p) => localizedPath(p, locale.code));
		if (single) console.log(`words: ${engine.tokens(q).map((t) => `${t.word}${t.stop ? ' (stop)' : ''} → ${t.alternatives.map((a) => `${a.term}×${a.weight}`).join(' | ')}`).join('; ')}`);
		const started = performance.now();
		const { hits, marks } = await (fresh ? await engineFor(locale.code) : engine).find(q);
		const took = performance.now() - started;
		if (args.includes('--time') && took > 50) console.log(`${took.toFixed(0)} ms "${q}"`);
		if (single || verbose) console.log(`marks: ${marks.join(" ")}`);
		const top = hits.slice(0, 3).map((h) => h.url);
		const ok = top.some((p) => expected.includes(p));
		if (!ok && !single) misses.push(`${who ? `[${who}] ` : ''}"${q}" → ${top.join(', ') || 'nothing'} (wanted ${expected.join(' or ')})`);
		if (verbose || single) console.log(`${ok ? '✓' : '✗'} "${q}"\n${hits.slice(0, 5).map((h) => `    ${h.score.toFixed(2)} ${h.matched} ${h.url}`).join('\n') || '    (nothing)'}`);
	}
	if (single) break;
	if (args.includes('--bytes')) {
		const bytes = await bytesPerQuery(locale.code, list);
		const sorted = [...bytes].sort((a, b) => a - b);
		const worst = list[bytes.indexOf(sorted[sorted.length - 1]!)]!.q;
		console.log(`${locale.code}: bytes before first results: median ${kb(sorted[Math.floor(sorted.length / 2)]!)}, max ${kb(sorted[sorted.length - 1]!)} ("${worst}"), over 100 KB: ${bytes.filter((b) => b > 100 * 1024).length}`);
	}
	const hits = list.length - misses.length;
	rates.push(`${locale.code.padEnd(9)} ${hits}/${list.length} = ${((100 * hits) / Math.max(1, list.length)).toFixed(1)} %`);
	recorded[locale.code] = { queries: list.length, top3: hits };
	console.log(`${locale.code}: ${hits}/${list.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
}
if (rates.length) console.log(`\nTop-3 rate per locale:\n${rates.join('\n')}`);
if (args.includes('--record')) {
	if (only || single) throw new Error('--record records every locale: run it without --locale and --query.');
	const file = join(root, 'tests/search/rates.json');
	const comment = 'How many of each locale\'s queries in queries/<locale>.json find their page among the first three results. Written by `node scripts/search-eval.ts --record`; tests/e2e/search.spec.ts fails when a locale finds fewer, or when its queries changed without recording again.';
	writeFileSync(file, `${JSON.stringify({ $comment: comment, ...recorded }, null, '\t')}\n`);
	console.log(`Recorded in ${file}.`);
}
if (verbose || single) console.log(`\nDownloaded (all queries, cumulative): ${kb([...fetched.values()].reduce((a, b) => a + b, 0))}`);
