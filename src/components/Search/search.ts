/**
 * Search in the browser: Pagefind's JavaScript API finds the pages, and the query engine (`engine.ts`)
 * reads the visitor's own words around it — sentences, misspellings, other forms of a word. Pagefind
 * loads the index of the page's `<html lang>`, so each locale searches only itself. Our own UI: smaller
 * than Pagefind's, and it speaks every locale.
 *
 * What is downloaded before the first results: Pagefind's code and WebAssembly, the locale's index
 * metadata and the index chunks the words need, the locale's search data (titles, lexicon) and the
 * summaries of the first three results. Never Pagefind's fragments, which hold each page's whole text.
 *
 * Nothing leaves a trace: the query is never put in the URL or the history, and nothing is stored.
 */
import { pluralText } from '../../i18n/plural.ts';
import { requireElement } from '../../utils/dom.ts';
import { QueryEngine, type Hit, type PagefindLike, type SearchData } from './engine.ts';
import { pagefindOptions } from './options.ts';

interface Strings {
	/** The locale for Intl.PluralRules. */
	lang: string;
	/** The result count's plural forms, keyed by plural category (`zero` for none), with `{{count}}`. */
	plural: Record<string, string>;
	/** Labels of the kinds of page. */
	types: Record<string, string>;
	/** Said when the search cannot load. */
	unavailable: string;
}

interface Pagefind extends PagefindLike {
	options: (o: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
}

/** How many results to show, and how many of them to show before fetching the rest's summaries. */
const MAX_RESULTS = 10;
const FIRST_RESULTS = 3;
/** A single letter matches almost everything and would only download index chunks to throw away. */
const MIN_LENGTH = 2;
/** Where Pagefind and `scripts/search-data.ts` write their files. */
const BUNDLE = '/pagefind/';

export class Search {
	private engine: Promise<QueryEngine> | undefined;
	private readonly summaries = new Map<string, Promise<string>>();
	private readonly input: HTMLInputElement;
	private readonly status: HTMLElement;
	private readonly list: HTMLOListElement;
	private readonly help: HTMLElement;
	private readonly strings: Strings;
	private readonly locale: string;
	/** Counts searches, so that the answer to an older one never replaces a newer one's. */
	private sequence = 0;

	constructor(private readonly root: HTMLElement) {
		const find = <T extends Element>(selector: string) => requireElement<T>(root, selector, 'Search');
		this.input = find('[data-search-input]');
		this.status = find('[data-search-status]');
		this.list = find('[data-search-results]');
		this.help = find('[data-search-help]');
		this.strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
		this.locale = root.dataset.locale ?? '';
	}

	init(): void {
		this.root.hidden = false;
		this.root.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run();
		});
		// Every keystroke searches (an answer takes milliseconds once loaded); an answer that arrives after a
		// newer keystroke is dropped, so there is no need to wait for typing to pause.
		this.input.addEventListener('input', () => void this.run());
		for (const radio of this.root.querySelectorAll<HTMLInputElement>('[data-search-filter]')) {
			radio.addEventListener('change', () => void this.run());
		}
		// Loading starts when the visitor shows interest, not on every page view.
		this.input.addEventListener('focus', () => void this.load().catch(() => undefined), { once: true });
	}

	/** Pagefind and the locale's search data, loaded side by side, once. */
	private load(): Promise<QueryEngine> {
		this.engine ??= (async () => {
			const [pagefind, data] = await Promise.all([
				(async () => {
					// A variable keeps the bundler from resolving the address: Pagefind writes it after the build.
					const url = `${BUNDLE}pagefind.js`;
					const module = (await import(/* @vite-ignore */ url)) as Pagefind;
					// No worker: it would download a second copy of Pagefind's code before the first result.
					await module.options({ noWorker: true, ...pagefindOptions });
					await module.init();
					return module;
				})(),
				fetch(`${BUNDLE}search-data.${this.locale}.json`).then((r) => {
					if (!r.ok) throw new Error(`Search: ${r.status} for the search data of ${this.locale}`);
					return r.json() as Promise<SearchData>;
				}),
			]);
			return new QueryEngine(pagefind, data, this.locale);
		})();
		// A failed load is tried again at the next search.
		this.engine.catch(() => (this.engine = undefined));
		return this.engine;
	}

	/** A page's summary (its description), shown under its title. */
	private summary(id: string): Promise<string> {
		let text = this.summaries.get(id);
		if (!text) {
			text = fetch(`${BUNDLE}summary/${encodeURIComponent(id)}.txt`).then((r) => (r.ok ? r.text() : ''), () => '');
			this.summaries.set(id, text);
		}
		return text;
	}

	private filters(): Record<string, string> {
		const out: Record<string, string> = {};
		for (const radio of this.root.querySelectorAll<HTMLInputElement>('[data-search-filter]:checked')) {
			if (radio.value) out[radio.dataset.searchFilter!] = radio.value;
		}
		return out;
	}

	/** Runs a search for the input's current text and shows the results, or the help block. */
	async run(): Promise<void> {
		const sequence = ++this.sequence;
		const term = this.input.value.trim();
		if ([...term].length < MIN_LENGTH) {
			this.list.replaceChildren();
			this.status.textContent = '';
			this.help.hidden = true;
			return;
		}
		let engine: QueryEngine;
		let answer: Awaited<ReturnType<QueryEngine['find']>>;
		try {
			engine = await this.load();
			answer = await engine.find(term, this.filters());
		} catch {
			if (sequence !== this.sequence) return;
			// Even when the search cannot load, the visitor gets the ways to help.
			this.show(term, [], this.strings.unavailable);
			return;
		}
		if (sequence !== this.sequence) return;
		const hits = answer.hits.slice(0, MAX_RESULTS);
		const first = await Promise.all(hits.slice(0, FIRST_RESULTS).map((h) => this.summary(h.id)));
		if (sequence !== this.sequence) return;
		this.show(term, hits.slice(0, FIRST_RESULTS).map((h, i) => this.item(engine, h, first[i]!, answer.marks)), pluralText(this.strings.plural, this.strings.lang, answer.hits.length));
		const rest = hits.slice(FIRST_RESULTS);
		const summaries = await Promise.all(rest.map((h) => this.summary(h.id)));
		if (sequence !== this.sequence) return;
		this.list.append(...rest.map((h, i) => this.item(engine, h, summaries[i]!, answer.marks)));
	}

	/** Shows results, or, when there are none, the help block; marks the search as done for `term`. */
	private show(term: string, items: HTMLLIElement[], status: string): void {
		this.list.replaceChildren(...items);
		this.status.textContent = status;
		this.help.hidden = items.length > 0;
		this.root.dataset.searchDone = term;
	}

	/** One result: its title as a link, what kind of page it is, and its summary, the query's words marked. */
	private item(engine: QueryEngine, hit: Hit, summary: string, marks: string[]): HTMLLIElement {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = hit.url;
		link.append(...this.marked(engine, hit.title, marks));
		const type = document.createElement('span');
		type.className = 'search__type';
		type.textContent = this.strings.types[hit.type] ?? '';
		item.append(link, type);
		if (summary) {
			const excerpt = document.createElement('p');
			excerpt.append(...this.marked(engine, summary, marks));
			item.append(excerpt);
		}
		return item;
	}

	/** A text as nodes, with the query's words in `<mark>`. Built as nodes, never as HTML. */
	private marked(engine: QueryEngine, text: string, marks: string[]): Node[] {
		return engine.highlight(text, marks).map(([part, isMatch]) => {
			if (!isMatch) return document.createTextNode(part);
			const mark = document.createElement('mark');
			mark.textContent = part;
			return mark;
		});
	}
}
