/**
 * Every built page, visited in Chromium with the Content-Security-Policy in force: no request leaves the
 * origin, nothing breaks the policy, axe finds no WCAG 2.2 A/AA violation, and after browsing (with a
 * search and the finder) nothing is stored on the device (`../shared/brief/quick-exit.md` §12–15).
 */
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/config.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';
import { builtHtml, builtPages } from './site.ts';

const pages = builtPages();
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

test('every page carries the Content-Security-Policy and the no-referrer policy, with no inline script or style', () => {
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

for (const locale of locales) {
	test(`${locale.code}: every page sends no request to another origin, breaks no policy, has no accessibility violation, and nothing is stored`, async ({ page, context, baseURL }) => {
		test.setTimeout(300_000);
		const own = new URL(baseURL!).origin;
		const foreign: string[] = [];
		const violations: string[] = [];
		const errors: string[] = [];
		const axeFailures: string[] = [];
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (new URL(url).origin === own) return route.continue();
			foreign.push(url);
			return route.abort();
		});
		await context.exposeFunction('reportViolation', (v: string) => violations.push(v));
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => (window as any).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
		});
		await context.addInitScript({ path: axeSource });
		page.on('pageerror', (e) => errors.push(e.message));

		const mine = pages.filter((p) => (locale.prefix ? p.startsWith(`/${locale.prefix}/`) : !locales.some((l) => l.prefix && p.startsWith(`/${l.prefix}/`))));
		expect(mine.length).toBeGreaterThan(0);
		for (const path of mine) {
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
		// Use the search and the finder once, so what they do is covered too.
		await page.goto(localizedPath('/sok/', locale.code));
		await page.locator('[data-search-input]').fill('RVC');
		await expect(page.locator('[data-search]')).toHaveAttribute('data-search-done', 'RVC');
		await page.goto(localizedPath('/hitta-stod/', locale.code));
		await page.locator('input[name="group"]').first().check();
		await page.locator('input[name="age"]').nth(2).check();

		expect(axeFailures, axeFailures.join('\n')).toEqual([]);
		expect(foreign).toEqual([]);
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		expect(await storedState(page)).toEqual({ cookies: '', localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 });
	});
}
