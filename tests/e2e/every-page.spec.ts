/**
 * Private by construction: across every built page, no request leaves the origin, the
 * Content-Security-Policy is in force and nothing breaks it, and after browsing nothing is stored on the
 * device (`../shared/brief/quick-exit.md` §12–15).
 */
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/config.ts';
import { locales } from '../../src/i18n/locales.ts';
import { builtHtml, builtPages } from './site.ts';

const pages = builtPages();

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
	test(`${locale.code}: browsing every page sends no request to another origin, breaks no policy and stores nothing`, async ({ page, context, baseURL }) => {
		const own = new URL(baseURL!).origin;
		const foreign: string[] = [];
		const violations: string[] = [];
		const errors: string[] = [];
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
		page.on('pageerror', (e) => errors.push(e.message));

		const mine = pages.filter((p) => (locale.prefix ? p.startsWith(`/${locale.prefix}/`) : !locales.some((l) => l.prefix && p.startsWith(`/${l.prefix}/`))));
		expect(mine.length).toBeGreaterThan(0);
		for (const path of mine) {
			await page.goto(path);
		}
		expect(foreign).toEqual([]);
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		expect(await storedState(page)).toEqual({ cookies: '', localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 });
	});
}
