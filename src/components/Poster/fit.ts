/**
 * How large the type on a printable can be, worked out at build time from how long its text is, so a
 * long translation gets smaller type instead of a second sheet.
 *
 * The text's length is measured as its approximate width in ems, per script: an Ethiopic syllable is
 * wider than a Latin letter, an Arabic letter a little narrower. The type is then
 * scaled by the square root of (room / width), so the area the text covers stays the same however long
 * it is. The printables' browser test checks the result on paper in every locale.
 */
import type { TFunction } from 'i18next';
import { locales } from '../../i18n/locales.ts';

/** Approximate advance width in ems of one character, by the script it belongs to. */
const widths: [RegExp, number][] = [
	[/\s/u, 0.28],
	[/\p{Script=Ethiopic}/u, 0.72],
	[/[\p{Script=Arabic}\p{Script=Hebrew}]/u, 0.45],
	[/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u, 1],
	[/[\p{Lu}\p{Nd}]/u, 0.64],
	[/\p{P}/u, 0.32],
];

/**
 * The approximate width in ems of a text set on one line.
 * @example textWidth('Kaligaa ma tihid.') // about 8
 */
export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += widths.find(([re]) => re.test(char))?.[1] ?? 0.52;
	return width;
}

/** The type scales a printable can have, in per cent: the pages' stylesheet has a rule for each. */
export const typeSteps = [100, 95, 90, 85, 80, 75, 70, 65, 60, 55, 50] as const;

/**
 * The type scale for a printable, in per cent: 100 when its text fits the room at full size, a smaller
 * step as the text grows (always rounded down), never below the last step, which is still legible on
 * paper. A step rather than any number, because the Content-Security-Policy allows no inline styles:
 * the page carries `data-fit="85"` and the stylesheet turns it into a size.
 * @param texts the strings printed on it
 * @param room how many ems of text the printable holds at full size (see `posterRoom`)
 * @example typeScale(['short'], 400) // 100
 * @example typeScale([long], 400) // 80 for a text 1.56 times the room
 */
export function typeScale(texts: string[], room: number): (typeof typeSteps)[number] {
	const width = texts.reduce((sum, t) => sum + textWidth(t), 0);
	const scale = Math.sqrt(room / width) * 100;
	return typeSteps.find((step) => step <= scale + 1e-9) ?? typeSteps[typeSteps.length - 1]!;
}

/**
 * How many ems of text each printable holds at full size (the card holds less text than the poster: it
 * leaves out the list of languages). Calibrated in Chromium with the Noto fonts: at these figures every
 * translation of today fills at most about nine tenths of its sheet with the QR code at its smallest,
 * and a text twice or three times as long still fits at the smaller type it is given.
 */
export const posterRoom = { a4: 205, a6: 150 } as const;

/** A translate function, as `usePage(Astro).t` or `useTranslations(code)` gives it. */
type Translate = TFunction;

/** How many languages the site is in: the registry's locales, easy-to-read Swedish not counted apart. */
const languageCount = new Set(locales.map((l) => l.lang.split('-')[0])).size;

/**
 * The lines under a printable's headline: the card leaves out the line about languages (its QR code
 * leads to them). The number of languages comes from the locale registry, so it stays true as it grows.
 */
export function posterLines(t: Translate, format: keyof typeof posterRoom): string[] {
	return format === 'a4' ? [t('poster.line1'), t('poster.line2', { count: languageCount }), t('poster.line3')] : [t('poster.line1'), t('poster.line3')];
}

/**
 * The type scale of a poster or card in one language: from everything printed on it as text.
 * @param helpline the helpline's name, from the service data
 * @param url the address its QR code leads to, as written out
 */
export function posterScale(t: Translate, format: keyof typeof posterRoom, helpline: string, url: string): (typeof typeSteps)[number] {
	const texts = [t('poster.headline'), ...posterLines(t, format), t('poster.emergency'), helpline, t('poster.helpline'), t('poster.scan'), url.replace(/^https?:\/\//, '')];
	return typeScale(texts, posterRoom[format]);
}
