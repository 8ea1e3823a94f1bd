/**
 * Search in the browser with Pagefind's JavaScript API (no Pagefind UI: ours is smaller and speaks every
 * locale). Pagefind loads the index of the page's `<html lang>`, so each locale searches only itself.
 *
 * Nothing leaves a trace: the query is never put in the URL or the history, and nothing is stored.
 */

interface Strings {
	/** The locale for Intl.PluralRules. */
	lang: string;
	/** The result count's plural forms, keyed by plural category (`zero` for none), with `{{count}}`. */
	plural: Record<string, string>;
	/** Labels of the kinds of page. */
	types: Record<string, string>;
}

interface PagefindResult {
	id: string;
	data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
	debouncedSearch: (term: string, o?: { filters?: Record<string, string> }, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

/** How many results to show. */
const MAX_RESULTS = 20;

export class Search {
	private pagefind: Promise<Pagefind> | undefined;
	private readonly input: HTMLInputElement;
	private readonly status: HTMLElement;
	private readonly list: HTMLOListElement;
	private readonly strings: Strings;

	constructor(private readonly root: HTMLElement) {
		const find = <T extends Element>(selector: string): T => {
			const el = root.querySelector<T>(selector);
			if (!el) throw new Error(`Search: ${selector} is missing from the search markup.`);
			return el;
		};
		this.input = find('[data-search-input]');
		this.status = find('[data-search-status]');
		this.list = find('[data-search-results]');
		this.strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
	}

	init(): void {
		this.root.hidden = false;
		this.root.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run(false);
		});
		this.input.addEventListener('input', () => void this.run(true));
		for (const radio of this.root.querySelectorAll<HTMLInputElement>('[data-search-filter]')) {
			radio.addEventListener('change', () => void this.run(false));
		}
		// Loading the index starts when the visitor shows interest, not on every page view.
		this.input.addEventListener('focus', () => void this.load(), { once: true });
	}

	private load(): Promise<Pagefind> {
		this.pagefind ??= (async () => {
			// A variable keeps the bundler from resolving the address: Pagefind writes it after the build.
			const url = '/pagefind/pagefind.js';
			const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
			await pagefind.options({ excerptLength: 24, ranking: { termFrequency: 0.6, pageLength: 0.4, termSimilarity: 1.0 } });
			await pagefind.init();
			return pagefind;
		})();
		return this.pagefind;
	}

	/** "3 results" in the page's language and its plural rules. */
	countText(n: number): string {
		const { plural, lang } = this.strings;
		const form = (n === 0 && plural.zero) || plural[new Intl.PluralRules(lang).select(n)] || plural.other || '';
		return form.replace('{{count}}', new Intl.NumberFormat(lang).format(n));
	}

	private filters(): Record<string, string> {
		const out: Record<string, string> = {};
		for (const radio of this.root.querySelectorAll<HTMLInputElement>('[data-search-filter]:checked')) {
			if (radio.value) out[radio.dataset.searchFilter!] = radio.value;
		}
		return out;
	}

	/** Runs a search for the input's current text and shows the results. */
	async run(debounce: boolean): Promise<void> {
		const term = this.input.value.trim();
		if (!term) {
			this.list.replaceChildren();
			this.status.textContent = '';
			return;
		}
		const pagefind = await this.load();
		const options = { filters: this.filters() };
		const search = debounce ? await pagefind.debouncedSearch(term, options, 150) : await pagefind.search(term, options);
		// A newer keystroke superseded this search.
		if (search === null || term !== this.input.value.trim()) return;
		const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
		if (term !== this.input.value.trim()) return;
		this.list.replaceChildren(
			...data.map((d) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = d.url;
				link.textContent = d.meta.title ?? d.url;
				const type = document.createElement('span');
				type.className = 'search__type';
				type.textContent = this.strings.types[d.filters.type?.[0] ?? ''] ?? '';
				const excerpt = document.createElement('p');
				// Pagefind's excerpt is text from our own pages with <mark> around the matches.
				excerpt.innerHTML = d.excerpt;
				item.append(link, type, excerpt);
				return item;
			}),
		);
		this.status.textContent = this.countText(search.results.length);
		this.root.dataset.searchDone = term;
	}
}
