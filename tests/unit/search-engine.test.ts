/**
 * The search's query engine and lexicons, without a browser: a small in-memory stand-in for Pagefind
 * that answers as Pagefind does (prefix matching, every word of a query required, the fallback to the
 * longest word already loaded). The real index is tested in tests/e2e/search.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { editDistance, QueryEngine, type PagefindLike, type SearchData } from '../../src/components/Search/engine.ts';
import { fold, normalize, parseLexicon } from '../../src/components/Search/lexicon.ts';
import { locales } from '../../src/i18n/locales.ts';

const lexiconDir = join(import.meta.dirname, '../../src/components/Search/lexicon');

/**
 * Pagefind in miniature: pages as lists of words; a term finds the pages with a word that begins with
 * it, or, when no word does, the pages with the longest word that begins the term and has been "loaded"
 * (searched before) — the history-dependent fallback the engine must not rely on.
 */
function fakePagefind(pages: Record<string, string[]>): PagefindLike & { loaded: Set<string> } {
	const loaded = new Set<string>();
	const words = [...new Set(Object.values(pages).flat())];
	const pagesWith = (match: (w: string) => boolean) => Object.entries(pages).filter(([, ws]) => ws.some(match)).map(([id, ws]) => ({ id, score: ws.filter(match).length }));
	const one = (term: string) => {
		const exact = /^".*"$/.test(term);
		const t = fold(term.replace(/"/g, ''));
		if (exact) return t.includes(' ') ? pagesWith(() => false).concat(Object.entries(pages).filter(([, ws]) => ws.map(fold).join(' ').includes(t)).map(([id]) => ({ id, score: 1 }))) : pagesWith((w) => fold(w) === t);
		for (const w of words) if (fold(w).startsWith(t)) loaded.add(w);
		const found = pagesWith((w) => fold(w).startsWith(t));
		if (found.length) return found;
		const prefix = [...loaded].filter((w) => t.startsWith(fold(w))).sort((a, b) => b.length - a.length)[0];
		return prefix ? pagesWith((w) => w === prefix) : [];
	};
	return {
		loaded,
		preload: async () => undefined,
		search: async (term) => {
			const parts = term.startsWith('"') ? [term] : term.split(' ');
			const sets = parts.map(one);
			const ids = sets.reduce((acc, s) => acc.filter((id) => s.some((r) => r.id === id)), sets[0]!.map((r) => r.id));
			return { results: ids.map((id) => ({ id, score: sets.reduce((n, s) => n + (s.find((r) => r.id === id)?.score ?? 0), 0) })) };
		},
	};
}

const pages: Record<string, string[]> = {
	rape: ['sexual', 'violence', 'rape', 'raped', 'party'],
	home: ['violence', 'home', 'help'],
	shelter: ['protected', 'housing', 'shelter', 'women', 'children'],
	police: ['police', 'report', 'crime'],
	kast: ['kast', 'stop', 'buying', 'sex'],
};
const data: SearchData = {
	pages: Object.fromEntries(Object.keys(pages).map((id) => [id, [`/${id}/`, id, 'kinds']])),
	words: 'rape shelter police',
	lexicon: parseLexicon({ stop: ['i', 'was', 'at', 'a', 'my', 'the'], map: { kvinnojour: ['shelter'], safe: 'protected' } }, 'test.json', 'en'),
};

describe('normalize', () => {
	it('lower-cases, drops punctuation between and inside words as Pagefind does', () => {
		expect(normalize('Min man, han SLÅR mig!', 'sv')).toBe('min man han slår mig');
		expect(normalize("I'm scared — sms-lån?", 'en')).toBe('im scared smslån');
	});
	it('unifies Arabic and Persian letter variants and drops vowel signs', () => {
		expect(normalize('يكتب', 'fa')).toBe('یکتب');
		expect(normalize('کتاب', 'ar')).toBe('كتاب');
		expect(normalize('عُنْف', 'ar')).toBe('عنف');
	});
	it('keeps the Persian zero-width non-joiner inside a word', () => {
		expect(normalize('بی‌خانمان', 'fa')).toBe('بی‌خانمان');
	});
});

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps', () => {
		expect(editDistance('booliska', 'booliiska', 2)).toBe(1);
		expect(editDistance('kvinofridslinjen', 'kvinnofridslinjen', 2)).toBe(1);
		expect(editDistance('harrasment', 'harassment', 2)).toBe(2);
		expect(editDistance('abc', 'xyz', 1)).toBe(2);
	});
});

describe('parseLexicon', () => {
	it('refuses a malformed file with its name', () => {
		expect(() => parseLexicon({ stop: 'jag' }, 'sv.json')).toThrow(/sv\.json: "stop"/);
		expect(() => parseLexicon({ map: { 'a b c': 'x' } }, 'sv.json')).toThrow(/one word or two/);
	});
});

describe('QueryEngine', () => {
	it('finds a page for a sentence of which only some words are on it, and stop words do not decide', async () => {
		const engine = new QueryEngine(fakePagefind(pages), data, 'en');
		const { hits, marks } = await engine.find('I was raped at a party');
		expect(hits[0]?.url).toBe('/rape/');
		expect(marks).toEqual(expect.arrayContaining(['raped', 'party']));
	});

	it('counts rare words more than common ones', async () => {
		const engine = new QueryEngine(fakePagefind(pages), data, 'en');
		// "violence" is on two pages, "sexual" on one.
		expect((await engine.find('violence sexual')).hits[0]?.url).toBe('/rape/');
	});

	it('searches the words the lexicon maps a word to', async () => {
		const engine = new QueryEngine(fakePagefind(pages), data, 'en');
		expect((await engine.find('kvinnojour')).hits[0]?.url).toBe('/shelter/');
		expect((await engine.find('somewhere safe')).hits[0]?.url).toBe('/shelter/');
	});

	it('corrects a misspelling to a word of the titles or keywords', async () => {
		const engine = new QueryEngine(fakePagefind(pages), data, 'en');
		expect((await engine.find('polise')).hits[0]?.url).toBe('/police/');
	});

	it('does not depend on what was searched before (Pagefind falls back to loaded words)', async () => {
		const pagefind = fakePagefind(pages);
		const engine = new QueryEngine(pagefind, data, 'en');
		await engine.find('kast');
		// Pagefind itself would now answer "kastar" with the page of "kast"; the engine drops that fallback.
		expect((await pagefind.search('kastar'))?.results.map((r) => r.id)).toEqual(['kast']);
		expect((await engine.find('kastar')).hits).toEqual([]);
		expect((await new QueryEngine(fakePagefind(pages), data, 'en').find('kastar')).hits).toEqual([]);
	});

	it('finds nothing for nonsense, so the help block is shown', async () => {
		const engine = new QueryEngine(fakePagefind(pages), data, 'en');
		expect((await engine.find('zzxqj wqkv')).hits).toEqual([]);
	});

	it('marks the words the query found, as nodes of text', () => {
		const engine = new QueryEngine(fakePagefind(pages), data, 'en');
		expect(engine.highlight('Rape and raped, grape', ['raped'])).toEqual([
			['Rape', true],
			[' and ', false],
			['raped', true],
			[', grape', false],
		]);
	});
});

describe('lexicon files', () => {
	const files = readdirSync(lexiconDir).filter((f) => f.endsWith('.json'));

	it('exist for every locale', () => {
		for (const l of locales) expect(files, `src/components/Search/lexicon/${l.code}.json`).toContain(`${l.code}.json`);
	});

	for (const file of files) {
		const raw = JSON.parse(readFileSync(join(lexiconDir, file), 'utf8'));
		const code = file.replace('.json', '');

		it(`${file} is well formed, and no word is both a stop word and mapped (a stop word is never searched)`, () => {
			const lexicon = parseLexicon(raw, file, code);
			const stop = new Set(lexicon.stop);
			expect(Object.keys(lexicon.map).filter((k) => stop.has(k))).toEqual([]);
		});

		it(`${file} stays small: it is downloaded before the first result`, () => {
			expect(gzipSync(readFileSync(join(lexiconDir, file)), { level: 9 }).length).toBeLessThan(2048);
		});
	}
});
