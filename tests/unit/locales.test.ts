import { describe, expect, it } from 'vitest';
import { astroI18nConfig, getLocale, isLocaleCode, localeFromPath, locales, sourceLocale } from '../../src/i18n/locales.ts';

describe('locale registry', () => {
	it('has the sixteen full locales, Swedish first', () => {
		expect(locales.map((l) => l.code)).toEqual(['sv', 'lattlast', 'en', 'ar', 'fa', 'so', 'ti', 'fi', 'prs', 'ckb', 'kmr', 'tr', 'pl', 'ru', 'uk', 'es']);
		expect(sourceLocale.code).toBe('sv');
		expect(sourceLocale.prefix).toBe('');
	});

	it('marks Arabic, Persian, Dari and Sorani right-to-left and nothing else', () => {
		expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa', 'prs', 'ckb']);
	});

	it('gives every locale a distinct lang tag, so each gets its own search index', () => {
		const tags = locales.map((l) => l.lang);
		expect(new Set(tags).size).toBe(tags.length);
		expect(getLocale('lattlast').lang.startsWith('sv')).toBe(true);
	});

	it('gives every locale a distinct, URL-safe prefix', () => {
		const prefixes = locales.map((l) => l.prefix);
		expect(new Set(prefixes).size).toBe(prefixes.length);
		for (const p of prefixes) expect(p).toMatch(/^[a-z]*$/);
	});

	it('leaves Pagefind stemming off where Pagefind has none', () => {
		expect(getLocale('fa').pagefind).toBeNull();
		expect(getLocale('so').pagefind).toBeNull();
		expect(getLocale('ti').pagefind).toBeNull();
		expect(getLocale('fi').pagefind).toBe('fi');
	});

	it('finds the locale of a path from its prefix', () => {
		expect(localeFromPath('/')).toBe('sv');
		expect(localeFromPath('/akut/')).toBe('sv');
		expect(localeFromPath('/ar/stod/kast/')).toBe('ar');
		expect(localeFromPath('/lattlast/')).toBe('lattlast');
		expect(localeFromPath('/english-page/')).toBe('sv');
	});

	it('rejects unknown codes loudly', () => {
		expect(isLocaleCode('de')).toBe(false);
		expect(() => getLocale('de')).toThrow(/Unknown locale "de"/);
	});

	it('derives Astro’s i18n config from the registry', () => {
		const config = astroI18nConfig();
		expect(config.defaultLocale).toBe('sv');
		expect(config.locales).toHaveLength(locales.length);
		expect(config.locales).toContainEqual({ path: 'lattlast', codes: ['sv-x-lattlast'] });
	});
});

describe('dates', () => {
	it('are written the way each locale writes them', async () => {
		const { formatDate } = await import('../../src/i18n/ui.ts');
		const date = new Date('2026-11-22');
		expect(formatDate(date, 'sv')).toBe('22 november 2026');
		expect(formatDate(date, 'lattlast')).toBe('22 november 2026');
		expect(formatDate(date, 'en')).toBe('22 November 2026');
		expect(formatDate(date, 'fi')).toBe('22. marraskuuta 2026');
		// Persian in the Gregorian calendar, as the sources date their facts, with Western digits like every other number.
		expect(formatDate(date, 'fa')).toBe('22 نوامبر 2026');
	});
});
