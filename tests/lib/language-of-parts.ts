/**
 * Language of parts (WCAG 3.1.2): text written in a script, or with the small words, of a language other
 * than that of its nearest `lang`, which a screen reader would voice in the wrong language. Text is read
 * per block and per `lang`, as a screen reader voices it.
 *
 * One self-contained function, so it runs in two places: in Chromium through `page.evaluate` on the
 * pages the browser crawl visits (where CSS decides what is a block and what is shown), and in Node on
 * every built page (`tests/dist/text.test.ts`, with linkedom), where tag names decide instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;

/**
 * Service names stay Swedish in every locale. They are proper names, which 3.1.2 exempts, so the
 * language-of-parts check takes them out of the text before it looks for another language: each
 * service's name and its Swedish page title, whole and in parts ("KAST – Köpare av sexuella tjänster",
 * "Mellanboende (utslussningsboende)"), in lower case, longest first.
 */
export const properNames = [
	...readdirSync(join(root, 'content/services'))
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => (parse(readFileSync(join(root, 'content/services', f), 'utf8')) as { name: string }).name),
	...readdirSync(join(root, 'content/sv/services'))
		.filter((f) => f.endsWith('.mdx'))
		.flatMap((f) => {
			const title = String(frontmatter(join(root, 'content/sv/services', f)).title ?? '');
			return [title, ...title.split(/\s+–\s+|\s*[()]\s*/)];
		}),
]
	.map((n) => n.trim().toLowerCase())
	.filter((n) => n.length > 2)
	.sort((a, b) => b.length - a.length);

export interface LanguageOfPartsArgs {
	/** Names that are the same in every language (service names), in lower case, longest first. */
	properNames: string[];
	/** `true` on a parsed file without CSS: blocks and hidden parts are known from the markup only. */
	markupOnly: boolean;
}

export function languageOfParts(args: LanguageOfPartsArgs, doc: Document = document): string[] {
	const { properNames, markupOnly } = args;
	const stopwords: Record<string, string[]> = {
		sv: ['och', 'att', 'det', 'som', 'är', 'för', 'med', 'inte', 'på', 'av', 'har', 'eller', 'ett', 'jag', 'hur', 'vad', 'när'],
		en: ['the', 'and', 'of', 'with', 'to', 'for', 'from', 'is', 'are', 'this', 'that', 'you', 'your', 'not', 'or', 'by', 'can', 'if', 'it'],
		fi: ['ja', 'että', 'tai', 'ei', 'voit', 'sinun', 'jos', 'kun', 'myös', 'ovat', 'olla', 'mitä', 'tämä', 'sinä'],
		so: ['iyo', 'waa', 'ku', 'ka', 'oo', 'ayaa', 'ee', 'haddii', 'aad', 'kuu', 'waxaad', 'si', 'ama', 'ah', 'aan', 'uu', 'ay', 'kaa', 'inaad'],
	};
	// The scripts that belong to one group of languages: text in them needs one of those languages' `lang`.
	const scriptOf: Record<string, string> = { ar: 'Arabic', fa: 'Arabic', prs: 'Arabic', ckb: 'Arabic', ps: 'Arabic', ur: 'Arabic', ti: 'Ethiopic', am: 'Ethiopic', yi: 'Hebrew', he: 'Hebrew' };
	const inlineTags = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'br', 'wbr']);
	const skipped = 'script, style, template, noscript, [hidden], [aria-hidden="true"]';

	const blockOf = new Map<Element, boolean>();
	const isBlock = (el: Element) => {
		if (!blockOf.has(el)) {
			if (markupOnly) blockOf.set(el, !inlineTags.has(el.tagName.toLowerCase()));
			else {
				const d = getComputedStyle(el).display;
				blockOf.set(el, !d.startsWith('inline') && d !== 'contents');
			}
		}
		return blockOf.get(el)!;
	};
	const shown = (el: Element) => (markupOnly ? !el.closest(skipped) : !el.closest('script, style, template') && el.checkVisibility({ visibilityProperty: true }));

	// Every text, grouped by its block and by its nearest `lang`.
	const runs = new Map<Element, Map<Element | null, string>>();
	const visit = (node: Node) => {
		if (node.nodeType === 3) {
			const parent = node.parentElement;
			if (!parent || !node.nodeValue?.trim() || !shown(parent)) return;
			let block: Element = parent;
			while (!isBlock(block) && block.parentElement) block = block.parentElement;
			const langEl = parent.closest('[lang]');
			const byLang = runs.get(block) ?? new Map<Element | null, string>();
			byLang.set(langEl, `${byLang.get(langEl) ?? ''} ${node.nodeValue}`);
			runs.set(block, byLang);
			return;
		}
		for (const child of node.childNodes) visit(child);
	};
	visit(doc.body);

	const problems: string[] = [];
	// Words with their hyphens, so the "is" of Somali "is-diiwaangeliso" is not taken for English.
	// Web addresses (nck.uu.se, https://…/if_my_claim…) are names, not words of any language.
	const addresses = /https?:\/\/\S+|\S+\.[a-z]{2,}\b/gi;
	const tokens = (s: string) => s.replace(addresses, ' ').toLowerCase().match(/\p{L}+(?:[-'’]\p{L}+)*/gu) ?? [];
	for (const byLang of runs.values()) {
		for (const [langEl, raw] of byLang) {
			const lang = (langEl?.getAttribute('lang') ?? '').toLowerCase().split('-')[0]!;
			let words = raw.toLowerCase();
			for (const name of properNames) words = words.split(name).join(' ');
			const where = `"${raw.trim().replace(/\s+/g, ' ').slice(0, 70)}" (lang="${lang}")`;
			const letters = words.match(/\p{L}/gu) ?? [];
			for (const script of ['Arabic', 'Ethiopic', 'Hebrew']) {
				if (letters.some((c) => new RegExp(`\\p{Script=${script}}`, 'u').test(c)) && scriptOf[lang] !== script) problems.push(`${script} script in ${where}`);
			}
			if (scriptOf[lang]) {
				// A Latin phrase (two words or more, one of them a small word of a language) in Arabic, Ethiopic or Hebrew text.
				for (const run of words.replace(addresses, ' ').match(/\p{Script=Latin}[\p{Script=Latin}'’-]*(?:[\s,]+\p{Script=Latin}[\p{Script=Latin}'’-]*)+/gu) ?? []) {
					const other = Object.keys(stopwords).find((l) => tokens(run).some((t) => stopwords[l]!.includes(t)));
					if (other) problems.push(`${other} phrase "${run}" in ${where}`);
				}
			} else if (stopwords[lang]) {
				const ts = tokens(words);
				const count = (l: string) => new Set(ts.filter((t) => stopwords[l]!.includes(t))).size;
				const own = count(lang);
				for (const other of Object.keys(stopwords)) {
					if (other === lang) continue;
					const n = count(other);
					// Mostly another language's small words; or, in a short phrase, only theirs ("Info and Relationships").
					if ((n >= 3 && n > 2 * own) || (own === 0 && (n >= 2 || (n === 1 && ts.length >= 3 && ts.length <= 8)))) problems.push(`looks like ${other}: ${where}`);
				}
			}
		}
	}
	return problems;
}
