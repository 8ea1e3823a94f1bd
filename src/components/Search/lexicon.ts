/**
 * How the search reads a visitor's words, per locale: which words carry no meaning, which words visitors
 * type for the words the pages use, and how the script is written. One small JSON file per locale,
 * `src/components/Search/lexicon/<locale>.json`, shipped with that locale's search data (see
 * `scripts/search-data.ts`), so a visitor downloads only their own language's list.
 *
 * ```json
 * {
 *   "stop": ["jag", "min", "är"],
 *   "map": { "våldtagen": ["våldtäkt"], "soc": ["socialtjänsten"] },
 *   "suffixes": ["ka", "ta"]
 * }
 * ```
 *
 * - `stop`: words that do not decide what a query is about (pronouns, auxiliaries, prepositions). A query
 *   made only of them is still searched.
 * - `map`: a word or two-word phrase as visitors type it (everyday words, misspellings, inflected forms,
 *   loanwords) → words the pages use. The visitor's own word is always searched too.
 * - `suffixes`: endings to strip for languages Pagefind does not stem (Persian, Somali, Tigrinya), longest
 *   first is not required; the longest that leaves a stem of at least `minStem` letters is stripped.
 *
 * Keep each list small: it is downloaded before the first result.
 */

/** A locale's lexicon, as the search uses it. */
export interface Lexicon {
	/** Words that carry no meaning for finding a page. */
	stop: string[];
	/** Visitor's word or two-word phrase → words the pages use. */
	map: Record<string, string[]>;
	/** Endings stripped to find the stem, for languages without a stemmer in Pagefind. */
	suffixes?: string[];
	/** Fewest letters a stem keeps after stripping an ending (default 3). */
	minStem?: number;
}

/**
 * Checks a lexicon file's shape and normalises its words the way queries are normalised, so the lists
 * can be written as people write (capitals, diacritics).
 * @example parseLexicon({ stop: ['Jag'], map: { soc: 'socialtjänsten' } }, 'sv.json').map.soc // ['socialtjänsten']
 */
export function parseLexicon(raw: unknown, file: string, code = ''): Lexicon {
	const fail = (why: string): never => {
		throw new Error(`${file}: ${why}. See src/components/Search/lexicon.ts for the format.`);
	};
	if (!raw || typeof raw !== 'object') fail('not a JSON object');
	const { stop = [], map = {}, suffixes, minStem } = raw as Record<string, unknown>;
	if (!Array.isArray(stop) || !stop.every((w) => typeof w === 'string')) fail('"stop" must be a list of words');
	if (!map || typeof map !== 'object' || Array.isArray(map)) fail('"map" must be an object of word → word or list of words');
	if (suffixes !== undefined && (!Array.isArray(suffixes) || !suffixes.every((w) => typeof w === 'string'))) fail('"suffixes" must be a list of endings');
	if (minStem !== undefined && typeof minStem !== 'number') fail('"minStem" must be a number');
	const words = (s: string) => normalize(s, code);
	const outMap: Record<string, string[]> = {};
	for (const [key, value] of Object.entries(map as Record<string, unknown>)) {
		const values = typeof value === 'string' ? [value] : value;
		if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) fail(`"map"."${key}" must be a word or a list of words`);
		const k = words(key);
		if (k.split(' ').length > 2) fail(`"map"."${key}": a key is one word or two`);
		outMap[k] = [...new Set([...(outMap[k] ?? []), ...(values as string[]).map(words).filter(Boolean)])];
	}
	return {
		stop: [...new Set((stop as string[]).map(words))],
		map: outMap,
		...(suffixes ? { suffixes: (suffixes as string[]).map(words) } : {}),
		...(typeof minStem === 'number' ? { minStem } : {}),
	};
}

/** Letters that are written differently on Arabic and Persian keyboards, mapped to the locale's own. */
const scriptVariants: Record<string, Record<string, string>> = {
	fa: { ي: 'ی', ى: 'ی', ك: 'ک', ة: 'ه', '٠': '۰' },
	prs: { ي: 'ی', ى: 'ی', ك: 'ک', ة: 'ه', '٠': '۰' },
	ar: { ی: 'ي', ک: 'ك' },
	// Sorani typed on an Arabic or Persian keyboard: ة or ۀ for ە, Arabic ye and kaf, the other h.
	ckb: { ي: 'ی', ى: 'ی', ك: 'ک', ة: 'ە', ۀ: 'ە', ھ: 'ه' },
};

/**
 * A text as the search compares it: lower case, one space between words, punctuation between words
 * removed and punctuation inside a word dropped (as Pagefind does: `sms-lån` → `smslån`), Arabic
 * vowel signs and the stretching character removed, Arabic/Persian letter variants unified. Diacritics
 * stay: Pagefind ranks exact diacritics higher and matches without them anyway.
 * @example normalize('Min man, han SLÅR mig!', 'sv') // 'min man han slår mig'
 */
export function normalize(text: string, code: string): string {
	const variants = scriptVariants[code];
	let s = text.normalize('NFC').toLocaleLowerCase(code === 'lattlast' ? 'sv' : code || undefined);
	// Tatweel and Arabic short-vowel marks carry no meaning for search.
	// eslint-disable-next-line no-misleading-character-class -- the combining marks are listed to be removed one by one
	s = s.replace(/[\u0640\u064B-\u065F\u0670]/g, '');
	if (variants) s = s.replace(new RegExp(Object.keys(variants).join('|'), 'g'), (c) => variants[c] ?? c);
	return s
		.split(/[\s,.;:!?¿¡()[\]{}"“”„«»‹›/\\|…،؛؟።፣፤፥፦፧፨+*=<>@#%&~^_]+/u)
		.map((w) => w.replace(/[^\p{L}\p{M}\p{N}\u200C]/gu, '').replace(/^\u200C+|\u200C+$/g, ''))
		.filter(Boolean)
		.join(' ');
}

/**
 * A word without diacritics, for comparing spellings (`väld` and `våld` are both `vald`).
 * @example fold('Våldtäkt') // 'valdtakt'
 */
export function fold(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').replace(/\u200C/g, '');
}
