/**
 * The printables, each built in every locale (`toolRoutes()` in `src/utils/content.ts`), and the address
 * of each below the locale's prefix.
 */
export const posterFormats = {
	/** The poster in the page's language, on A4. */
	a4: 'affischer/a4',
	/** The card in the page's language, on A6 paper. */
	a6: 'affischer/a6',
	/** Four of those cards on one A4 sheet, to cut apart. */
	cards: 'affischer/kort',
	/** One poster in every language, leading to the page where a visitor picks theirs. */
	languages: 'affischer/alla-sprak',
} as const;

/** A printable, e.g. `'cards'`. */
export type PosterFormat = keyof typeof posterFormats;

/** The slug of the page where a visitor picks their language (`content/sv/pages/sprak.mdx`). */
export const languagesPageSlug = 'sprak';
