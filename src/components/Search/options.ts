/**
 * Pagefind's options for this site, shared by the search page and `scripts/search-eval.ts`, so what the
 * test set measures is what visitors get.
 */
export const pagefindOptions = {
	// Titles, keywords (weighted in the markup, see ContentPage.astro) and descriptions (searchable metadata)
	// should decide, not how often a long page repeats a word. Tuned against tests/search/queries/<locale>.json with
	// scripts/search-eval.ts.
	ranking: {
		termFrequency: 0,
		pageLength: 0.2,
		termSaturation: 2,
		metaWeights: { title: 5, description: 2 },
	},
};
