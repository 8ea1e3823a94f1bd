/**
 * The locale registry: the one place that says which languages the site is published in.
 *
 * Astro's i18n config, the language switcher, `<html lang dir>`, hreflang alternates, the sitemap,
 * Pagefind's indexes and the tests all read this list. Adding a language is one entry here, one
 * folder of UI strings in `locales/<code>/` and one folder of content in `content/<code>/`.
 */

/** One language the site is published in. */
export interface Locale {
	/** Short key used in file paths (`content/<code>/`, `locales/<code>/`) and in the URL prefix. */
	code: string;
	/** URL path prefix without slashes; the empty string for the source locale at `/`. */
	prefix: string;
	/** BCP 47 tag for `<html lang>`; each distinct tag gets its own Pagefind index. */
	lang: string;
	/** The language's name written in the language itself, as the switcher shows it. */
	name: string;
	/** Writing direction of the script. */
	dir: 'ltr' | 'rtl';
	/**
	 * Language Pagefind should treat the pages as, for stemming and UI strings. `null` where Pagefind has
	 * no stemmer: the index is still built, just without stemming.
	 */
	pagefind: string | null;
	/**
	 * Tag for dates and numbers (`Intl`), where it differs from `lang`: British English writes dates day first.
	 * Where the runtime has no data for the tag (Meänkieli, Romani), dates are written as numbers, 2026-11-22.
	 */
	intl?: string;
	/**
	 * `basic`: only the pages in `basicPages` are translated, from the easy-to-read Swedish; every other page is
	 * shown in Swedish, and every page points to the whole site in Swedish and English. Leave it out for a
	 * language the whole site is translated into.
	 */
	coverage?: 'basic';
}

/**
 * The pages a `basic` locale translates: the start page, emergency help, the guides for people subjected to
 * violence and for worried people, the directory of contact facts, and the search, languages and not-found
 * pages that frame them. Slugs, as in `pathFor`.
 */
export const basicPages = ['', 'akut', 'utsatt', 'orolig', 'stod', 'sok', 'sprak', '404'] as const;

export const locales = [
	{ code: 'sv', prefix: '', lang: 'sv', name: 'Svenska', dir: 'ltr', pagefind: 'sv' },
	// A private-use subtag keeps easy-to-read Swedish in its own search index while still starting with `sv`.
	{ code: 'lattlast', prefix: 'lattlast', lang: 'sv-x-lattlast', name: 'Lättläst svenska', dir: 'ltr', pagefind: 'sv', intl: 'sv' },
	{ code: 'en', prefix: 'en', lang: 'en', name: 'English', dir: 'ltr', pagefind: 'en', intl: 'en-GB' },
	{ code: 'ar', prefix: 'ar', lang: 'ar', name: 'العربية', dir: 'rtl', pagefind: 'ar' },
	// Dates in the Gregorian calendar, as the Swedish sources give them, in Persian words with Western digits
	// (`nu-latn`), like the phone numbers, ages and other numbers on the site (locales/fa/glossary.md).
	{ code: 'fa', prefix: 'fa', lang: 'fa', name: 'فارسی', dir: 'rtl', pagefind: null, intl: 'fa-u-ca-gregory-nu-latn' },
	{ code: 'so', prefix: 'so', lang: 'so', name: 'Soomaali', dir: 'ltr', pagefind: null },
	{ code: 'ti', prefix: 'ti', lang: 'ti', name: 'ትግርኛ', dir: 'ltr', pagefind: null },
	{ code: 'fi', prefix: 'fi', lang: 'fi', name: 'Suomi', dir: 'ltr', pagefind: 'fi' },
	// Dari as written in Afghanistan: the `fa-AF` tag, so screen readers use a Persian voice; Gregorian dates with Western digits, as the Swedish sources give them.
	{ code: 'prs', prefix: 'prs', lang: 'fa-AF', name: 'دری', dir: 'rtl', pagefind: null, intl: 'fa-AF-u-ca-gregory-nu-latn' },
	// Central Kurdish (Sorani), right to left; dates with Western digits like every number on the site.
	{ code: 'ckb', prefix: 'ckb', lang: 'ckb', name: 'کوردی (سۆرانی)', dir: 'rtl', pagefind: null, intl: 'ckb-u-nu-latn' },
	// Northern Kurdish (Kurmanji), Latin script; CLDR's `ku` data for dates and plurals.
	{ code: 'kmr', prefix: 'kmr', lang: 'kmr', name: 'Kurdî (Kurmancî)', dir: 'ltr', pagefind: null, intl: 'ku' },
	{ code: 'tr', prefix: 'tr', lang: 'tr', name: 'Türkçe', dir: 'ltr', pagefind: 'tr' },
	{ code: 'pl', prefix: 'pl', lang: 'pl', name: 'Polski', dir: 'ltr', pagefind: null },
	{ code: 'ru', prefix: 'ru', lang: 'ru', name: 'Русский', dir: 'ltr', pagefind: 'ru' },
	{ code: 'uk', prefix: 'uk', lang: 'uk', name: 'Українська', dir: 'ltr', pagefind: null },
	{ code: 'es', prefix: 'es', lang: 'es', name: 'Español', dir: 'ltr', pagefind: 'es' },
	// National minority languages, basic pages (see `coverage`).
	{ code: 'rmy', prefix: 'rmy', lang: 'rmy', name: 'Romani šib (kelderash)', dir: 'ltr', pagefind: null, coverage: 'basic' },
] as const satisfies readonly Locale[];

/** A locale code known to the registry, e.g. `'sv'` or `'ar'`. */
export type LocaleCode = (typeof locales)[number]['code'];

/** The source locale: every page is written in it first and every translation follows it. */
export const sourceLocale = locales[0];

/** Every locale code, source first. */
export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

/**
 * Whether a string is a known locale code.
 * @example isLocaleCode('fa') // true
 */
export function isLocaleCode(code: string): code is LocaleCode {
	return (localeCodes as string[]).includes(code);
}

/**
 * The registry entry for a locale code; throws on an unknown code so typos fail loudly.
 * @example getLocale('ar').dir // 'rtl'
 */
export function getLocale(code: string): Locale {
	const locale = locales.find((l) => l.code === code);
	if (!locale) throw new Error(`Unknown locale "${code}". Known locales: ${localeCodes.join(', ')} (src/i18n/locales.ts).`);
	return locale;
}

/**
 * The locale a URL path belongs to, from its first segment.
 * @example localeFromPath('/en/akut/') // 'en'
 * @example localeFromPath('/akut/') // 'sv'
 */
export function localeFromPath(path: string): LocaleCode {
	const first = path.split('/').filter(Boolean)[0] ?? '';
	const match = locales.find((l) => l.prefix !== '' && l.prefix === first);
	return (match ?? sourceLocale).code;
}

/**
 * Astro's `i18n` option, derived from the registry.
 * @see https://docs.astro.build/en/reference/configuration-reference/#i18n
 */
export function astroI18nConfig() {
	return {
		defaultLocale: sourceLocale.code,
		locales: locales.map((l) => (l.prefix === '' ? l.code : { path: l.prefix, codes: [l.lang] as [string] })),
		routing: { prefixDefaultLocale: false },
	};
}
