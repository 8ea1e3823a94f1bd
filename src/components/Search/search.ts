/**
 * Search in the browser with Pagefind's JavaScript API (no Pagefind UI: ours is smaller and speaks every
 * locale). Pagefind loads the index of the page's `<html lang>`, so each locale searches only itself.
 *
 * Nothing leaves a trace: the query is never put in the URL or the history, and nothing is stored.
 */
import { pluralText } from '../../i18n/plural.ts';
import { requireElement } from '../../utils/dom.ts';

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
}

/** How many results to show, and how many of them to show before fetching the rest (each costs a fragment file). */
const MAX_RESULTS = 10;
const FIRST_RESULTS = 3;
/** A single letter matches almost everything and would only download fragments to throw away. */
const MIN_LENGTH = 2;

export class Search {
	private pagefind: Promise<Pagefind> | undefined;
	private readonly input: HTMLInputElement;
	private readonly status: HTMLElement;
	private readonly list: HTMLOListElement;
	private readonly strings: Strings;

	constructor(private readonly root: HTMLElement) {
		const find = <T extends Element>(selector: string) => requireElement<T>(root, selector, 'Search');
		this.input = find('[data-search-input]');
		this.status = find('[data-search-status]');
		this.list = find('[data-search-results]');
		this.strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
	}

	init(): void {
		this.root.hidden = false;
		this.root.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run();
		});
		// Every keystroke searches (Pagefind answers in milliseconds once loaded); a result that arrives
		// after a newer keystroke is dropped, so there is no need to wait for typing to pause.
		this.input.addEventListener('input', () => void this.run());
		for (const radio of this.root.querySelectorAll<HTMLInputElement>('[data-search-filter]')) {
			radio.addEventListener('change', () => void this.run());
		}
		// Loading the index starts when the visitor shows interest, not on every page view.
		this.input.addEventListener('focus', () => void this.load(), { once: true });
	}

	private load(): Promise<Pagefind> {
		this.pagefind ??= (async () => {
			// A variable keeps the bundler from resolving the address: Pagefind writes it after the build.
			const url = '/pagefind/pagefind.js';
			const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
			// Titles and keywords (weighted in the markup) should decide, not how often a long page repeats a
			// word: tuned against tests/search/queries.json.
			// No worker: it would download a second copy of Pagefind's code before the first result.
			await pagefind.options({ noWorker: true, excerptLength: 24, ranking: { termFrequency: 0, pageLength: 0.2, termSaturation: 2 } });
			await pagefind.init();
			return pagefind;
		})();
		return this.pagefind;
	}


	private filters(): Record<string, string> {
		const out: Record<string, string> = {};
		for (const radio of this.root.querySelectorAll<HTMLInputElement>('[data-search-filter]:checked')) {
			if (radio.value) out[radio.dataset.searchFilter!] = radio.value;
		}
		return out;
	}

	/** Runs a search for the input's current text and shows the results. */
	async run(): Promise<void> {
		const term = this.input.value.trim();
		if ([...term].length < MIN_LENGTH) {
			this.list.replaceChildren();
			this.status.textContent = '';
			return;
		}
		const pagefind = await this.load();
		const options = { filters: this.filters() };
		const search = await pagefind.search(term, options);
		// A newer keystroke superseded this search.
		if (search === null || term !== this.input.value.trim()) return;
		const first = await Promise.all(search.results.slice(0, FIRST_RESULTS).map((r) => r.data()));
		if (term !== this.input.value.trim()) return;
		this.list.replaceChildren(...first.map((d) => this.item(d)));
		this.status.textContent = pluralText(this.strings.plural, this.strings.lang, search.results.length);
		this.root.dataset.searchDone = term;
		const rest = await Promise.all(search.results.slice(FIRST_RESULTS, MAX_RESULTS).map((r) => r.data()));
		if (term !== this.input.value.trim()) return;
		this.list.append(...rest.map((d) => this.item(d)));
	}

	/** One result: its title as a link, what kind of page it is, and the excerpt. */
	private item(d: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
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
	}
}
