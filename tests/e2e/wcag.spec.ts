/**
 * WCAG 2.2 A/AA success criteria that axe cannot judge, tested in Chromium the way a visitor meets them.
 * `every-page.spec.ts` runs axe on every page; this file covers what axe leaves out. Which criterion each
 * test covers is recorded in `content/accessibility/wcag-evaluation.yaml`, which the accessibility
 * statement renders; a unit test checks that every test named there exists here.
 *
 * - **Every kind of page in every locale**, one test per locale so the pages spread over the workers:
 *   every page of Swedish, one page of each kind in English and Arabic, every third kind in the other
 *   locales (`sampledPages` in site.ts). One visit per page, and on it: reflow at 320 px (1.4.10), text spacing (1.4.12), text at
 *   200 % (1.4.4), the same help, navigation and names in the same order (3.2.3, 3.2.4, 3.2.6), headings
 *   (1.3.1, 2.4.6), language of the page and of parts (3.1.1, 3.1.2), label in name (2.5.3), no audio,
 *   video or motion (1.2, 1.4.2, 2.2.2, 2.3.1), no positive tabindex (2.4.3), a title of its own (2.4.2).
 *   What depends on each page's own text (language of parts, headings, titles) is also checked on every
 *   page of every locale, from the built files, in tests/dist/text.test.ts.
 * - **Sample pages**, where a check takes many steps per page (a full Tab walk both ways, the spacing of
 *   every target): one page of every template (every content type, every `template:` of the general
 *   pages, a finder answer, a printable poster), each in a different locale so every locale and both
 *   writing directions appear. The frame (exit bar, header, emergency line, footer) is the same on every
 *   page (the every-page test checks that), so the templates are what differs between pages.
 * - **Settings and devices**: forced colours, reduced motion, portrait and landscape, keys, pointer, input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { NEUTRAL_URL } from '../../src/config.ts';
import { contentTypes } from '../../src/content/contentTypes.ts';
import { localeFromPath, locales } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';
import { builtPages, sampledPages } from './site.ts';
import { headingProblems } from '../lib/headings.ts';
import { languageOfParts, properNames } from '../lib/language-of-parts.ts';

const root = resolve(import.meta.dirname, '../..');
const pages = sampledPages(builtPages());
const pagesOf = (locale: (typeof locales)[number]) => pages.filter((p) => localeFromPath(p) === locale.code);
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;

/** The WCAG text-spacing settings (1.4.12), as the W3C's own bookmarklet applies them. */
const TEXT_SPACING_CSS = `*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;
/** Text at 200 %: what raising the browser's default font size does (every size here is in rem or em). */
const TEXT_200_CSS = 'html { font-size: 200% !important; }';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * Applies a user stylesheet, the way a visitor's setting or extension does, and lists what is lost at
 * the current width: sideways scrolling of the page (1.4.10) and content cut off by a box too small for
 * it. The Content-Security-Policy forbids inline `<style>`; a constructed stylesheet is not markup, so the
 * policy stays in force. Returns `null` when the stylesheet did not take effect, so no check can pass by
 * not running.
 */
/** What `lostContentWith` is given: a stylesheet to add, and which check to make. */
type LostArgs = { css: string | null; check: 'spacing' | 'size' | null };
function lostContentWith(args: LostArgs): string[] | null {
	let sheet: CSSStyleSheet | undefined;
	if (args.css) {
		sheet = new CSSStyleSheet();
		sheet.replaceSync(args.css);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	}
	try {
		if (args.check === 'spacing') {
			const s = getComputedStyle(document.querySelector('main p') ?? document.body);
			if (Math.abs(parseFloat(s.letterSpacing) - 0.12 * parseFloat(s.fontSize)) > 0.5) return null;
		}
		if (args.check === 'size' && getComputedStyle(document.documentElement).fontSize !== '32px') return null;

		const describe = (el: Element) => {
			const cls = el.classList[0] ? `.${el.classList[0]}` : '';
			return `<${el.tagName.toLowerCase()}${cls}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
		};
		const doc = document.documentElement;
		const problems: string[] = [];
		for (const el of [doc, document.body]) {
			const ox = getComputedStyle(el).overflowX;
			if (ox === 'hidden' || ox === 'clip') problems.push(`<${el.tagName.toLowerCase()}> has overflow-x: ${ox}, which hides content instead of reflowing it`);
		}
		const width = doc.clientWidth;
		if (doc.scrollWidth > width) {
			// Name what sticks out: text first (a word too long for its line), then boxes.
			const out = (r: DOMRect) => r.width > 1 && r.height > 1 && (r.right > width + 1 || r.left < -1);
			const culprits: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			for (let node = walker.nextNode(); node && culprits.length < 3; node = walker.nextNode()) {
				if (!node.nodeValue?.trim()) continue;
				range.selectNodeContents(node);
				if ([...range.getClientRects()].some(out)) culprits.push(`text "${node.nodeValue.trim().slice(0, 40)}" in ${describe(node.parentElement!)}`);
			}
			if (!culprits.length) {
				const boxes = [...document.body.querySelectorAll('*')].filter((el) => out(el.getBoundingClientRect()));
				culprits.push(...boxes.filter((el) => !boxes.some((o) => o !== el && el.contains(o))).slice(0, 3).map(describe));
			}
			problems.push(`scrolls sideways (${doc.scrollWidth} > ${width} px): ${culprits.join(' | ')}`);
		}
		for (const el of document.body.querySelectorAll('*')) {
			const s = getComputedStyle(el);
			const x = s.overflowX !== 'visible';
			const y = s.overflowY !== 'visible';
			if (!x && !y) continue;
			const r = el.getBoundingClientRect();
			// One-pixel boxes are the visually-hidden pattern: text for screen readers, clipped on purpose.
			if (r.width <= 1 || r.height <= 1) continue;
			if ((x && el.scrollWidth > el.clientWidth + 1) || (y && el.scrollHeight > el.clientHeight + 1)) problems.push(`cuts off its content: ${describe(el)}`);
		}
		return problems;
	} finally {
		if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
	}
}

/** Everything else the every-page test reads from a page, in one evaluation. */
function readPage() {
	const text = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ');
	const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
	const interactive = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';

	// The frame: every control outside <main>, in document order, named as the visitor meets it.
	const frame = [...document.querySelectorAll(interactive)]
		.filter((el) => !el.closest('main') && visible(el))
		.map((el) => {
			const kind = el.matches('[data-quick-exit]') ? 'exit' : el.matches('a[href^="tel:"]') ? 'call' : el.tagName.toLowerCase();
			return `${kind}: ${el.getAttribute('aria-label') ?? text(el)}`;
		});

	// Label in name (2.5.3): a control's accessible name contains the words it shows.
	const labelInName: string[] = [];
	for (const el of document.querySelectorAll('[aria-label], [aria-labelledby]')) {
		if (!el.matches(interactive) || !visible(el)) continue;
		const shown = ((el as HTMLElement).innerText || (el as HTMLInputElement).value || '').trim().replace(/\s+/g, ' ').toLowerCase();
		const ids = el.getAttribute('aria-labelledby');
		const name = (ids ? ids.split(/\s+/).map((id) => { const l = document.getElementById(id); return l ? text(l) : ''; }).join(' ') : (el.getAttribute('aria-label') ?? '')).toLowerCase();
		if (shown && !name.includes(shown)) labelInName.push(`"${shown}" is not in its name "${name}"`);
	}

	// Nothing plays, moves, blinks or flashes by itself (1.2.x, 1.4.2, 2.2.2, 2.3.1).
	const media = [...document.querySelectorAll('audio, video, object, embed, iframe, [autoplay], marquee, blink')].map((el) => `<${el.tagName.toLowerCase()}>`);
	const moving = document
		.getAnimations()
		.filter((a) => {
			const end = a.effect?.getComputedTiming().endTime;
			return end === Infinity || Number(end) > 5000;
		})
		.map((a) => `${(a as CSSAnimation).animationName ?? 'an animation'} runs longer than 5 s`);
	// Identify input purpose (1.3.5) needs no `autocomplete` while no field asks about the visitor: only
	// search fields and radio buttons. Any other field fails here until it is given its purpose.
	const fields = [...document.querySelectorAll('input:not([type="hidden"]), select, textarea')]
		.filter((el) => !el.matches('input[type="search"], input[type="radio"]'))
		.map((el) => `<${el.tagName.toLowerCase()} type="${el.getAttribute('type') ?? ''}" name="${el.getAttribute('name') ?? ''}">: decide its input purpose (autocomplete) and update the evaluation`);
	const positiveTabindex = [...document.querySelectorAll('[tabindex]')].filter((el) => (el as HTMLElement).tabIndex > 0).map((el) => `<${el.tagName.toLowerCase()} tabindex="${el.getAttribute('tabindex')}">`);

	return { title: document.title, lang: document.documentElement.lang, frame, labelInName, media, moving, fields, positiveTabindex };
}

test.describe('every kind of page', () => {
	for (const locale of locales) {
		test(`${locale.code}: reflow at 320 px, text spacing, text at 200 %, help and navigation in one order, headings, language, label in name, no media or motion`, async ({ page }) => {
			test.setTimeout(240_000);
			const mine = pagesOf(locale);
			expect(mine.length).toBeGreaterThan(0);
			const failures: Record<string, string[]> = {};
			const fail = (what: string, path: string, list: string[] | null) => {
				expect(list, `${path}: ${what}: the test stylesheet took effect`).not.toBeNull();
				if (list?.length) (failures[what] ??= []).push(...list.map((l) => `${path}: ${l}`));
			};
			const frames = new Map<string, string[]>();
			const titles = new Map<string, string[]>();
			const narrow = { width: 320, height: 640 };
			const wide = { width: 640, height: 640 };
			let viewport = narrow;
			await page.setViewportSize(viewport);

			const time = { visit: 0, narrow: 0, wide: 0 };
			const timed = async <T>(part: keyof typeof time, work: () => Promise<T>) => {
				const start = performance.now();
				const result = await work();
				time[part] += performance.now() - start;
				return result;
			};
			for (const path of mine) {
				await timed('visit', () => page.goto(path));
				// Whichever width the page opened at is checked first, so the viewport changes once per page.
				for (const size of viewport === narrow ? [narrow, wide] : [wide, narrow]) {
					if (size === wide) {
						await timed('wide', async () => {
							if (viewport !== wide) await page.setViewportSize((viewport = wide));
							fail('1.4.4 text at 200 % at 640 px', path, await page.evaluate(lostContentWith, { css: TEXT_200_CSS, check: 'size' } as LostArgs));
						});
						continue;
					}
					await timed('narrow', async () => {
						if (viewport !== narrow) await page.setViewportSize((viewport = narrow));
						fail('1.4.10 reflow at 320 px', path, await page.evaluate(lostContentWith, { css: null, check: null } as LostArgs));
						fail('1.4.12 text spacing at 320 px', path, await page.evaluate(lostContentWith, { css: TEXT_SPACING_CSS, check: 'spacing' } as LostArgs));
						const seen = await page.evaluate(readPage);
						frames.set(path, seen.frame);
						if (!path.endsWith('404.html')) titles.set(seen.title, [...(titles.get(seen.title) ?? []), path]);
						if (seen.lang !== locale.lang) fail('3.1.1 language of page', path, [`<html lang="${seen.lang}">, not "${locale.lang}"`]);
						fail('1.3.1/2.4.6 headings', path, await page.evaluate(headingProblems, { markupOnly: false }));
						fail('3.1.2 language of parts', path, await page.evaluate(languageOfParts, { properNames, markupOnly: false }));
						fail('2.5.3 label in name', path, seen.labelInName);
						fail('1.2/1.4.2 no audio or video', path, seen.media);
						fail('2.2.2/2.3.1 nothing moves by itself', path, seen.moving);
						fail('2.4.3 no positive tabindex', path, seen.positiveTabindex);
						fail('1.3.5 no field that asks about the visitor', path, seen.fields);
					});
				}
			}
			const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
			console.log(`${locale.code}: ${mine.length} pages; visiting ${s(time.visit)}, checks at 320 px ${s(time.narrow)}, at 640 px with 200 % text ${s(time.wide)}`);

			// 3.2.3, 3.2.4, 3.2.6: around the content, the same controls with the same names in the same order.
			const [first, reference] = [...frames][0]!;
			for (const [path, frame] of frames) {
				if (frame.join('\n') === reference.join('\n')) continue;
				const at = frame.findIndex((f, i) => f !== reference[i]);
				fail('3.2.3/3.2.4/3.2.6 the same controls in the same order', path, [`differs from ${first} at control ${at + 1}: "${frame[at]}" instead of "${reference[at]}"`]);
			}
			const help = reference.filter((f) => /^(exit|call):/.test(f)).map((f) => f.split(':')[0]);
			expect(help, 'the help on every page: the exit (skip link and bar), then the emergency number').toEqual(['exit', 'exit', 'call']);
			for (const slug of ['sok', 'stod', 'akut']) {
				const href = localizedPath(`/${slug}/`, locale.code);
				expect(await page.locator(`body > :not(main) a[href="${href}"], header a[href="${href}"]`).count(), `every page links to ${href} outside its content (2.4.5, 3.2.6)`).toBeGreaterThan(0);
			}

			// 2.4.2: every page has a title of its own.
			for (const [title, paths] of titles) if (paths.length > 1) fail('2.4.2 page titles', paths[0]!, [`"${title}" is also the title of ${paths.slice(1).join(', ')}`]);

			const report = Object.entries(failures).map(([what, list]) => `${what}: ${list.length} problem(s)\n  ${list.slice(0, 12).join('\n  ')}`);
			expect(report, report.join('\n\n')).toEqual([]);
		});
	}
});

/** One page of every template, from the content-type registry and the Swedish pages' `template:`. */
function samplePages(): string[] {
	const paths = new Set<string>();
	for (const type of Object.values(contentTypes)) {
		const dir = join(root, 'content/sv', type.folder);
		let files: string[];
		try {
			files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
		} catch {
			continue;
		}
		const chosen = new Map<string, string>();
		for (const f of files) {
			const template = type.template ?? String(frontmatter(join(dir, f)).template ?? 'page');
			if (!chosen.has(template)) chosen.set(template, f.replace(/\.mdx$/, ''));
		}
		// The accessibility statement is the page with the evaluation table: always in the sample.
		if (type.folder === 'pages') chosen.set('statement', 'tillganglighet');
		for (const slug of chosen.values()) paths.add(slug === '404' ? '/404.html' : `/${type.prefix}${slug === 'index' ? '' : `${slug}/`}`);
	}
	// Pages made by tools rather than content: a finder answer and a printable poster.
	for (const pattern of [/^\/hitta-stod\/[^/]+\/[^/]+\/$/, /^\/affischer\/a4\/$/]) {
		const found = pages.find((p) => pattern.test(p));
		if (found) paths.add(found);
	}
	return [...paths];
}

/** What a keyboard user sees at the focused element, read right after each press of Tab. */
function inspectFocus(): null | { id: number; name: string; order: number; radio: string | null; url: string; marker: boolean; problems: string[] } {
	const el = document.activeElement;
	if (!el || el === document.body || el === document.documentElement) return null;
	const w = window as unknown as { __ids?: WeakMap<Element, number>; __next?: number; __reached?: Set<Element>; __marker?: boolean };
	w.__ids ??= new WeakMap();
	w.__reached ??= new Set();
	if (!w.__ids.has(el)) w.__ids.set(el, (w.__next = (w.__next ?? 0) + 1));
	w.__reached.add(el);
	const name = `<${el.tagName.toLowerCase()}> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
	const problems: string[] = [];

	// Focus visible (2.4.7), with an indicator of at least 3:1 against what surrounds it (1.4.11).
	const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
	const luminance = ([r, g, b]: number[]) => {
		const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
		return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
	};
	const contrast = (a: string, b: string) => {
		const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
		return (x! + 0.05) / (y! + 0.05);
	};
	const backgroundAround = (node: Element | null): string => {
		for (let n = node; n; n = n.parentElement) {
			const bg = getComputedStyle(n).backgroundColor;
			const alpha = rgb(bg)[3];
			if (bg !== 'transparent' && alpha !== 0) return bg;
		}
		return 'rgb(255, 255, 255)';
	};
	const s = getComputedStyle(el);
	if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) problems.push(`no visible focus outline (${s.outlineWidth} ${s.outlineStyle})`);
	else if (contrast(s.outlineColor, backgroundAround(el.parentElement)) < 3) problems.push(`focus outline ${s.outlineColor} is under 3:1 against ${backgroundAround(el.parentElement)}`);

	// Focus not obscured (2.4.11): every part of the element is in view and on top. Points on each line box.
	const positionedAncestor = (n: Element | null): Element | null => {
		for (let a = n; a; a = a.parentElement) if (['sticky', 'fixed'].includes(getComputedStyle(a).position)) return a;
		return null;
	};
	// The centre of each line box, and on a box of one line four points a quarter in from its corners
	// (not the very edges, where a glyph's overhang or a sub-pixel meets the neighbouring box).
	const rects = [...el.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1);
	const points = rects.map((r) => [r.left + r.width / 2, r.top + r.height / 2] as const);
	if (rects.length === 1) {
		const r = rects[0]!;
		const [x1, x2, y1, y2] = [r.left + r.width / 4, r.right - r.width / 4, r.top + r.height / 4, r.bottom - r.height / 4];
		points.push([x1, y1], [x2, y1], [x1, y2], [x2, y2]);
	}
	let inView = 0;
	for (const [x, y] of points) {
		if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
		inView++;
		const top = document.elementFromPoint(x, y);
		// The element itself, a part of it, or its own label or box around it: nothing covers it there.
		if (!top || top === el || el.contains(top) || top.contains(el)) continue;
		const over = positionedAncestor(top);
		problems.push(over ? `partly under the sticky <${over.tagName.toLowerCase()} class="${over.className}">` : `covered by <${top.tagName.toLowerCase()}> at ${Math.round(x)},${Math.round(y)}`);
		break;
	}
	if (!inView) problems.push('scrolled out of view');

	const all = document.getElementsByTagName('*');
	const order = Array.prototype.indexOf.call(all, el);
	const marker = w.__marker === true;
	w.__marker = true;
	return {
		id: w.__ids.get(el)!,
		name,
		order,
		radio: el.matches('input[type="radio"]') ? (el as HTMLInputElement).name : null,
		url: location.href,
		marker,
		problems: [...new Set(problems)],
	};
}

/** Controls a mouse user can use that the Tab walk did not reach (2.1.1). */
function unreached(): string[] {
	const reached = (window as unknown as { __reached?: Set<Element> }).__reached ?? new Set();
	const groups = new Set([...reached].filter((e) => e.matches('input[type="radio"]')).map((e) => (e as HTMLInputElement).name));
	return [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')]
		.filter((el) => el.checkVisibility({ visibilityProperty: true }) && !(el as HTMLButtonElement).disabled && !el.closest('[inert]'))
		.filter((el) => !reached.has(el) && !(el.matches('input[type="radio"]') && groups.has((el as HTMLInputElement).name)))
		.map((el) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`);
}

/**
 * Target size (2.5.8): every target outside running text is at least 24 × 24 CSS px, or a 24 px circle
 * on its centre touches no other target and no other small target's circle. A radio button's target is
 * its label, which the visitor can tap.
 */
function smallTargets(): string[] {
	const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
	const targetOf = (el: Element) => (el.matches('input') && el.closest('label')) || el;
	const isTarget = (n: Node) => n instanceof Element && !!n.closest('a[href], button, label, summary, input, select, textarea');
	/** A target inside a sentence: inline, in a block that has text of its own besides targets. */
	const inSentence = (t: Element) => {
		if (getComputedStyle(t).display !== 'inline') return false;
		let block = t.parentElement!;
		while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
		const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\p{L}/u.test(n.nodeValue ?? '') && !isTarget(n.parentElement!)) return true;
		return false;
	};
	const targets = [...new Set([...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')].filter(visible).map(targetOf))]
		.map((el) => {
			const r = el.getBoundingClientRect();
			return { el, r, cx: r.left + r.width / 2, cy: r.top + r.height / 2 };
		})
		// Skip links wait above the page until focused: nothing to tap there.
		.filter(({ r }) => r.width > 0 && r.height > 0 && r.bottom + scrollY > 0);
	const small = targets.filter((t) => (t.r.width < 23.99 || t.r.height < 23.99) && !inSentence(t.el));
	const problems: string[] = [];
	for (const a of small) {
		const touches = targets.find((b) => {
			if (b === a) return false;
			const dx = Math.max(b.r.left - a.cx, 0, a.cx - b.r.right);
			const dy = Math.max(b.r.top - a.cy, 0, a.cy - b.r.bottom);
			return Math.hypot(dx, dy) < 12 || (small.includes(b) && Math.hypot(b.cx - a.cx, b.cy - a.cy) < 24);
		});
		if (touches) {
			const name = (e: Element) => `<${e.tagName.toLowerCase()}> "${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
			problems.push(`${name(a.el)} is ${Math.round(a.r.width)}×${Math.round(a.r.height)} px and too close to ${name(touches.el)}`);
		}
	}
	return problems;
}

/**
 * Non-text contrast (1.4.11): a field or button whose shape is drawn (a border, or a fill of its own)
 * stands out from what is around it at 3:1 at least. Radio buttons keep the browser's own drawing, which
 * the criterion exempts; a plain text link has no drawn shape (its text contrast is 1.4.3's).
 */
function weakBoundaries(): string[] {
	const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
	const luminance = ([r, g, b]: number[]) => {
		const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
		return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
	};
	const contrast = (a: string, b: string) => {
		const [x, y] = [luminance(rgba(a)), luminance(rgba(b))].sort((p, q) => q - p);
		return (x! + 0.05) / (y! + 0.05);
	};
	const opaque = (c: string) => c !== 'transparent' && (rgba(c)[3] ?? 1) > 0;
	const around = (el: Element) => {
		for (let n = el.parentElement; n; n = n.parentElement) {
			const bg = getComputedStyle(n).backgroundColor;
			if (opaque(bg)) return bg;
		}
		return 'rgb(255, 255, 255)';
	};
	const problems: string[] = [];
	for (const el of document.querySelectorAll('a[href], button, input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]), select, textarea')) {
		const r = el.getBoundingClientRect();
		if (!el.checkVisibility({ visibilityProperty: true }) || r.bottom + scrollY <= 0) continue;
		const s = getComputedStyle(el);
		const bg = around(el);
		const edges: number[] = [];
		if (parseFloat(s.borderTopWidth) > 0 && s.borderTopStyle !== 'none' && opaque(s.borderTopColor)) edges.push(contrast(s.borderTopColor, bg));
		if (opaque(s.backgroundColor)) edges.push(contrast(s.backgroundColor, bg));
		if (edges.length && Math.max(...edges) < 3) problems.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 30)}": its edge is ${Math.max(...edges).toFixed(2)}:1 against ${bg}`);
	}
	return problems;
}

/** Walks the focus through the page with Tab or Shift+Tab and returns what it met. */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', limit: number, startId?: number) {
	const steps: NonNullable<ReturnType<typeof inspectFocus>>[] = [];
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(key);
		const step = await page.evaluate(inspectFocus);
		if (!step || step.id === startId || steps.some((s) => s.id === step.id)) return { steps, ended: true };
		steps.push(step);
	}
	return { steps, ended: false };
}

test.describe('sample pages', () => {
	const sample = samplePages();
	// Each page in another locale, and with more locales than templates, templates again until every locale is visited.
	const visits = Array.from({ length: Math.max(sample.length, locales.length) }, (_, i) => ({ path: sample[i % sample.length]!, locale: locales[i % locales.length]! }));
	test('the sample covers every template and every locale', () => {
		expect(sample.length).toBeGreaterThanOrEqual(10);
		expect(new Set(visits.map((v) => v.path)).size).toBe(sample.length);
		expect(new Set(visits.map((v) => v.locale.code)).size).toBe(locales.length);
	});
	visits.forEach(({ path, locale }, i) => {
		// Phones and desktops take turns, so both meet every kind of page nearby.
		const viewport = i % 2 ? DESKTOP : PHONE;
		const url = path.endsWith('.html') ? `${locale.prefix ? `/${locale.prefix}` : ''}${path}` : localizedPath(path, locale.code);
		test(`${url} at ${viewport.width} px: focus visible and not under the exit bar with Tab and Shift+Tab, every control reached in order, no change on focus, targets of 24 px, edges of controls at 3:1`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize(viewport);
			await page.goto(url);
			const problems: string[] = [];
			const forward = await walk(page, 'Tab', 400);
			expect(forward.ended, 'Tab leaves the page after its last control: no keyboard trap (2.1.2)').toBe(true);
			expect(forward.steps.length).toBeGreaterThan(5);
			for (const s of forward.steps) for (const p of s.problems) problems.push(`Tab → ${s.name}: ${p}`);
			for (const p of await page.evaluate(unreached)) problems.push(`2.1.1 not reachable with Tab: ${p}`);
			// 2.4.3: focus follows the order of the page, which is its reading order.
			forward.steps.slice(1).forEach((s, j) => {
				if (s.order < forward.steps[j]!.order) problems.push(`2.4.3 ${s.name} comes before ${forward.steps[j]!.name} in the page but after it with Tab`);
			});

			// Backwards from the last control: the same controls in reverse, each visible and not under the bar.
			await page.evaluate(() => {
				const w = window as unknown as { __reached?: Set<Element> };
				const last = [...(w.__reached ?? [])].at(-1) as HTMLElement | undefined;
				window.scrollTo(0, document.documentElement.scrollHeight);
				last?.focus();
			});
			const backward = await walk(page, 'Shift+Tab', forward.steps.length + 5, forward.steps.at(-1)!.id);
			for (const s of backward.steps) for (const p of s.problems) problems.push(`Shift+Tab → ${s.name}: ${p}`);
			expect(backward.steps.map((s) => `${s.id} ${s.name}`), 'Shift+Tab meets the same controls in reverse').toEqual(forward.steps.map((s) => `${s.id} ${s.name}`).reverse().slice(1));

			// 3.2.1: focusing a control changed neither the page nor the address.
			for (const s of [...forward.steps, ...backward.steps]) {
				if (s.url !== new URL(url, page.url()).href || (!s.marker && s !== forward.steps[0])) problems.push(`3.2.1 focusing ${s.name} changed the page`);
			}

			await page.evaluate(() => window.scrollTo(0, 0));
			for (const p of await page.evaluate(smallTargets)) problems.push(`2.5.8 ${p}`);
			for (const p of await page.evaluate(weakBoundaries)) problems.push(`1.4.11 ${p}`);
			expect(problems, problems.join('\n')).toEqual([]);
		});
	});
});

test.describe('settings and devices', () => {
	test.describe.configure({ timeout: 90_000 });
	test('forced colours: the exit and the search link keep a visible boundary, and focus stays visible', async ({ page }) => {
		await page.emulateMedia({ forcedColors: 'active' });
		for (const path of ['/', '/ar/stod/relationsvaldscentrum/']) {
			await page.goto(path);
			expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
			for (const selector of ['.quick-exit__button', '.site-header__search']) {
				const edge = await page.locator(selector).evaluate((el) => {
					const s = getComputedStyle(el);
					let bg = 'rgb(255, 255, 255)';
					for (let n = el.parentElement; n; n = n.parentElement) {
						const c = getComputedStyle(n).backgroundColor;
						if (c !== 'transparent' && !c.startsWith('rgba(0, 0, 0, 0)') && !/,\s*0\)$/.test(c)) {
							bg = c;
							break;
						}
					}
					return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle, color: s.borderTopColor, around: bg, sides: [s.borderTopStyle, s.borderRightStyle, s.borderBottomStyle, s.borderLeftStyle] };
				});
				expect(edge.width, `${path} ${selector}: a border in forced colours`).toBeGreaterThanOrEqual(1);
				expect(edge.sides, `${path} ${selector}: a border on every side`).not.toContain('none');
				expect(edge.color, `${path} ${selector}: the border differs from the background around it`).not.toBe(edge.around);
			}
			// Box shadows vanish in forced colours; the outline is what shows the focus.
			await page.keyboard.press('Tab');
			const outline = await page.evaluate(() => {
				const s = getComputedStyle(document.activeElement!);
				return `${s.outlineStyle} ${parseFloat(s.outlineWidth)}`;
			});
			expect(outline, `${path}: the focused exit link has an outline in forced colours`).toMatch(/^(solid|auto|double|dashed|dotted) [2-9]/);
		}
	});

	test('reduced motion: nothing animates or moves, after searching and using the exit keys too', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const path of ['/', '/fa/sok/', '/stod/kast/']) {
			await page.goto(path);
			if (path.endsWith('/sok/')) {
				await page.locator('[data-search-input]').fill('RVC');
				await expect(page.locator('[data-search]')).toHaveAttribute('data-search-done', 'RVC');
			}
			await page.keyboard.press('Shift');
			const moving = await page.evaluate(() => {
				const out: string[] = [];
				if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('smooth scrolling');
				for (const a of document.getAnimations()) out.push(`animation ${(a as CSSAnimation).animationName ?? a.id}`);
				for (const el of document.querySelectorAll('*')) {
					for (const pseudo of [null, '::before', '::after']) {
						const s = getComputedStyle(el, pseudo);
						const long = (v: string) => v.split(',').some((d) => parseFloat(d) > 0);
						if (long(s.transitionDuration) && s.transitionProperty !== 'none') out.push(`<${el.tagName.toLowerCase()}${pseudo ?? ''}> transitions ${s.transitionProperty}`);
						if (s.animationName !== 'none' && long(s.animationDuration)) out.push(`<${el.tagName.toLowerCase()}${pseudo ?? ''}> animates ${s.animationName}`);
					}
				}
				return out;
			});
			expect(moving, path).toEqual([]);
		}
	});

	test('portrait and landscape on a phone show the same page, with nothing lost', async ({ browser }) => {
		const phone = { isMobile: true, hasTouch: true };
		const portrait = await (await browser.newContext({ ...phone, viewport: { width: 390, height: 844 } })).newPage();
		const landscape = await (await browser.newContext({ ...phone, viewport: { width: 844, height: 390 } })).newPage();
		for (const path of ['/', '/ar/stod/', '/ti/hitta-stod/', '/fi/tillganglighet/']) {
			const seen = [];
			for (const page of [portrait, landscape]) {
				await page.goto(path);
				seen.push(
					await page.evaluate(() => {
						const exit = document.querySelector('.quick-exit__button')!.getBoundingClientRect();
						const main = document.querySelector('main')!.getBoundingClientRect();
						return {
							// The content, and every control with its name (a hint for keyboards may be left out on narrow screens).
							text: `${document.querySelector('main')!.innerText}\n${[...document.querySelectorAll('a[href], button, input, select, textarea')].filter((e) => e.checkVisibility()).map((e) => e.getAttribute('aria-label') ?? e.textContent?.trim()).join('\n')}`,
							scroll: document.documentElement.scrollWidth > document.documentElement.clientWidth,
							exit: exit.height >= 24 && exit.top >= 0 && exit.bottom <= innerHeight && exit.left >= 0 && exit.right <= innerWidth,
							main: main.width > 200 && main.height > 100,
						};
					}),
				);
			}
			const [p, l] = seen as [(typeof seen)[0], (typeof seen)[0]];
			expect(l.text, `${path}: landscape shows what portrait shows`).toBe(p.text);
			for (const [name, o] of [['portrait', p], ['landscape', l]] as const) {
				expect(o.scroll, `${path} ${name}: no sideways scrolling`).toBe(false);
				expect(o.exit, `${path} ${name}: the exit is in view`).toBe(true);
				expect(o.main, `${path} ${name}: the content has room`).toBe(true);
			}
		}
		await portrait.context().close();
		await landscape.context().close();
	});

	test('no single-key shortcuts: typing letters, digits and symbols on a page changes nothing', async ({ page }) => {
		await page.route(`${NEUTRAL_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }));
		for (const path of ['/', '/en/stod/kast/']) {
			await page.goto(path);
			await page.locator('h1').click();
			const before = await page.evaluate(() => ({ url: location.href, y: scrollY, focus: document.activeElement?.tagName }));
			// Space is left out: it scrolls the page in every browser, which is the browser's key, not the site's.
			await page.keyboard.type('abcdefghijklmnopqrstuvwxyzåäö0123456789?!/.,-+*#&%');
			const after = await page.evaluate(() => ({ url: location.href, y: scrollY, focus: document.activeElement?.tagName }));
			expect(after, path).toEqual(before);
		}
	});

	test('pointer cancellation: pressing the exit and sliding off before letting go does not leave', async ({ page }) => {
		let left = false;
		await page.route(`${NEUTRAL_URL}**`, (route) => {
			left = true;
			return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' });
		});
		await page.goto('/stod/kast/');
		const box = (await page.locator('.quick-exit__button').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200, { steps: 5 });
		await page.mouse.up();
		await page.waitForTimeout(300);
		expect(left).toBe(false);
		await expect(page.locator('html')).not.toHaveClass(/quick-exit-active/);
		expect(new URL(page.url()).pathname).toBe('/stod/kast/');
		// And the same exit, pressed and released on it, does leave: the check above can fail.
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.up();
		await expect.poll(() => left).toBe(true);
	});

	test('on input: searching, choosing a filter and answering the finder move neither the page nor the focus, and the result is announced as a status', async ({ page }) => {
		await page.goto('/so/sok/');
		const input = page.locator('[data-search-input]');
		await input.fill('RVC');
		await expect(page.locator('[data-search]')).toHaveAttribute('data-search-done', 'RVC');
		await expect(input).toBeFocused();
		const status = page.locator('[data-search-status]');
		await expect(status).toHaveAttribute('role', 'status');
		await expect(status).toHaveText(/\d/);
		const radio = page.locator('input[name="type"]').nth(1);
		await radio.focus();
		await page.keyboard.press('Space');
		await expect(radio).toBeChecked();
		await expect(radio).toBeFocused();
		expect(new URL(page.url()).pathname).toBe('/so/sok/');
		expect(new URL(page.url()).search).toBe('');

		await page.goto('/ar/hitta-stod/');
		const count = page.locator('[data-finder-count]');
		await expect(count).toHaveAttribute('role', 'status');
		const group = page.locator('input[name="group"]').first();
		await group.focus();
		await page.keyboard.press('Space');
		await expect(group).toBeChecked();
		await expect(group).toBeFocused();
		await expect(count).toHaveText(/[\d٠-٩]/);
		expect(new URL(page.url()).pathname).toBe('/ar/hitta-stod/');
		expect(new URL(page.url()).search).toBe('');
	});
});

/**
 * Each in-page check, given markup with exactly the fault it looks for, finds it: none of the tests above
 * can pass because its check has gone blind.
 */
test.describe('the checks themselves', () => {
	test('each check finds the fault it looks for', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 400 });
		await page.setContent(`<!doctype html><html lang="sv"><body style="margin:0;font:16px sans-serif">
			<div style="position:sticky;top:0;height:60px;background:#eee" id="bar">bar</div>
			<h1>Rubrik</h1><h3>Hoppar över en nivå</h3>
			<p style="font-size:40px">Tillgänglighetsredogörelsehandläggning</p>
			<p>Info and Relationships of the page</p>
			<p lang="ar">هذا نص Non-text and Video-only</p>
			<a href="#a" aria-label="Stäng">Lämna sidan</a>
			<nav><a href="#1" style="display:inline-block;width:12px;height:12px">1</a><a href="#2" style="display:inline-block;width:12px;height:12px">2</a></nav>
			<button style="background:transparent;border:2px solid #ddd">Sök</button>
			<div style="height:2000px"></div><a href="#late" id="late">Längre ner</a><div style="height:1000px"></div>
			</body></html>`);
		expect((await page.evaluate(lostContentWith, { css: null, check: null } as LostArgs))!.join('\n')).toMatch(/scrolls sideways .*Tillgänglighetsredogörelse/);
		const seen = await page.evaluate(readPage);
		expect((await page.evaluate(headingProblems, { markupOnly: false })).join('\n')).toMatch(/<h3> .* follows <h1>/);
		expect(seen.labelInName.join('\n')).toContain('"lämna sidan" is not in its name "stäng"');
		const parts = (await page.evaluate(languageOfParts, { properNames, markupOnly: false })).join('\n');
		expect(parts).toMatch(/looks like en: "Info and Relationships/);
		expect(parts).toMatch(/en phrase "non-text and video-only"/i);
		expect((await page.evaluate(smallTargets)).join('\n')).toMatch(/12×12 px and too close/);
		expect((await page.evaluate(weakBoundaries)).join('\n')).toMatch(/<button> "Sök": its edge is 1\.\d+:1/);
		// A link scrolled under the sticky bar, focused without scrolling: the focus check sees it hidden.
		await page.evaluate(() => {
			const late = document.getElementById('late')!;
			window.scrollTo(0, late.getBoundingClientRect().top + scrollY - 20);
			late.focus({ preventScroll: true });
		});
		expect((await page.evaluate(inspectFocus))!.problems.join('\n')).toMatch(/under the sticky <div/);
	});
});
