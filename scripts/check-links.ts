/**
 * Links: every internal link and fragment in the built site must resolve. External links are never
 * fetched (the site must not depend on them, and these machines have no internet); they are listed in
 * reports/external-links.txt for an editor to check by hand. Run after `npm run build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { LinkChecker, LinkState } from 'linkinator';
import { locales } from '../src/i18n/locales.ts';

const external = new Map<string, Set<string>>();
const checker = new LinkChecker();
const result = await checker.check({
	// The start page, from which every linked page is reached, and each locale's 404 page, which no page
	// links to but which visitors land on.
	serverRoot: 'dist',
	path: ['.', ...locales.map((l) => (l.prefix ? `${l.prefix}/404.html` : '404.html'))],
	recurse: true,
	checkFragments: true,
	concurrency: 8,
	// Linkinator's own local server now and then drops a connection under load (status 0): ask again.
	retryErrors: true,
	retryErrorsCount: 3,
	retryErrorsJitter: 100,
	linksToSkip: async (link: string) => {
		const url = new URL(link);
		if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return false;
		return true;
	},
});
/** The site's own published address (canonical and alternate links): not external, and not fetchable here. */
const site = (process.env.SITE_URL ?? 'https://vartkanjagvandamig.stockholm').replace(/\/$/, '');
for (const link of result.links) {
	if (link.state === LinkState.SKIPPED && !link.url.startsWith(`${site}/`)) {
		if (!external.has(link.url)) external.set(link.url, new Set());
		if (link.parent) external.get(link.url)!.add(link.parent.replace(/^https?:\/\/[^/]+/, ""));
	}
}
const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
mkdirSync('reports', { recursive: true });
writeFileSync(
	'reports/external-links.txt',
	[...external]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([url, from]) => `${url}\n  linked from ${from.size} page(s), e.g. ${[...from].slice(0, 3).join(', ')}`)
		.join('\n') + '\n',
);
const checked = result.links.filter((l) => l.state === LinkState.OK).length;
if (broken.length) {
	for (const l of broken) console.error(`BROKEN ${l.status ?? ''} ${l.url}\n  on ${l.parent ?? '?'}`);
	console.error(`\nLinks: ${broken.length} broken of ${checked + broken.length} internal links.`);
	process.exit(1);
}
console.log(`Links: ${checked} internal links and fragments resolve. ${external.size} external links listed, not fetched, in reports/external-links.txt.`);
