/**
 * Behaviour of the quick exit, after GOV.UK Frontend's "Exit this page"
 * (alphagov/govuk-frontend, `components/exit-this-page/`).
 *
 * - Clicking any `[data-quick-exit]` link hides the page, shows a neutral overlay, and replaces this page
 *   in the history with the neutral page, so Back does not return here.
 * - Pressing Shift three times within five seconds does the same. A Shift pressed together with another
 *   key (Shift+A) does not count, and any other key starts the count again. Progress is announced in a
 *   polite live region and shown as three dots.
 * - Escape is deliberately not used: screen readers, dialogs and full-screen mode rely on it.
 * - When the page comes back from the back/forward cache, it is shown again.
 * Nothing is sent or stored.
 */
import { requireElement } from '../../utils/dom.ts';

/** How long the three presses of Shift may take, in milliseconds. */
export const SHIFT_WINDOW_MS = 5000;
/** How many presses of Shift exit. */
export const SHIFT_PRESSES = 3;

export class QuickExit {
	private presses = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** Whether Shift is held down, and whether another key was pressed while it was. */
	private shiftDown = false;
	private shiftCombined = false;
	private readonly status: HTMLElement;
	private readonly overlay: HTMLElement;
	private readonly overlayText: HTMLElement;
	private readonly dots: HTMLElement[];
	private readonly link: HTMLAnchorElement;

	constructor(
		private readonly root: HTMLElement,
		private readonly doc: Document,
		private readonly navigate: (url: string) => void = (url) => doc.defaultView!.location.replace(url),
	) {
		const find = <T extends Element>(selector: string, where: ParentNode = root) => requireElement<T>(where, selector, 'QuickExit');
		this.link = find<HTMLAnchorElement>('a[data-quick-exit]');
		this.status = find('.quick-exit__status');
		this.overlay = find('.quick-exit-overlay', doc);
		this.overlayText = find('.quick-exit-overlay__text', doc);
		this.dots = Array.from(root.querySelectorAll<HTMLElement>('.quick-exit__dots span'));
	}

	init(): void {
		for (const link of this.doc.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]')) {
			link.addEventListener('click', (event) => {
				event.preventDefault();
				this.exit();
			});
		}
		this.doc.addEventListener('keydown', (event) => this.onKeyDown(event), true);
		this.doc.addEventListener('keyup', (event) => this.onKeyUp(event), true);
		this.doc.defaultView!.addEventListener('pageshow', (event) => {
			if (event.persisted) this.restore();
		});
	}

	/** Hides the page first, then leaves it. */
	exit(): void {
		this.doc.documentElement.classList.add('quick-exit-active');
		this.overlay.hidden = false;
		this.overlayText.textContent = this.root.dataset.loading ?? '';
		this.navigate(this.link.href);
	}

	/** Shows the page again after a back/forward-cache restore, so nobody comes back to a blank page. */
	restore(): void {
		this.doc.documentElement.classList.remove('quick-exit-active');
		this.overlay.hidden = true;
		this.overlayText.textContent = '';
		this.reset();
	}

	private onKeyDown(event: KeyboardEvent): void {
		if (event.key === 'Shift') {
			if (!event.repeat) {
				this.shiftDown = true;
				this.shiftCombined = false;
			}
			return;
		}
		// Any other key, alone or with Shift, breaks the sequence.
		if (this.shiftDown) this.shiftCombined = true;
		if (this.presses > 0) this.reset();
	}

	private onKeyUp(event: KeyboardEvent): void {
		if (event.key !== 'Shift') return;
		const combined = this.shiftCombined;
		this.shiftDown = false;
		this.shiftCombined = false;
		if (combined) return;
		this.presses += 1;
		this.showDots();
		if (this.presses >= SHIFT_PRESSES) {
			this.reset();
			this.exit();
			return;
		}
		if (this.presses === 1) {
			this.timer = setTimeout(() => {
				this.reset();
				this.announce(this.root.dataset.timeout ?? '');
			}, SHIFT_WINDOW_MS);
		}
		const remaining = SHIFT_PRESSES - this.presses;
		this.announce((remaining === 1 ? this.root.dataset.progressOne : this.root.dataset.progressTwo) ?? '');
	}

	private reset(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		this.presses = 0;
		this.showDots();
		this.announce('');
	}

	private showDots(): void {
		this.dots.forEach((dot, i) => dot.classList.toggle('is-pressed', i < this.presses));
	}

	private announce(text: string): void {
		this.status.textContent = text;
	}
}

/**
 * Keeps `--quick-exit-measured` on the root element equal to the height the bar is drawn at, so the
 * page's `scroll-padding` (global.css) clears the bar even where the bar is taller than its CSS height
 * (`--quick-exit-block-size`): a long label at a large text size, or the visitor's own text spacing.
 * Without JavaScript the CSS height applies. Setting a custom property through the CSSOM is allowed by
 * the Content-Security-Policy, which forbids only inline style in markup.
 */
export function trackBarHeight(bar: HTMLElement, doc: Document): ResizeObserver {
	const observer = new ResizeObserver(() => {
		doc.documentElement.style.setProperty('--quick-exit-measured', `${bar.getBoundingClientRect().height}px`);
	});
	observer.observe(bar);
	return observer;
}
