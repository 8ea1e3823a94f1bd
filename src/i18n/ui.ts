/**
 * UI strings, through i18next. Strings live in `locales/<code>/ui.json` with nested keys (translation
 * platforms such as Weblate rewrite dotted flat keys). Swedish is the fallback for a missing key at run
 * time, but `tests/unit/ui-strings.test.ts` fails the build's tests on any key missing in any locale.
 */
import i18next, { type TFunction, type i18n } from 'i18next';
import { getLocale, localeCodes, sourceLocale, type LocaleCode } from './locales.ts';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** Every `locales/<code>/<namespace>.json`, keyed by locale code and namespace. */
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });

/** The raw string resources, `{ sv: { ui: {…} }, en: { ui: {…} } }`. Exported for the tests. */
export const resources: Resources = {};
for (const [path, strings] of Object.entries(files)) {
	const [, code, ns] = path.match(/locales\/([^/]+)\/([^/]+)\.json$/) ?? [];
	if (!code || !ns) continue;
	if (!localeCodes.includes(code as LocaleCode)) {
		throw new Error(`locales/${code}/${ns}.json: "${code}" is not in the locale registry (src/i18n/locales.ts). Add the locale there or remove the folder.`);
	}
	(resources[code] ??= {})[ns] = strings;
}

const instances = new Map<string, i18n>();

function instanceFor(code: LocaleCode): i18n {
	let instance = instances.get(code);
	if (!instance) {
		instance = i18next.createInstance();
		// `initAsync: false` makes init synchronous, which is safe because every resource is already loaded.
		instance.init({
			lng: code,
			fallbackLng: code === 'lattlast' ? ['sv'] : [sourceLocale.code],
			resources,
			defaultNS: 'ui',
			ns: ['ui'],
			initAsync: false,
			interpolation: { escapeValue: false }, // Astro escapes output itself.
			returnNull: false,
		});
		instances.set(code, instance);
	}
	return instance;
}

/**
 * The translate function for a locale.
 * @example useTranslations('en')('exit.label') // 'Exit this page'
 */
export function useTranslations(code: LocaleCode): TFunction {
	return instanceFor(code).t;
}

/**
 * The tag `Intl` formats dates and numbers with: the registry's `intl`, or else the `lang` tag.
 * @example intlLocale('lattlast') // 'sv'
 * @example intlLocale('en') // 'en-GB'
 */
export function intlLocale(code: LocaleCode): string {
	const locale = getLocale(code);
	return locale.intl ?? locale.lang;
}

/**
 * A date written the way the locale writes dates; as numbers (2026-11-22) where the runtime has no data for
 * the language, rather than in another language's words.
 * @example formatDate(new Date('2026-11-22'), 'sv') // '22 november 2026'
 */
export function formatDate(date: Date, code: LocaleCode): string {
	const tag = intlLocale(code);
	if (Intl.DateTimeFormat.supportedLocalesOf(tag).length === 0) return date.toISOString().slice(0, 10);
	return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
