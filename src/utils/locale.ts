/**
 * What a component needs to know about the page it is on: its locale and translate function, read from
 * the page's URL, so MDX components used in prose (which get no props from the page) know it too.
 */
import { getLocale, localeFromPath, type Locale, type LocaleCode } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';

/**
 * The locale and translate function for a page URL.
 * @example const { code, t } = pageLocale(Astro.url)
 */
export function pageLocale(url: URL): { code: LocaleCode; locale: Locale; t: ReturnType<typeof useTranslations> } {
	const code = localeFromPath(url.pathname);
	return { code, locale: getLocale(code), t: useTranslations(code) };
}
