/**
 * What the search does with a visitor's words, on top of Pagefind. Pagefind finds pages that contain
 * every word of a query (with stemming for Swedish, English, Arabic and Finnish, and prefix matching);
 * a frightened person types a sentence ("min pappa slår min mamma"), misspells, or uses another form of a
 * word than the page does, and would then get nothing. So:
 *
 * 1. The query is split into words; words that carry no meaning ("jag", "min", "I", "my") do not decide.
 * 2. Each word is searched on its own with Pagefind, together with the words the locale's lexicon maps it
 *    to (everyday words, inflected forms, loanwords) and, where Pagefind has no stemmer, its stem.
 * 3. A word that finds nothing is corrected: first to a close spelling among the words of the titles and
 *    keywords, then by dropping letters from its end (inflections, typos at the end).
 * 4. The pages are ranked by how many of the words they match, rarer words counting more, and by how
 *    well Pagefind ranks them for each word.
 *
 * The logic is pure: it takes any object with Pagefind's `search`, so `scripts/search-eval.ts` runs the
 * same code in Node against the built index.
 */
import { fold, normalize, type Lexicon } from './lexicon.ts';

/** One page as the search shows it: [address, title, kind of page]. */
export type PageRow = [url: string, title: string, type: string];

/** The file the search page fetches for its locale (written by `scripts/search-data.ts`). */
export interface SearchData {
	/** Per Pagefind page id. */
	pages: Record<string, PageRow>;
	/** Words of the pages' keywords that are not in their titles, separated by spaces. */
	words: string;
	lexicon: Lexicon;
}

/** The part of Pagefind's JavaScript API the search uses. */
export interface PagefindLike {
	search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: { id: string; score: number }[] } | null>;
	preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<unknown>;
}

/** A page found for a query. */
export interface Hit {
	id: string;
	url: string;
	title: string;
	type: string;
	/** The merged score: higher is better. */
	score: number;
	/** How many of the query's words the page matched. */
	matched: number;
}

/** What a query found. */
export interface Answer {
	hits: Hit[];
	/** The terms the query found pages with (without diacritics), for marking in titles and summaries. */
	marks: string[];
}

interface Alternative {
	term: string;
	/** How much a match on this term counts, relative to the visitor's own word. */
	weight: number;
}

interface Token {
	word: string;
	stop: boolean;
	alternatives: Alternative[];
	/** The position of its first word in the query, for finding words that stand next to each other. */
	at: number;
}

/** Weights of the ways a word is found: the visitor's own word counts most. */
const WEIGHT = { own: 1, mapped: 0.8, stem: 0.8, corrected: 0.7, truncated: 0.6 };

/** A page's score for a word, relative to the best page's, from which the page counts as having the word. */
const PRESENT = 0.05;

/** A letter no indexed word contains (modifier prime), for telling Pagefind's fallback apart; see `pagefindResults`. */
const PROBE = '\u02B9';

const ethiopic = /[\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F]/u;

/** Letters in a word, counting a letter with its marks once. */
const letters = (word: string) => [...word.replace(/\p{M}/gu, '')].length;

/**
 * The distance between two spellings: insertions, deletions, substitutions and swaps of neighbours
 * (optimal string alignment), stopping early past `max`.
 * @example editDistance('booliska', 'booliiska', 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
	const s = [...a];
	const t = [...b];
	if (Math.abs(s.length - t.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
			row.push(v);
			best = Math.min(best, v);
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[t.length]!;
}

/**
 * Searches a locale's pages with a visitor's own words. One instance per locale and Pagefind instance.
 */
export class QueryEngine {
	private readonly stop: Set<string>;
	private readonly vocabulary: string[];
	/** The same words, for looking up whether a term is one of them. */
	private readonly known: Set<string>;
	private readonly pageCount: number;
	private readonly cache = new Map<string, Promise<{ id: string; score: number }[]>>();
	private readonly isEthiopic: boolean;
	private readonly pagefind: PagefindLike;
	private readonly data: SearchData;
	private readonly code: string;

	constructor(pagefind: PagefindLike, data: SearchData, code: string) {
		this.pagefind = pagefind;
		this.data = data;
		this.code = code;
		this.stop = new Set(data.lexicon.stop.flatMap((w) => [w, fold(w)]));
		this.pageCount = Math.max(1, Object.keys(data.pages).length);
		// The words a misspelling is corrected to: those of the titles, keywords and lexicon.
		const words = new Set<string>();
		const add = (text: string) => {
			for (const w of normalize(text, code).split(' ')) if (letters(w) >= 3 && !/^\p{N}+$/u.test(w)) words.add(w);
		};
		for (const [, title] of Object.values(data.pages)) add(title);
		add(data.words);
		for (const values of Object.values(data.lexicon.map)) add(values.join(' '));
		this.vocabulary = [...words];
		this.known = words;
		this.isEthiopic = this.vocabulary.some((w) => ethiopic.test(w));
	}

	/** Reads a query into words, each with the terms it is searched as. */
	tokens(query: string): Token[] {
		const { map, suffixes = [], minStem = 3 } = this.data.lexicon;
		const words = normalize(query, this.code).split(' ').filter(Boolean);
		const tokens: Token[] = [];
		for (let i = 0; i < words.length; i++) {
			const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
			if (pair && map[pair]) {
				tokens.push({ word: pair, stop: false, alternatives: [{ term: pair, weight: WEIGHT.own }, ...map[pair]!.map((term) => ({ term, weight: WEIGHT.mapped }))], at: i });
				i++;
				continue;
			}
			const word = words[i]!;
			const alternatives: Alternative[] = [{ term: word, weight: WEIGHT.own }];
			for (const term of map[word] ?? map[fold(word)] ?? []) alternatives.push({ term, weight: WEIGHT.mapped });
			// Persian writes many compounds and endings with a zero-width non-joiner, or without it, or with a
			// space: "بی‌خانمان", "بیخانمان", "بی خانمان". The parts are searched too.
			if (word.includes('\u200C')) {
				alternatives.push({ term: word.replace(/\u200C/g, ''), weight: WEIGHT.own });
				for (const part of word.split('\u200C')) {
					if (letters(part) >= 3 && !this.stop.has(part)) alternatives.push({ term: part, weight: WEIGHT.stem });
				}
			}
			const stem = this.stem(word, suffixes, minStem);
			if (stem) {
				alternatives.push({ term: stem, weight: WEIGHT.stem });
				for (const term of map[stem] ?? []) alternatives.push({ term, weight: WEIGHT.mapped * WEIGHT.stem });
			}
			tokens.push({ word, stop: this.stop.has(word) || this.stop.has(fold(word)), alternatives: dedupe(alternatives), at: i });
		}
		// Each word once; a query of only stop words is still searched.
		const seen = new Set<string>();
		const unique = tokens.filter((t) => !seen.has(t.word) && seen.add(t.word));
		return unique.some((t) => !t.stop) ? unique.filter((t) => !t.stop) : unique;
	}

	/** The stem of a word without its longest listed ending, or undefined. */
	private stem(word: string, suffixes: string[], minStem: number): string | undefined {
		let best = '';
		for (const suffix of suffixes) {
			if (suffix.length > best.length && word.endsWith(suffix) && letters(word.slice(0, -suffix.length).replace(/\u200C$/, '')) >= minStem) best = suffix;
		}
		return best ? word.slice(0, -best.length).replace(/\u200C+$/, '') : undefined;
	}

	/** Loads the index chunks for terms (and for their fallback probes) without searching. */
	private async preload(terms: string[], filters: Record<string, string>): Promise<void> {
		const todo = terms.filter((t) => !this.cache.has(`${t}\n${JSON.stringify(filters)}`));
		await Promise.all(todo.flatMap((t) => (this.known.has(t) ? [t] : [t, `${t}${PROBE}`])).map((t) => this.pagefind.preload(t, { filters })));
	}

	/** Pagefind's results for one term, remembered for the rest of the visit (only in memory). */
	private run(term: string, filters: Record<string, string>): Promise<{ id: string; score: number }[]> {
		const key = `${term}\n${JSON.stringify(filters)}`;
		let found = this.cache.get(key);
		if (!found) {
			found = this.pagefindResults(term, filters);
			this.cache.set(key, found);
		}
		return found;
	}

	/**
	 * Pages for a term: those with a word that begins with it. When no word does, Pagefind falls back to
	 * the longest word it has already loaded that begins the term, so the answer would depend on what the
	 * visitor searched before. That fallback is detected and dropped, so a term finds the same pages
	 * whatever came before, and a misspelling is corrected here instead (see `find`).
	 */
	private async pagefindResults(term: string, filters: Record<string, string>): Promise<{ id: string; score: number }[]> {
		const ids = (r: Awaited<ReturnType<PagefindLike['search']>>) => (r?.results ?? []).map(({ id, score }) => ({ id, score }));
		const found = ids(await this.pagefind.search(term, { filters }));
		// A word of the pages' titles or keywords is in the index, so it is no fallback.
		if (found.length === 0 || term.includes(' ') || this.known.has(term)) return found;
		// The term with a letter no word has falls back exactly as the term does when no word begins with it…
		const probeIds = new Set(ids(await this.pagefind.search(`${term}${PROBE}`, { filters })).map((r) => r.id));
		if (probeIds.size !== found.length || !found.every((r) => probeIds.has(r.id))) return found;
		// …unless the term is itself a word of the index.
		return ids(await this.pagefind.search(`"${term}"`, { filters })).length > 0 ? found : [];
	}

	/** Pages for each alternative of a token, merged: page id → best weighted, normalised score. */
	private async match(alternatives: Alternative[], filters: Record<string, string>): Promise<Map<string, number>> {
		const found = await Promise.all(alternatives.map((a) => this.run(a.term, filters)));
		const scores = new Map<string, number>();
		found.forEach((results, i) => {
			const top = Math.max(...results.map((r) => r.score), Number.EPSILON);
			for (const r of results) {
				const s = (r.score / top) * alternatives[i]!.weight;
				if (s > (scores.get(r.id) ?? 0)) scores.set(r.id, s);
			}
		});
		return scores;
	}

	/** Spellings close to a word that found nothing, nearest first. */
	private corrections(word: string): string[] {
		const folded = fold(word);
		const n = letters(folded);
		const max = this.isEthiopic ? (n >= 4 ? 1 : 0) : n >= 8 ? 2 : n >= 4 ? 1 : 0;
		if (max === 0) return [];
		return this.vocabulary
			.map((v) => ({ v, d: editDistance(folded, fold(v), max) }))
			.filter(({ d }) => d <= max)
			.sort((a, b) => a.d - b.d)
			.slice(0, 3)
			.map(({ v }) => v);
	}

	/** The beginnings of a word, longest first, down to what still says something. */
	private truncations(word: string): string[] {
		const chars = [...word];
		// At least half the word (more of a word in Ethiopic script, where a letter is a syllable), and never so
		// little that the beginning matches unrelated words ("kastar" must not become "kast").
		const min = this.isEthiopic ? Math.max(3, Math.ceil(chars.length * 0.6)) : Math.max(5, Math.ceil(chars.length * 0.5));
		const out: string[] = [];
		for (let n = chars.length - 1; n >= min; n--) out.push(chars.slice(0, n).join(''));
		return out;
	}

	/** Finds the pages for a query, best first. */
	async find(query: string, filters: Record<string, string> = {}): Promise<Answer> {
		const tokens = this.tokens(query);
		// All the index chunks the words need are loaded before any word is searched, so no word's answer
		// depends on whether another word's chunks happened to arrive first.
		await this.preload(tokens.flatMap((t) => t.alternatives.map((a) => a.term)), filters);
		const matches: Map<string, number>[] = [];
		for (const token of tokens) {
			let scores = await this.match(token.alternatives, filters);
			if (scores.size === 0 && !token.word.includes(' ')) {
				const corrected = this.corrections(token.word).map((term) => ({ term, weight: WEIGHT.corrected }));
				if (corrected.length) {
					await this.preload(corrected.map((a) => a.term), filters);
					scores = await this.match(corrected, filters);
				}
				if (scores.size) token.alternatives.push(...corrected);
				else {
					const truncations = this.truncations(token.word);
					await this.preload(truncations, filters);
					for (const term of truncations) {
						scores = await this.match([{ term, weight: WEIGHT.truncated }], filters);
						if (scores.size) {
							token.alternatives.push({ term, weight: WEIGHT.truncated });
							break;
						}
					}
				}
			}
			matches.push(scores);
		}
		const merged = new Map<string, { score: number; matched: number }>();
		matches.forEach((scores) => {
			if (scores.size === 0) return;
			// Rarer words decide more: a word on every page says little about which page is meant. A page
			// counts as having the word when it matters there at all: prefix matches ("hem" for "hemlös")
			// and passing mentions score a tiny fraction of the best page and would make a rare word look common.
			const pagesWithWord = [...scores.values()].filter((v) => v >= PRESENT).length;
			const idf = Math.log(1 + this.pageCount / Math.max(1, pagesWithWord));
			for (const [id, s] of scores) {
				const m = merged.get(id) ?? { score: 0, matched: 0 };
				// Matching a word counts; how well Pagefind ranks the page for it counts more.
				m.score += idf * (0.2 + 0.8 * s);
				m.matched += 1;
				merged.set(id, m);
			}
		});
		// Two of the visitor's words that stand next to each other on a page ("rabshadda qoyska",
		// "skyddat boende") say more than the same words apart.
		// Either order: "sex for money" and "money for sex" name the same thing.
		const pairs = tokens.flatMap((t, i) => {
			const next = tokens[i + 1];
			return next && next.at === t.at + 1 && !t.word.includes(' ') && !next.word.includes(' ') ? [`"${t.word} ${next.word}"`, `"${next.word} ${t.word}"`] : [];
		});
		for (const phrase of pairs) {
			const pages = await this.run(phrase, filters);
			if (pages.length === 0) continue;
			const idf = Math.log(1 + this.pageCount / pages.length);
			for (const { id } of pages) {
				const m = merged.get(id);
				if (m) m.score += idf;
			}
		}
		const hits = [...merged]
			.flatMap(([id, m]) => {
				const row = this.data.pages[id];
				return row ? [{ id, url: row[0], title: row[1], type: row[2], ...m }] : [];
			})
			.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
		const marks = matches.flatMap((scores, i) => (scores.size ? tokens[i]!.alternatives.flatMap((a) => a.term.split(' ')) : [])).map((t) => fold(t));
		return { hits, marks: [...new Set(marks)].filter(Boolean) };
	}

	/**
	 * Whether a word of a title or summary is one the query found: it begins like the term ("violence" for
	 * "violent"), or the term begins with it ("rape" for "raped").
	 */
	private matchesTerm(word: string, term: string): boolean {
		const w = [...word];
		const t = [...term];
		const least = this.isEthiopic ? 2 : 4;
		if (w.length >= least && term.startsWith(word)) return true;
		const shared = t.length <= least ? t.length : Math.max(least, Math.min(t.length - 2, least + 2));
		return word.startsWith(t.slice(0, shared).join(''));
	}

	/**
	 * Splits a text into pieces, marking the words the query found.
	 * @example engine.highlight('Om någon slår dig', ['slar']) // [['Om någon ', false], ['slår', true], [' dig', false]]
	 */
	highlight(text: string, marks: string[]): [string, boolean][] {
		if (!marks.length) return [[text, false]];
		const out: [string, boolean][] = [];
		for (const part of text.split(/([\p{L}\p{M}\p{N}\u200C]+)/u)) {
			if (!part) continue;
			const word = fold(normalize(part, this.code));
			const marked = !!word && marks.some((m) => this.matchesTerm(word, m));
			const last = out[out.length - 1];
			if (last && last[1] === marked) last[0] += part;
			else out.push([part, marked]);
		}
		return out;
	}
}

function dedupe(alternatives: Alternative[]): Alternative[] {
	const best = new Map<string, number>();
	for (const a of alternatives) if (a.term && a.weight > (best.get(a.term) ?? 0)) best.set(a.term, a.weight);
	return [...best].map(([term, weight]) => ({ term, weight }));
}
