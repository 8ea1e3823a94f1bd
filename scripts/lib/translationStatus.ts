/**
 * The state of every translation against its Swedish source, shared by `npm run i18n:status` (the table
 * and report) and `npm run xliff` (which pages `--changed` exports).
 *
 * A translation records, in `translation.source`, the hash (`sourceHash`) of the Swedish file it was made
 * from. It is `translated` when that hash is the current one and a reviewer has set `reviewed: true`,
 * `unreviewed` when the hash is current but nobody has reviewed it, `outdated` when the Swedish changed
 * since, and `missing` when the locale has no file for the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentTypes } from '../../src/content/contentTypes.ts';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { sourceHash } from '../../src/utils/sourceHash.ts';

export type TranslationState = 'translated' | 'unreviewed' | 'outdated' | 'missing';

export interface PageStatus {
	/** `<folder>/<name>`, e.g. `guides/akut`. */
	page: string;
	/** The content folder (`guides`) and file name (`akut.mdx`). */
	folder: string;
	file: string;
	/** The hash of the Swedish file now: what a current translation carries in `translation.source`. */
	sourceHash: string;
	locales: Record<string, { state: TranslationState; reviewed: boolean; words: number }>;
}

/** The content folders, in the registry's order. */
export const contentFolders: string[] = Object.values(contentTypes).map((type) => type.folder);

/** The frontmatter of a Markdown file, parsed. */
export function frontmatter(text: string): Record<string, any> {
	const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
	return match ? (parse(match[1]!) ?? {}) : {};
}

/** Words in a page's text, without frontmatter and markup, for the translation word count. */
export function countWords(text: string): number {
	const body = text.replace(/^---[\s\S]*?\n---/, '').replace(/<[^>]+>/g, ' ').replace(/[#*_[\]()`>|-]/g, ' ');
	return body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** The state of one translation file against the Swedish source's current hash. */
export function translationState(translationText: string | undefined, hash: string): { state: TranslationState; reviewed: boolean } {
	if (translationText === undefined) return { state: 'missing', reviewed: false };
	const translation = frontmatter(translationText).translation ?? {};
	const reviewed = translation.reviewed === true;
	const state: TranslationState = String(translation.source) !== hash ? 'outdated' : reviewed ? 'translated' : 'unreviewed';
	return { state, reviewed };
}

/**
 * Every Swedish page with each locale's state.
 * @param contentDir the content folder (`content`, or a copy in tests)
 * @param only one locale code, or every locale but the source
 */
export function translationStatus(contentDir: string, only?: string): PageStatus[] {
	const rows: PageStatus[] = [];
	for (const folder of contentFolders) {
		const dir = join(contentDir, sourceLocale.code, folder);
		if (!existsSync(dir)) continue;
		for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
			const hash = sourceHash(readFileSync(join(dir, file), 'utf8'));
			const row: PageStatus = { page: `${folder}/${file.replace(/\.mdx?$/, '')}`, folder, file, sourceHash: hash, locales: {} };
			for (const locale of locales) {
				if (locale.code === sourceLocale.code || (only && locale.code !== only)) continue;
				const path = join(contentDir, locale.code, folder, file);
				const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
				row.locales[locale.code] = { ...translationState(text, hash), words: text === undefined ? 0 : countWords(text) };
			}
			rows.push(row);
		}
	}
	return rows;
}
