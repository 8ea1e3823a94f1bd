/**
 * Headings (WCAG 1.3.1, 2.4.6): one `<h1>`, none empty, no level skipped on the way down. Self-contained,
 * like `languageOfParts`, so it runs in Chromium through `page.evaluate` (what CSS shows) and in Node on
 * every built file with linkedom (what the markup does not hide).
 */
export function headingProblems(args: { markupOnly: boolean }, doc: Document = document): string[] {
	const text = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ');
	const shown = (el: Element) => (args.markupOnly ? !el.closest('[hidden], [aria-hidden="true"], template') : el.checkVisibility({ visibilityProperty: true }));
	const hs = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(shown);
	const problems: string[] = [];
	const h1s = hs.filter((h) => h.tagName === 'H1').length;
	if (h1s !== 1) problems.push(`${h1s} <h1> elements`);
	hs.reduce((prev, h) => {
		const level = Number(h.tagName[1]);
		if (level > prev + 1) problems.push(`<h${level}> "${text(h).slice(0, 40)}" follows <h${prev}>`);
		return level;
	}, 1);
	for (const h of hs) if (!text(h)) problems.push(`empty <${h.tagName.toLowerCase()}>`);
	return problems;
}
