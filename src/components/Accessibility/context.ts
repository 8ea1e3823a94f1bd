/**
 * What the accessibility statement's components share: the evaluation, and the strings in the language
 * of the text they stand in. On a fallback page (the Swedish statement at another locale's address) that
 * is Swedish, like the text around them.
 */
import { getLocale, type LocaleCode } from '../../i18n/locales.ts';
import { formatDate, intlLocale, useTranslations } from '../../i18n/ui.ts';
import { loadEvaluation } from '../../content/wcagEvaluation.ts';
import { usePage } from '../../utils/page.ts';

/**
 * The evaluation and the strings for the component being rendered.
 * @example const { evaluation, t, en } = accessibilityContext(Astro)
 */
export function accessibilityContext(astro: { locals: App.Locals }) {
	const { code, route } = usePage(astro);
	const text: LocaleCode = 'contentLocale' in route ? route.contentLocale : code;
	const t = useTranslations(text);
	const number = new Intl.NumberFormat(intlLocale(text));
	return {
		evaluation: loadEvaluation(),
		/** `accessibility.*` strings in the language of the text. */
		t: (key: string, options?: Record<string, unknown>) => t(`accessibility.${key}`, options ?? {}) as string,
		/** `lang` for the criteria's official English names: none where the text is English already. */
		en: getLocale(text).lang.split('-')[0] === 'en' ? undefined : 'en',
		date: (d: Date) => formatDate(d, text),
		number: (n: number) => number.format(n),
	};
}

/**
 * A translated sentence split where its one placeholder goes, so a component can put markup there (a
 * status in bold, a name with its own `lang`) while translators keep the word order of their language.
 * @example around(t('status.sentence', { status: MARK })) // ['Den här webbplatsen är ', ' med lagen …']
 */
export const MARK = '\u0000';
export function around(sentence: string): [string, string] {
	const at = sentence.indexOf(MARK);
	if (at < 0) throw new Error(`A translated sentence lost its placeholder: "${sentence}"`);
	return [sentence.slice(0, at), sentence.slice(at + MARK.length)];
}
