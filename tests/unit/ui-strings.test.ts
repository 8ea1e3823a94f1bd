import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { resources, useTranslations } from '../../src/i18n/ui.ts';

/** Every leaf key of a nested strings object, dotted: `exit.label`. */
function keys(obj: Record<string, unknown>, prefix = ''): string[] {
	return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
/** Plural suffixes differ between languages; compare the base key. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const source = resources.sv!;

describe('UI strings', () => {
	it('exist for every locale in the registry', () => {
		for (const l of locales) expect(Object.keys(resources), `locales/${l.code}/ui.json`).toContain(l.code);
	});

	for (const locale of locales.filter((l) => l.code !== 'sv')) {
		it(`${locale.code} has every key the Swedish source has, and no others`, () => {
			for (const ns of Object.keys(source)) {
				const theirs = new Set(keys(resources[locale.code]?.[ns] ?? {}).map(base));
				const ours = new Set(keys(source[ns]!).map(base));
				const missing = [...ours].filter((k) => !theirs.has(k));
				const extra = [...theirs].filter((k) => !ours.has(k));
				expect(missing, `missing in locales/${locale.code}/${ns}.json`).toEqual([]);
				expect(extra, `not in the Swedish source, in locales/${locale.code}/${ns}.json`).toEqual([]);
			}
		});

		it(`${locale.code} keeps every {{placeholder}} of the source`, () => {
			for (const key of keys(source.ui!)) {
				const raw = key.split('.').reduce<any>((o, k) => o?.[k], source.ui);
				const placeholders = String(raw).match(/\{\{\w+\}\}/g) ?? [];
				const theirsRaw = key.split('.').reduce<any>((o, k) => o?.[k], resources[locale.code]!.ui) ?? '';
				for (const p of placeholders) {
					if (/_(zero|one)$/.test(key)) continue; // a language may write "one" as a word
					expect(String(theirsRaw), `${locale.code}: ${key}`).toContain(p);
				}
			}
		});
	}

	it('every quick exit’s accessible name starts with its visible label (WCAG 2.5.3, label in name)', () => {
		for (const l of locales) {
			const t = useTranslations(l.code);
			expect(t('exit.accessibleName').startsWith(t('exit.label')), `${l.code}: "${t('exit.accessibleName')}" / "${t('exit.label')}"`).toBe(true);
		}
	});

	it('translates through i18next with plurals', () => {
		expect(useTranslations('en')('exit.label')).toBe('Exit this page');
		expect(useTranslations('sv')('search.results', { count: 1 })).toBe('1 träff');
		expect(useTranslations('sv')('search.results', { count: 3 })).toBe('3 träffar');
	});
});

describe('counts in the browser', () => {
	it('follow each language’s plural rules, with a zero form where there is one', async () => {
		const { pluralForms, pluralText } = await import('../../src/i18n/plural.ts');
		const sv = pluralForms(resources.sv!.ui!.search as Record<string, unknown>, 'results');
		expect(pluralText(sv, 'sv', 1)).toBe('1 träff');
		expect(pluralText(sv, 'sv', 3)).toBe('3 träffar');
		expect(pluralText(sv, 'sv', 0)).toMatch(/^Inga träffar/);
		const ar = pluralForms(resources.ar!.ui!.search as Record<string, unknown>, 'results');
		expect(Object.keys(ar)).toEqual(expect.arrayContaining(['zero', 'one', 'two', 'few', 'many', 'other']));
		expect(pluralText(ar, 'ar', 2)).toBe(ar.two!.replace('{{count}}', new Intl.NumberFormat('ar').format(2)));
		expect(pluralText(ar, 'ar', 5)).toBe(ar.few!.replace('{{count}}', new Intl.NumberFormat('ar').format(5)));
	});
});
