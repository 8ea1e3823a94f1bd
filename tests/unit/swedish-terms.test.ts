import { describe, expect, it } from 'vitest';
import { localeOfFile, markSwedish, swedishTerms, termPattern } from '../../src/integrations/swedishTerms.ts';

describe('Swedish terms inside other languages', () => {
	it('come from the list and from the services’ names, never a bare number', () => {
		const terms = swedishTerms();
		expect(terms).toContain('socialtjänsten');
		expect(terms).toContain('Kvinnofridslinjen');
		expect(terms).not.toContain('1177');
	});

	it('are found as whole words, whatever their case, the longest first', () => {
		const pattern = termPattern(['socialtjänsten', 'kvinnojour', 'kvinno- och tjejjour']);
		expect('Contact Socialtjänsten (socialtjänsten).'.match(pattern)).toEqual(['Socialtjänsten', 'socialtjänsten']);
		expect('socialtjänstens'.match(pattern)).toBeNull();
		expect('a shelter (kvinno- och tjejjour)'.match(pattern)).toEqual(['kvinno- och tjejjour']);
	});

	it('split a sentence into its own words and the Swedish ones', () => {
		expect(markSwedish('تواصل مع الخدمات الاجتماعية (socialtjänsten) في الحي')).toEqual([
			{ text: 'تواصل مع الخدمات الاجتماعية (', swedish: false },
			{ text: 'socialtjänsten', swedish: true },
			{ text: ') في الحي', swedish: false },
		]);
		expect(markSwedish('Call 112')).toEqual([{ text: 'Call 112', swedish: false }]);
	});

	it('are marked only in pages of a locale’s folder', () => {
		expect(localeOfFile('/repo/content/ar/services/kast.mdx')).toBe('ar');
		expect(localeOfFile('C:\\repo\\content\\fi\\questions\\tolk.mdx')).toBe('fi');
		expect(localeOfFile('/repo/content/services/kast.yaml')).toBeUndefined();
		expect(localeOfFile('/repo/content/xx/pages/index.mdx')).toBeUndefined();
	});
});
