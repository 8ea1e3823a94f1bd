/**
 * Counts in the browser ("3 results"), from i18next's plural forms passed down from the build, chosen with
 * the browser's own plural rules. i18next's `_zero` form is used for none where a locale has one.
 */

/**
 * The text for a count in a locale.
 * @param forms the plural forms of one key, by category: `{ zero, one, two, few, many, other }`
 * @example pluralText({ one: '{{count}} träff', other: '{{count}} träffar' }, 'sv', 3) // '3 träffar'
 */
export function pluralText(forms: Record<string, string>, lang: string, n: number): string {
	const form = (n === 0 && forms.zero) || forms[new Intl.PluralRules(lang).select(n)] || forms.other || '';
	return form.replace('{{count}}', new Intl.NumberFormat(lang).format(n));
}

/**
 * The plural forms of a key in a locale's raw strings, keyed by category, for `pluralText`.
 * @example pluralForms(resources.sv.ui.search, 'results') // { zero: 'Inga träffar…', one: '{{count}} träff', other: '{{count}} träffar' }
 */
export function pluralForms(strings: Record<string, unknown> | undefined, key: string): Record<string, string> {
	return Object.fromEntries(
		Object.entries(strings ?? {})
			.filter(([k]) => k.startsWith(`${key}_`))
			.map(([k, v]) => [k.slice(key.length + 1), String(v)]),
	);
}
