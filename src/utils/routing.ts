/**
 * Routing: which page exists at which URL in which locale, built once from the content entries.
 *
 * Every Swedish page is built in every locale at the same ASCII slug. Where a locale has no translation
 * yet, the Swedish text is built at that locale's URL with a notice (a "fallback"), the way Starlight
 * does it, instead of Astro's `fallbackType: 'rewrite'` (withastro/astro#14359).
 */
import { ContentError } from '../content/contentError.ts';
import { contentTypeKeys, contentTypes, type ContentType } from '../content/contentTypes.ts';
import { getLocale, isLocaleCode, locales, sourceLocale, type LocaleCode } from '../i18n/locales.ts';

export { contentTypes, type ContentType } from '../content/contentTypes.ts';

/** The parts of a content entry that routing needs (an Astro `CollectionEntry` has them all). */
export interface ProseEntry {
	id: string;
	filePath?: string;
	body?: string;
	data: { title: string; translation?: { source: string; reviewed: boolean } };
}

/** How a page's text relates to the Swedish source. */
export type TranslationState =
	/** The Swedish source itself. */
	| 'source'
	/** No translation yet: the Swedish text is shown. */
	| 'fallback'
	/** Translated from the current source, not yet reviewed by a professional. */
	| 'unreviewed'
	/** Translated from the current source and reviewed. */
	| 'reviewed'
	/** Translated from an older version of the source. */
	| 'outdated';

/** One page at one URL. */
export interface Route<E extends ProseEntry = ProseEntry> {
	/** The URL path, with leading and trailing slash: `/en/stod/rvc/`. */
	path: string;
	/** The locale of the URL (and of the interface around the text). */
	locale: LocaleCode;
	/** The path without the locale prefix and slashes: `stod/rvc`; `''` for a start page. */
	slug: string;
	/** The kind of content. */
	type: ContentType;
	/** The entry whose text is shown: the translation, or the Swedish source on a fallback page. */
	entry: E;
	/**
	 * The Swedish source entry. Structural fields (a guide's service filter, a kind's `kind`, `order`,
	 * `template`) are read from it, so translations carry only text.
	 */
	source: E;
	/** The locale of the text shown; differs from `locale` on fallback pages. */
	contentLocale: LocaleCode;
	/** How the text relates to the Swedish source. */
	state: TranslationState;
	/** The file name without extension, e.g. `rvc`; for services, the id of its facts file. */
	name: string;
}

/**
 * The URL path of a slug in a locale.
 * @example pathFor('en', 'stod/rvc') // '/en/stod/rvc/'
 * @example pathFor('sv', '') // '/'
 */
export function pathFor(code: LocaleCode, slug: string): string {
	const prefix = getLocale(code).prefix;
	const parts = [prefix, slug].filter(Boolean).join('/');
	return parts ? `/${parts}/` : '/';
}

/**
 * Splits a prose entry id (`en/guides/akut`) into locale, type folder and file name.
 * @throws ContentError when the folder layout is not `content/<locale>/<type>/<name>.mdx`.
 */
export function parseEntryId(id: string, file: string): { locale: LocaleCode; folder: string; name: string } {
	const [locale, folder, name, ...rest] = id.split('/');
	if (!locale || !folder || !name || rest.length) {
		throw new ContentError(file, 'file location', 'pages must be stored as content/<locale>/<type>/<name>.mdx', 'move the file into that layout.');
	}
	if (!isLocaleCode(locale)) {
		throw new ContentError(
			file,
			'locale folder',
			`"${locale}" is not a locale in the registry`,
			`use one of ${locales.map((l) => l.code).join(', ')}, or add the locale to src/i18n/locales.ts first.`,
		);
	}
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
		throw new ContentError(file, 'file name', `"${name}" is not an ASCII slug`, 'name the file with lower-case a–z, digits and hyphens only (å→a, ä→a, ö→o), the same in every locale.');
	}
	return { locale, folder, name };
}

/** The slug of a page: its type's prefix and its file name; `index` is the locale's start page. */
function slugOf(type: ContentType, name: string): string {
	return name === 'index' ? contentTypes[type].prefix.replace(/\/$/, '') : `${contentTypes[type].prefix}${name}`;
}

/** Where a file is, for messages: the entry's file path, or a reconstruction of it. */
function fileOf(entry: ProseEntry): string {
	return entry.filePath ?? `content/${entry.id}.mdx`;
}

/**
 * Builds every route of the site and checks the content's cross-references on the way: translations
 * without a Swedish source, a Swedish file without a required translation field, service texts without
 * facts, and two pages that would share a URL.
 *
 * @param entries prose entries of each type
 * @param hashOfSource the fingerprint of a Swedish source entry (see `sourceHash`)
 * @param serviceIds ids of the service facts files, which every service text must match
 */
export function buildRoutes<E extends ProseEntry>(
	entries: Record<ContentType, E[]>,
	hashOfSource: (entry: E) => string,
	serviceIds: string[],
): Route<E>[] {
	const routes: Route<E>[] = [];
	const owners = new Map<string, string>();
	const reservedSlugs = new Set<string>(locales.map((l) => l.prefix).filter(Boolean));

	for (const type of contentTypeKeys) {
		const byLocale = new Map<string, E>();
		const sources = new Map<string, E>();
		for (const entry of entries[type]) {
			const file = fileOf(entry);
			const { locale, name } = parseEntryId(entry.id, file);
			byLocale.set(`${locale}/${name}`, entry);
			if (locale === sourceLocale.code) {
				if (entry.data.translation) {
					throw new ContentError(file, 'translation', 'the Swedish source is not a translation', 'remove the translation field from the Swedish file.');
				}
				sources.set(name, entry);
			}
		}
		for (const entry of entries[type]) {
			const file = fileOf(entry);
			const { locale, name } = parseEntryId(entry.id, file);
			if (locale === sourceLocale.code) continue;
			if (!sources.has(name)) {
				throw new ContentError(
					file,
					'file name',
					`there is no Swedish source content/${sourceLocale.code}/${contentTypes[type].folder}/${name}.mdx for this translation`,
					'slugs are the same in every locale: rename the file to match its Swedish source, or write the Swedish page first.',
				);
			}
			if (!entry.data.translation) {
				throw new ContentError(
					file,
					'translation',
					'a translated page must say which version of the Swedish source it follows',
					`add to the frontmatter: translation: { source: ${hashOfSource(sources.get(name)!)}, reviewed: false }`,
				);
			}
		}
		if (type === 'services') {
			for (const id of serviceIds) {
				if (!sources.has(id)) {
					throw new ContentError(`content/services/${id}.yaml`, 'file name', `the service has no Swedish text content/${sourceLocale.code}/services/${id}.mdx`, 'write the Swedish page for the service: what it offers and for whom.');
				}
			}
			for (const [name, entry] of sources) {
				if (!serviceIds.includes(name)) {
					throw new ContentError(fileOf(entry), 'file name', `there is no facts file content/services/${name}.yaml for this service text`, `name the file after one of the services (${serviceIds.join(', ')}), or add content/services/${name}.yaml.`);
				}
			}
		}

		for (const [name, source] of sources) {
			const slug = slugOf(type, name);
			const first = slug.split('/')[0]!;
			if (reservedSlugs.has(first) && contentTypes[type].prefix === '') {
				throw new ContentError(fileOf(source), 'file name', `"${name}" is a locale's URL prefix`, 'choose another file name.');
			}
			const svPath = pathFor(sourceLocale.code, slug);
			const owner = owners.get(svPath);
			if (owner) {
				throw new ContentError(fileOf(source), 'file name', `the URL ${svPath} is already taken by ${owner}`, 'slugs must be unique across every type of page: rename one of the two files.');
			}
			owners.set(svPath, fileOf(source));
			const sourceHash = hashOfSource(source);

			for (const locale of locales) {
				const translated = byLocale.get(`${locale.code}/${name}`);
				const entry = translated ?? source;
				let state: TranslationState;
				if (locale.code === sourceLocale.code) state = 'source';
				else if (!translated) state = 'fallback';
				else if (translated.data.translation!.source !== sourceHash) state = 'outdated';
				else state = translated.data.translation!.reviewed ? 'reviewed' : 'unreviewed';
				routes.push({
					path: pathFor(locale.code, slug),
					locale: locale.code,
					slug,
					type,
					entry,
					source,
					contentLocale: translated ? locale.code : sourceLocale.code,
					state,
					name,
				});
			}
		}
	}
	return routes;
}

/**
 * The same page in another locale: every page exists in every locale, so only the prefix changes.
 * @example localizedPath('/en/stod/rvc/', 'ar') // '/ar/stod/rvc/'
 */
export function localizedPath(path: string, target: LocaleCode): string {
	const segments = path.split('/').filter(Boolean);
	if (segments[0] && locales.some((l) => l.prefix && l.prefix === segments[0])) segments.shift();
	return pathFor(target, segments.join('/'));
}

/** A page that is not built from a content file: a finder answer (for visitors without JavaScript) or a printable. */
export interface ToolRoute<P = Record<string, unknown>> {
	/** The URL path, with leading and trailing slash. */
	path: string;
	/** The locale of the page. */
	locale: LocaleCode;
	/** The path without the locale prefix and slashes. */
	slug: string;
	/** Which tool builds the page; `[...path].astro` picks the component by it. */
	tool: 'finderAnswer' | 'poster';
	/** What the tool's component needs. */
	props: P;
}

/**
 * Checks that no two pages of the whole site, content and tools together, share a URL.
 * @throws ContentError naming both owners.
 */
export function checkUniquePaths(routes: readonly ({ path: string } & ({ entry: ProseEntry } | { tool: string }))[]): void {
	const owners = new Map<string, string>();
	for (const route of routes) {
		const owner = 'entry' in route ? fileOf(route.entry) : `the ${route.tool} pages (src/utils/content.ts)`;
		const earlier = owners.get(route.path);
		if (earlier && earlier !== owner) {
			throw new ContentError(owner, 'file name', `the URL ${route.path} is also built by ${earlier}`, 'every page needs its own URL: rename the file, or choose another slug for the tool.');
		}
		owners.set(route.path, owner);
	}
}
