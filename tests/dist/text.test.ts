/**
 * What depends on each page's own text, checked on every built page of every locale from the files in
 * `dist/`, without a browser (the browser crawls visit one page of each kind per locale): the language of
 * parts (3.1.2), headings (1.3.1, 2.4.6) and a title of its own (2.4.2). Parsed with linkedom; what is a
 * block and what is hidden is read from the markup (tags, `hidden`, `aria-hidden`), not from CSS.
 */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { localeFromPath, locales } from '../../src/i18n/locales.ts';
import { builtHtml, builtPages } from '../e2e/site.ts';
import { headingProblems } from '../lib/headings.ts';
import { languageOfParts, properNames } from '../lib/language-of-parts.ts';

const pages = builtPages();

test(`every page of every locale: the language of its parts, its headings and a title of its own (${pages.length} pages)`, { timeout: 300_000 }, () => {
	expect(pages.length).toBeGreaterThan(locales.length * 8);
	const failures: Record<string, string[]> = {};
	const fail = (what: string, path: string, list: string[]) => {
		if (list.length) (failures[what] ??= []).push(...list.map((l) => `${path}: ${l}`));
	};
	const titles = new Map<string, string[]>();
	for (const path of pages) {
		const { document } = parseHTML(builtHtml(path));
		fail('3.1.2 language of parts', path, languageOfParts({ properNames, markupOnly: true }, document as unknown as Document));
		fail('1.3.1/2.4.6 headings', path, headingProblems({ markupOnly: true }, document as unknown as Document));
		if (!path.endsWith('404.html')) {
			const key = `${localeFromPath(path)} ${document.title}`;
			titles.set(key, [...(titles.get(key) ?? []), path]);
		}
	}
	for (const [title, paths] of titles) if (paths.length > 1) fail('2.4.2 page titles', paths[0]!, [`"${title}" is also the title of ${paths.slice(1).join(', ')}`]);
	const report = Object.entries(failures).map(([what, list]) => `${what}: ${list.length} problem(s)\n  ${list.slice(0, 12).join('\n  ')}`);
	expect(report, report.join('\n\n')).toEqual([]);
});

test('the checks themselves find the faults they look for, in a file as in the browser', () => {
	const { document } = parseHTML(`<!doctype html><html lang="sv"><head><title>x</title></head><body>
		<h1>Rubrik</h1><h3>Hoppar över en nivå</h3>
		<p>Info and Relationships of the page</p>
		<p lang="ar">هذا نص Non-text and Video-only</p>
		<p>Ring <span>KAST</span> om du vill prata med någon</p>
		<p>کوردی</p><p lang="ckb">کوردی</p><p>ייִדיש</p>
		<p hidden>The hidden words of the keyword list</p>
		</body></html>`);
	const parts = languageOfParts({ properNames, markupOnly: true }, document as unknown as Document).join('\n');
	expect(parts).toMatch(/looks like en: "Info and Relationships/);
	expect(parts).toMatch(/en phrase "non-text and video-only"/i);
	expect(parts).toMatch(/Arabic script in "کوردی" \(lang="sv"\)/);
	expect(parts).not.toMatch(/lang="ckb"/);
	expect(parts).toMatch(/Hebrew script in "ייִדיש"/);
	expect(parts).not.toMatch(/hidden words/);
	expect(parts).not.toMatch(/KAST/);
	expect(headingProblems({ markupOnly: true }, document as unknown as Document).join('\n')).toMatch(/<h3> .* follows <h1>/);
});
