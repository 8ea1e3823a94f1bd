/**
 * The printables' type scale (`src/components/Poster/fit.ts`): longer text, smaller type, in steps the
 * stylesheet knows; and every translation of today printed at a size well above the legibility floor.
 * (Whether the result fits on paper is for the browser: `tests/e2e/print.spec.ts`.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { posterRoom, posterScale, textWidth, typeScale, typeSteps } from '../../src/components/Poster/fit.ts';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';

describe('text width', () => {
	it('counts an Ethiopic syllable wider than a Latin letter, an Arabic letter narrower, and a space narrowest', () => {
		expect(textWidth('ሀ')).toBeGreaterThan(textWidth('a'));
		expect(textWidth('ب')).toBeLessThan(textWidth('a'));
		expect(textWidth(' ')).toBeLessThan(textWidth('ب'));
		expect(textWidth('abc abc')).toBeCloseTo(2 * textWidth('abc') + textWidth(' '));
	});
});

describe('type scale', () => {
	const text = (ems: number) => 'a'.repeat(Math.round(ems / textWidth('a')));

	it('is full size while the text fits the room, and one of the stylesheet’s steps always', () => {
		expect(typeScale([text(100)], 200)).toBe(100);
		for (let ems = 50; ems < 2000; ems += 37) expect(typeSteps).toContain(typeScale([text(ems)], 200));
	});

	it('shrinks as the text grows, so the text covers no more area than the room (down to the smallest step)', () => {
		let last = 100;
		for (let ems = 100; ems < 2000; ems += 25) {
			const scale = typeScale([text(ems)], 200);
			expect(scale).toBeLessThanOrEqual(last);
			if (scale > typeSteps[typeSteps.length - 1]!) expect(((scale / 100) ** 2 * ems) / 200, `${ems} ems at ${scale} %`).toBeLessThanOrEqual(1.001);
			last = scale;
		}
		expect(typeScale([text(400)], 200)).toBe(70); // twice the room: 1/√2, rounded down to a step
	});

	it('stops at the smallest step', () => {
		expect(typeScale([text(100_000)], 200)).toBe(typeSteps[typeSteps.length - 1]);
	});

	it('has a rule in the stylesheet for every step', () => {
		const css = readFileSync(join(import.meta.dirname, '../../src/components/Poster/Poster.astro'), 'utf8');
		for (const step of typeSteps.filter((s) => s < 100)) expect(css).toContain(`.poster[data-fit='${step}'] { --fit: ${step / 100}; }`);
	});
});

describe('every locale’s poster and card', () => {
	for (const locale of locales) {
		it(`${locale.code}: prints at 85 % of full size or more`, () => {
			const t = useTranslations(locale.code);
			for (const format of Object.keys(posterRoom) as (keyof typeof posterRoom)[]) {
				expect(posterScale(t, format, 'Kvinnofridslinjen', `https://vartkanjagvandamig.stockholm/${locale.prefix}/`), format).toBeGreaterThanOrEqual(85);
			}
		});
	}
});
