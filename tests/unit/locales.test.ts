import { describe, expect, it } from 'vitest';
import { astroI18nConfig, getLocale, isLocaleCode, localeFromPath, locales, sourceLocale, type Locale } from '../../src/i18n/locales.ts';

describe('locale registry', () => {
	it('has the sixteen full locales, Swedish first', () => {
		expect(locales.filter((l: Locale) => l.coverage !== 'basic').map((l) => l.code)).toEqual(['sv', 'lattlast', 'en', 'ar', 'fa', 'so', 'ti', 'fi', 'prs', 'ckb', 'kmr', 'tr', 'pl', 'ru', 'uk', 'es']);
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

describe('what each locale translates', () => {
	/** The pages a locale has its own text for, as slugs (`stod/kast`, `akut`, `''` for the start page). */
	async function translatedSlugs(code: string): Promise<string[]> {
		const { readdirSync, existsSync } = await import('node:fs');
		const { contentTypes } = await import('../../src/content/contentTypes.ts');
		const slugs: string[] = [];
		for (const type of Object.values(contentTypes)) {
			const dir = `content/${code}/${type.folder}`;
			if (!existsSync(dir)) continue;
			for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
				const name = file.replace(/\.mdx$/, '');
				slugs.push(name === 'index' ? type.prefix.replace(/\/$/, '') : `${type.prefix}${name}`);
			}
		}
		return slugs.sort();
	}

	it('a full locale has every page of the Swedish source; a basic locale exactly the basic pages', async () => {
		const { basicPages } = await import('../../src/i18n/locales.ts');
		const all = await translatedSlugs(sourceLocale.code);
		for (const l of locales) {
			const theirs = await translatedSlugs(l.code);
			if ((l as Locale).coverage === 'basic') expect(theirs, `content/${l.code}/`).toEqual([...basicPages].sort());
			else expect(theirs, `content/${l.code}/: pages without a translation`).toEqual(all);
		}
	});
});
