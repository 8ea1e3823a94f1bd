/**
 * The finder in the browser: reads the three answers, matches the services with the same function the
 * build uses (`finderMatches`), and shows the matching cards in order. The answers stay in the form:
 * never in the URL, the history or storage.
 */
import type { Service } from '../../content/services.ts';
import type { AgeBand, Audience, ViolenceKind } from '../../content/taxonomy.ts';
import { pluralText } from '../../i18n/plural.ts';
import { requireElement } from '../../utils/dom.ts';
import { finderMatches } from '../../utils/finder.ts';

interface FinderData {
	services: Service[];
	lang: string;
	plural: Record<string, string>;
}

export class Finder {
	private readonly form: HTMLFormElement;
	private readonly list: HTMLElement;
	private readonly count: HTMLElement;
	private readonly data: FinderData;

	constructor(private readonly root: HTMLElement) {
		const find = <T extends Element>(selector: string) => requireElement<T>(root, selector, 'Finder');
		this.form = find('[data-finder]');
		this.list = find('[data-finder-list]');
		this.count = find('[data-finder-count]');
		this.data = JSON.parse(find('[data-finder-data]').textContent ?? '{}') as FinderData;
	}

	init(): void {
		this.root.querySelector<HTMLElement>('[data-finder-static]')!.hidden = true;
		this.form.hidden = false;
		this.root.querySelector<HTMLElement>('[data-finder-results]')!.hidden = false;
		this.form.addEventListener('submit', (event) => event.preventDefault());
		this.form.addEventListener('change', () => this.update());
		this.update();
	}

	/** Shows the services that match the current answers, most specific first. */
	update(): void {
		const answers = new FormData(this.form);
		const matches = finderMatches(this.data.services, {
			group: (answers.get('group') as Audience | null) ?? undefined,
			age: (answers.get('age') as AgeBand) || undefined,
			kind: (answers.get('kind') as ViolenceKind) || undefined,
		});
		const items = new Map(Array.from(this.list.children, (li) => [(li as HTMLElement).dataset.service!, li as HTMLElement]));
		for (const li of items.values()) li.hidden = true;
		for (const service of matches) {
			const li = items.get(service.id)!;
			li.hidden = false;
			this.list.append(li); // appending in match order sorts the visible cards
		}
		this.count.textContent = pluralText(this.data.plural, this.data.lang, matches.length);
	}
}
