/**
 * What every built page must carry, read from the files in `dist/` (no browser needed): the
 * Content-Security-Policy and no-referrer policy with no inline script or style, its locale's lang and
 * dir with a language switcher to the same page, and the quick exit as the first link.
 */
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, NEUTRAL_URL } from '../../src/config.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';
import { builtHtml, builtPages } from '../e2e/site.ts';

const pages = builtPages();

test('every page carries the Content-Security-Policy and the no-referrer policy, with no inline script or style', () => {
	expect(pages.length).toBeGreaterThan(locales.length);
	for (const path of pages) {
		const html = builtHtml(path);
		expect(html, path).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
		expect(html, path).toContain('<meta name="referrer" content="no-referrer">');
		expect(html, path).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>/);
		expect(html, path).not.toMatch(/<style\b/);
		expect(html, path).not.toMatch(/\sstyle="/);
		expect(html, path).not.toMatch(/<iframe\b/);
	}
	expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
	expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
	expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
	expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
	expect(CONTENT_SECURITY_POLICY).toContain("form-action 'self'");
});

test.describe('every built page', () => {
	test('has the lang and dir of its locale, and a language switcher to the same page in every locale', () => {
		expect(pages.length).toBeGreaterThan(locales.length);
		for (const path of pages) {
			const html = builtHtml(path);
			const prefix = path.split('/')[1];
			const locale = locales.find((l) => l.prefix && l.prefix === prefix) ?? locales[0];
			expect(html, path).toContain(`<html lang="${locale.lang}" dir="${locale.dir}">`);
			const switcher = html.match(/<nav class="language-switcher"[\s\S]*?<\/nav>/)?.[0] ?? '';
			const hrefs = [...switcher.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
			const target = path.endsWith('404.html') ? localizedPath('/', locale.code) : path;
			expect(hrefs, path).toEqual(locales.map((l) => localizedPath(target, l.code)));
		}
	});
});


test('every built page has the exit link with the neutral address and noreferrer, and the skip-style exit first', () => {
	for (const path of pages) {
		const html = builtHtml(path);
		const body = html.slice(html.indexOf('<body'));
		const firstLink = body.match(/<(a|button|input|select|textarea)\b[^>]*>/)?.[0] ?? '';
		expect(firstLink, path).toMatch(/class="[^"]*\bquick-exit__skip\b/);
		expect(firstLink, path).toContain(`href="${NEUTRAL_URL}"`);
		const button = body.match(/<a class="quick-exit__button"[^>]*>/)?.[0] ?? '';
		expect(button, path).toContain(`href="${NEUTRAL_URL}"`);
		expect(button, path).toMatch(/rel="[^"]*\bnoreferrer\b/);
		expect(button, path).toMatch(/rel="[^"]*\bnofollow\b/);
	}
});


test('no page shows an interface string\'s key or "undefined" instead of text', () => {
	const keys = /(?<![\w-])(?:reach|service|taxonomy|finder|search|exit|nav|poster|questions|phone|language|translation)\.[a-z][A-Za-z]*(?:\.[A-Za-z]+)*\b/;
	for (const path of pages) {
		// Visible text only: tags, attributes of scripts' JSON and comments removed.
		const text = builtHtml(path)
			.replace(/<script[\s\S]*?<\/script>/g, '')
			.replace(/<[^>]+>/g, ' ')
			// The accessibility statement names its test files (search.spec.ts), which are not keys.
			.replace(/\S+\.ts\b/g, ' ');
		expect(text, path).not.toMatch(/\bundefined\b/);
		expect(text, path).not.toMatch(keys);
	}
});

test('on pages in other languages, the Swedish name heading each service card is marked lang="sv" and isolated', () => {
	let checked = 0;
	for (const locale of locales.filter((l) => !l.lang.startsWith('sv'))) {
		for (const path of pages.filter((p) => p.startsWith(`/${locale.prefix}/`))) {
			for (const [card] of builtHtml(path).matchAll(/<article class="card service-card"[\s\S]*?<\/h[234]>/g)) {
				checked++;
				expect(card, path).toMatch(/<a href="[^"]+" lang="sv"[^>]*><bdi[^>]*>[^<]+<\/bdi><\/a>/);
			}
		}
	}
	expect(checked).toBeGreaterThan(1000);
});

test('on pages in other languages, Swedish terms and service names in the text are marked lang="sv" (3.1.2)', async () => {
	const { swedishTerms, termPattern } = await import('../../src/integrations/swedishTerms.ts');
	const pattern = termPattern(swedishTerms());
	const unmarked: string[] = [];
	let marked = 0;
	for (const path of pages) {
		const locale = locales.find((l) => l.prefix && path.startsWith(`/${l.prefix}/`));
		if (!locale || locale.lang.startsWith('sv')) continue;
		const html = builtHtml(path);
		const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		// Fallback pages show the Swedish text itself, marked as a whole.
		if (html.includes('data-translation-state="fallback"')) continue;
		marked += (main.match(/<bdi lang="sv">/g) ?? []).length;
		const text = main
			// What is already in Swedish: marked terms, service links and anything else with lang="sv".
			.replace(/<([a-z0-9]+)\b[^>]*\blang="sv(?:-[^"]*)?"[^>]*>[\s\S]*?<\/\1>/g, ' ')
			.replace(/<(script|style|code)\b[\s\S]*?<\/\1>/g, ' ')
			// Hidden words for the search index are never shown or read.
			.replace(/<(div|span|p)\b[^>]*\shidden\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
			.replace(/<[^>]+>/g, ' ')
			.replace(/&nbsp;/g, ' ')
			// Web addresses (bris.se) are names, not words of a language.
			.replace(/\S+\.[a-z]{2,}\S*/gi, ' ');
		for (const m of text.matchAll(pattern)) unmarked.push(`${path}: "${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10).replace(/\s+/g, ' ')}"`);
	}
	expect(marked).toBeGreaterThan(100);
	expect(unmarked, `Swedish terms not marked lang="sv" (mark them where they are rendered: MarkedText, or the content's Markdown):\n${unmarked.slice(0, 30).join('\n')}`).toEqual([]);
});
