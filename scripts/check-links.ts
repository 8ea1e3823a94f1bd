/**
 * Links: every internal link, asset and fragment in the built site must resolve. Read from the files in
 * `dist/` (a link resolves when the file it names exists, and a `#fragment` when that page has an element
 * with that id), so it takes seconds for thousands of pages; a crawler over HTTP took minutes. External
 * links are never fetched (the site must not depend on them, and these machines have no internet); they
 * are listed in reports/external-links.txt for an editor to check by hand. Run after `npm run build`.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { builtPages, DIST } from '../tests/e2e/site.ts';

/** The site's own published address (canonical and alternate links): not external, and not fetchable here. */
const site = (process.env.SITE_URL ?? 'https://vartkanjagvandamig.stockholm').replace(/\/$/, '');
const BASE = 'http://site.invalid';

/** The file a path of the site is served from, or null: `/en/` → en/index.html, `/en/404.html` → itself. */
function fileOf(pathname: string): string | null {
	const path = decodeURIComponent(pathname);
	const direct = join(DIST, path);
	if (existsSync(direct) && statSync(direct).isFile()) return direct;
	const index = join(DIST, path, 'index.html');
	return existsSync(index) ? index : null;
}

const ids = new Map<string, Set<string>>();
/** The ids (and `<a name>`s) of a built page, read once. */
function idsOf(file: string): Set<string> {
	let set = ids.get(file);
	if (!set) {
		const { document } = parseHTML(readFileSync(file, 'utf8'));
		set = new Set([...document.querySelectorAll('[id], a[name]')].map((el) => el.getAttribute('id') ?? el.getAttribute('name') ?? ''));
		ids.set(file, set);
	}
	return set;
}

const broken: string[] = [];
const external = new Map<string, Set<string>>();
let checked = 0;
const pages = builtPages();
for (const page of pages) {
	const file = fileOf(page)!;
	const { document } = parseHTML(readFileSync(file, 'utf8'));
	const pageIds = idsOf(file);
	for (const el of document.querySelectorAll('a[href], link[href], script[src], img[src], source[src], use[href]')) {
		const raw = (el.getAttribute('href') ?? el.getAttribute('src') ?? '').trim();
		if (!raw || /^(tel|mailto|sms|data|javascript):/i.test(raw)) continue;
		if (raw.startsWith(`${site}/`) || raw === site) continue;
		if (/^https?:\/\//i.test(raw)) {
			if (!external.has(raw)) external.set(raw, new Set());
			external.get(raw)!.add(page);
			continue;
		}
		const url = new URL(raw, `${BASE}${page}`);
		checked++;
		if (url.pathname === new URL(page, BASE).pathname) {
			if (url.hash && !pageIds.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${raw}: no element with id "${url.hash.slice(1)}"\n  on ${page}`);
			continue;
		}
		const target = fileOf(url.pathname);
		if (!target) broken.push(`${raw}: no such page or file in dist/\n  on ${page}`);
		else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${raw}: ${url.pathname} has no element with id "${url.hash.slice(1)}"\n  on ${page}`);
	}
}

mkdirSync('reports', { recursive: true });
writeFileSync(
	'reports/external-links.txt',
	[...external]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([url, from]) => `${url}\n  linked from ${from.size} page(s), e.g. ${[...from].slice(0, 3).join(', ')}`)
		.join('\n') + '\n',
);
if (broken.length) {
	for (const b of broken.slice(0, 50)) console.error(`BROKEN ${b}`);
	console.error(`\nLinks: ${broken.length} broken of ${checked} internal links on ${pages.length} pages.`);
	process.exit(1);
}
console.log(`Links: ${checked} internal links, assets and fragments on ${pages.length} pages resolve. ${external.size} external links listed, not fetched, in reports/external-links.txt.`);
