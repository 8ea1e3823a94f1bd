/**
 * Marks Swedish words inside pages in other languages, so a screen reader reads "socialtjänsten" with a
 * Swedish voice instead of an Arabic or English one (WCAG 3.1.2, language of parts), and so a Swedish
 * name keeps its own direction inside right-to-left text.
 *
 * A hast plugin for Astro's Markdown processor (Sätteri), for Markdown and MDX: in every content file that is not in Swedish (the locale is read
 * from its path, `content/<code>/<folder>/…`), each occurrence of a listed term becomes
 * `<bdi lang="sv">term</bdi>`. The terms are the services' names (`content/services/*.yaml`, `name:`) and
 * the words in `locales/swedish-terms.txt`. Text already inside an element with a `lang` (a service link,
 * `<span lang="en">`) is left as it is, and so is code.
 *
 * Translators therefore write Swedish terms as plain text; the list, not each page, says what is Swedish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { parse } from 'yaml';
import { contentTypes } from '../content/contentTypes.ts';
import { isLocaleCode, getLocale } from '../i18n/locales.ts';

/** Where the term list is, from the project's root (where the build runs). */
export const termsFile = 'locales/swedish-terms.txt';

/** The Swedish terms: the list's lines (without comments) and every service's name, longest first. */
export function swedishTerms(contentDir = process.env.CONTENT_DIR ?? 'content'): string[] {
	const listed = readFileSync(termsFile, 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));
	const servicesDir = join(contentDir, 'services');
	const names = readdirSync(servicesDir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => (parse(readFileSync(join(servicesDir, f), 'utf8')) as { name?: string }).name)
		.filter((n): n is string => typeof n === 'string');
	// A name without letters (1177, 112) is a number, read the same in any language.
	return [...new Set([...listed, ...names])].filter((t) => /\p{L}/u.test(t)).sort((a, b) => b.length - a.length);
}

/** A pattern matching any of the terms as whole words, ignoring case. */
export function termPattern(terms: string[]): RegExp {
	const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The locale of a content file, from its path; undefined for files outside a locale's folder. */
export function localeOfFile(path: string | undefined): string | undefined {
	const folders = Object.values(contentTypes).map((t) => t.folder);
	const match = path?.replace(/\\/g, '/').match(new RegExp(`/([a-z]{2,8})/(?:${folders.join('|')})/[^/]+$`));
	return match && isLocaleCode(match[1]!) ? match[1] : undefined;
}

type Node = { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; attributes?: { name?: string }[]; children?: Node[] };

/** Whether an element sets its own language, or holds code. */
function keepsAsIs(node: Node): boolean {
	if (node.type === 'element') return node.properties?.lang !== undefined || node.tagName === 'code' || node.tagName === 'pre';
	if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') return (node.attributes ?? []).some((a) => a.name === 'lang');
	return false;
}

/**
 * The text split into plain text and `<bdi lang="sv">` elements around each term; undefined when the text
 * holds no term.
 * @example split('kontakta socialtjänsten', pattern) // [text 'kontakta ', bdi[lang=sv] 'socialtjänsten']
 */
export function split(value: string, pattern: RegExp): Node[] | undefined {
	const out: Node[] = [];
	let last = 0;
	for (const m of value.matchAll(pattern)) {
		if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index) });
		out.push({ type: 'element', tagName: 'bdi', properties: { lang: 'sv' }, children: [{ type: 'text', value: m[0] }] });
		last = m.index + m[0].length;
	}
	if (!out.length) return undefined;
	if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
	return out;
}

let pattern: RegExp | undefined;

/**
 * The Sätteri hast plugin (Astro's Markdown processor; `markdown.processor` in astro.config.mjs), as a
 * factory: left out for Swedish pages and for files outside a locale's folder.
 */
export function swedishTermsPlugin(file: PluginFactoryContext): HastPluginDefinition | null {
	const code = localeOfFile(file.fileURL && fileURLToPath(file.fileURL));
	if (!code || getLocale(code).lang.split('-')[0] === 'sv') return null;
	pattern ??= termPattern(swedishTerms());
	const terms = pattern;
	return defineHastPlugin({
		name: 'swedish-terms',
		text(node, ctx) {
			for (let parent = ctx.parent(node) as Node | undefined; parent; parent = ctx.parent(parent as never) as Node | undefined) {
				if (keepsAsIs(parent)) return;
			}
			const parts = split(node.value, terms);
			if (parts) ctx.replaceNode(node, parts as never);
		},
	});
}

/**
 * A sentence from the interface strings in parts, each saying whether it is a Swedish term, for
 * components that show such sentences (`src/components/MarkedText.astro`).
 * @example markSwedish('Contact socialtjänsten') // [{ text: 'Contact ', swedish: false }, { text: 'socialtjänsten', swedish: true }]
 */
export function markSwedish(text: string): { text: string; swedish: boolean }[] {
	pattern ??= termPattern(swedishTerms());
	return (split(text, pattern) ?? [{ type: 'text', value: text }]).map((n) => (n.type === 'text' ? { text: n.value!, swedish: false } : { text: n.children![0]!.value!, swedish: true }));
}
