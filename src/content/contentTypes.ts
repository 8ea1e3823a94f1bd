/**
 * The content-type registry: every kind of page with prose, declared once.
 *
 * Like the locale registry (`src/i18n/locales.ts`), everything else derives from this list: the content
 * collections (`src/content.config.ts`), the route table and its URL prefixes (`src/utils/routing.ts`),
 * the template that renders each page (`src/templates/<template>.astro`), the search page's filters,
 * the translation status (`npm run i18n:status`) and the tests' inventory.
 *
 * Adding a page type is one entry here, its schema in `contentSchemas` (`src/content/schemas.ts`, which
 * the type checker makes you add), one template in `src/templates/`, and a label for it under
 * `taxonomy.type.<key>` in each `locales/<code>/ui.json`.
 *
 * This file imports nothing, so the browser's scripts (the finder) can use the routing built on it
 * without bundling the schema library.
 */

/** One type of page. */
export interface ContentTypeDefinition {
	/** The Astro collection that holds it (`src/content.config.ts`). */
	collection: string;
	/** Its folder in every locale: `content/<locale>/<folder>/<slug>.mdx`. */
	folder: string;
	/** What comes before the slug in the URL, with a trailing slash, or `''`. */
	prefix: string;
	/**
	 * The template in `src/templates/` that renders a page of this type around its text; `null` where the
	 * page's own `template:` field chooses (general pages).
	 */
	template: string | null;
	/** Whether the search page offers this type as a filter ("only support services"). */
	searchFilter: boolean;
}

export const contentTypes = {
	/** General pages: the start page, search, the directory, safe browsing, about, … */
	pages: { collection: 'pages', folder: 'pages', prefix: '', template: null, searchFilter: false },
	/** What a service offers and for whom; its facts are in `content/services/<id>.yaml`. */
	services: { collection: 'serviceTexts', folder: 'services', prefix: 'stod/', template: 'service', searchFilter: true },
	/** Entry guides, one for each kind of visitor. */
	guides: { collection: 'guides', folder: 'guides', prefix: '', template: 'guide', searchFilter: true },
	/** The kinds of violence. */
	kinds: { collection: 'kinds', folder: 'kinds', prefix: 'vald/', template: 'kind', searchFilter: true },
	/** The forms violence takes. */
	forms: { collection: 'forms', folder: 'forms', prefix: 'vald/', template: 'form', searchFilter: true },
	/** The questions that keep people from asking for help, each answered on its own page. */
	questions: { collection: 'questions', folder: 'questions', prefix: 'fragor/', template: 'question', searchFilter: true },
} as const satisfies Record<string, ContentTypeDefinition>;

/** A content type's key, e.g. `'guides'`. */
export type ContentType = keyof typeof contentTypes;

/** Every content type's key, in the registry's order. */
export const contentTypeKeys = Object.keys(contentTypes) as ContentType[];

/** The types the search page can narrow results to, each with a label under `taxonomy.type.*`. */
export const searchTypes = contentTypeKeys.filter((t) => contentTypes[t].searchFilter);
