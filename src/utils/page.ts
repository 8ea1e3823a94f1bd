/**
 * What every component needs to know about the page it is on — its locale, translate function and
 * route — worked out once per page in `src/pages/[...path].astro` and handed down through `Astro.locals`,
 * so components (including the MDX components used in prose, which get no props from the page) never
 * re-derive it from the URL.
 */
import type { TFunction } from 'i18next';
import { getLocale, type Locale, type LocaleCode } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import type { PageRoute } from './content.ts';

/** The page being rendered. */
export interface PageContext {
	/** The locale of the page's URL and interface. */
	code: LocaleCode;
	/** Its registry entry (`lang`, `dir`, name). */
	locale: Locale;
	/** The translate function for the page's locale. */
	t: TFunction;
	/** The route being rendered: a content page, a finder answer or a printable. */
	route: PageRoute;
}

/**
 * The context for a route; `[...path].astro` stores it in `Astro.locals.page`.
 * @example Astro.locals.page = pageContext(route)
 */
export function pageContext(route: PageRoute): PageContext {
	return { code: route.locale, locale: getLocale(route.locale), t: useTranslations(route.locale), route };
}

/**
 * The page a component is rendered on.
 * @example const { code, t } = usePage(Astro)
 * @throws Error when rendered outside `[...path].astro`, which sets it.
 */
export function usePage(astro: { locals: App.Locals }): PageContext {
	const page = astro.locals.page;
	if (!page) throw new Error('No page context: components must be rendered inside src/pages/[...path].astro, which sets Astro.locals.page.');
	return page;
}
