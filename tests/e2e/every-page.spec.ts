/**
 * The pages `sampledPages` (site.ts) chooses, every Swedish page and every kind of page in several
 * locales, visited in Chromium with the Content-Security-Policy in force: no request leaves the
 * origin, nothing breaks the policy, axe finds no WCAG 2.2 A/AA violation, and after browsing (with a
 * search and the finder) nothing is stored on the device (`docs/quick-exit.md` §12–15).
 */
import { createRequire } from 'node:module';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { localeFromPath, locales } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';
import { builtPages, EVERY_KIND, FULL, kindOf, sampledPages } from './site.ts';

const allPages = builtPages();
const pages = sampledPages(allPages);
/** axe-core, injected into every document before it loads (twice as fast as injecting it after). */
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Everything the device could keep after a visit. */
async function storedState(page: Page) {
	return page.evaluate(async () => ({
		cookies: document.cookie,
		localStorage: localStorage.length,
		sessionStorage: sessionStorage.length,
		indexedDB: (await indexedDB.databases()).length,
		caches: (await caches.keys()).length,
		serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
	}));
}

/**
 * The crawl, in chunks of about 30 pages so that it spreads over every worker and grows linearly with
 * the number of pages (more locales mean more chunks, not longer ones).
 */
const CHUNK = 30;
const chunks = Array.from({ length: Math.ceil(pages.length / CHUNK) }, (_, i) => pages.slice(i * CHUNK, (i + 1) * CHUNK));

/** Watches a browser context for requests to other origins, policy violations and script errors. */
async function watch(page: Page, context: BrowserContext, baseURL: string) {
	const own = new URL(baseURL).origin;
	const seen = { foreign: [] as string[], violations: [] as string[], errors: [] as string[] };
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).origin === own) return route.continue();
		seen.foreign.push(url);
		return route.abort();
	});
	await context.exposeFunction('reportViolation', (v: string) => seen.violations.push(v));
	await context.addInitScript(() => {
		document.addEventListener("securitypolicyviolation", (e) => (window as any).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
	});
	page.on('pageerror', (e) => seen.errors.push(e.message));
	return seen;
}

/** What must hold after any visit: nothing sent elsewhere, no policy broken, no error, nothing stored. */
async function expectClean(page: Page, context: BrowserContext, seen: Awaited<ReturnType<typeof watch>>) {
	expect(seen.foreign).toEqual([]);
	expect(seen.violations).toEqual([]);
	expect(seen.errors).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	expect(await storedState(page)).toEqual({ cookies: '', localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 });
}

test('the crawl covers every page of Swedish, every kind in English and Arabic, and every kind in several other locales', () => {
	expect(chunks.flat()).toEqual(pages);
	const inLocale = (list: string[], code: string) => list.filter((p) => localeFromPath(p) === code);
	for (const code of FULL) expect(inLocale(pages, code)).toEqual(inLocale(allPages, code));
	const kinds = (list: string[]) => new Set(list.map((p) => kindOf(p).split(' ')[1]));
	for (const code of EVERY_KIND) expect(kinds(inLocale(pages, code))).toEqual(kinds(inLocale(allPages, code)));
	const others = locales.filter((l) => !FULL.has(l.code) && !EVERY_KIND.has(l.code));
	for (const kind of kinds(allPages)) {
		const visited = others.filter((l) => kinds(inLocale(pages, l.code)).has(kind));
		expect(visited.length, `${kind}: visited in ${visited.map((l) => l.code).join(', ')}`).toBeGreaterThanOrEqual(Math.floor(others.length / 3));
	}
	for (const l of others) expect(inLocale(pages, l.code).length, l.code).toBeGreaterThanOrEqual(5);
});

for (const [i, chunk] of chunks.entries()) {
	test(`pages ${i * CHUNK + 1}–${i * CHUNK + chunk.length} (${chunk[0]} … ${chunk.at(-1)}): no request to another origin, no broken policy, no accessibility violation, nothing stored`, async ({ page, context, baseURL }) => {
		// About a second a page at most on a busy two-core machine; a safety net, not a timing target.
		test.setTimeout(CHUNK * 10_000);
		const seen = await watch(page, context, baseURL!);
		await context.addInitScript({ path: axeSource });
		const axeFailures: string[] = [];
		for (const path of chunk) {
			await page.goto(path);
			const found = await page.evaluate(
				(tags) =>
					(window as any).axe
						.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
						.then((r: any) => r.violations.map((v: any) => `${v.id} (${v.impact}) ${v.help} → ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`)),
				axeTags,
			);
			for (const v of found as string[]) axeFailures.push(`${path}: ${v}`);
		}
		expect(axeFailures, axeFailures.join('\n')).toEqual([]);
		await expectClean(page, context, seen);
	});
}

for (const locale of locales) {
	test(`${locale.code}: searching and using the finder send nothing elsewhere and store nothing`, async ({ page, context, baseURL }) => {
		const seen = await watch(page, context, baseURL!);
		await page.goto(localizedPath('/sok/', locale.code));
		await page.locator('[data-search-input]').fill('RVC');
		await expect(page.locator('[data-search]')).toHaveAttribute('data-search-done', 'RVC');
		await page.goto(localizedPath('/hitta-stod/', locale.code));
		await page.locator('input[name="group"]').first().check();
		await page.locator('input[name="age"]').nth(2).check();
		await expect(page.locator('[data-finder-results]')).toBeVisible();
		await expectClean(page, context, seen);
	});
}
