/**
 * Search, in a real browser against the built site: each locale searches only its own pages, the
 * queries in tests/search/queries.json find the right page among the first three results for at least
 * 90 % of each locale's queries, and nothing of a search ends up in the URL, the history or storage.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';
import { contentTypes } from '../../src/content/contentTypes.ts';

type Query = { q: string; expect: string | string[] };
const queries = JSON.parse(readFileSync(join(import.meta.dirname, '../search/queries.json'), 'utf8')) as Record<string, Query[]>;

/** Types a query and waits until the results for exactly that query are shown. */
async function search(page: Page, q: string): Promise<string[]> {
	const input = page.locator('[data-search-input]');
	await input.fill(q);
	await expect(page.locator('[data-search]')).toHaveAttribute('data-search-done', q);
	return page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

for (const locale of locales) {
	const list = queries[locale.code] ?? [];

	test(`${locale.code}: at least 15 queries, and at least 90 % find their page in the top 3`, async ({ page }) => {
		expect(list.length, `tests/search/queries.json has ${list.length} queries for ${locale.code}`).toBeGreaterThanOrEqual(15);
		await page.goto(localizedPath('/sok/', locale.code));
		const misses: string[] = [];
		for (const { q, expect: wanted } of list) {
			const expected = (Array.isArray(wanted) ? wanted : [wanted]).map((p) => localizedPath(p, locale.code));
			const top = (await search(page, q)).slice(0, 3);
			if (!top.some((p) => expected.includes(p))) misses.push(`"${q}" → ${top.join(', ') || 'nothing'} (wanted ${expected.join(' or ')})`);
		}
		const hits = list.length - misses.length;
		console.log(`${locale.code}: ${hits}/${list.length} queries found their page in the top 3${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
		expect(hits / list.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
	});

	test(`${locale.code}: results come only from this locale, announce their number, and leave no trace`, async ({ page, context }) => {
		const path = localizedPath('/sok/', locale.code);
		await page.goto(path);
		const historyLength = await page.evaluate(() => history.length);
		const results = await search(page, list[0]?.q ?? 'RVC');
		expect(results.length).toBeGreaterThan(0);
		for (const r of results) expect(localizedPath(r, locale.code), r).toBe(r);
		const status = page.locator('[data-search-status]');
		await expect(status).toHaveAttribute('role', 'status');
		await expect(status).toHaveText(/\d|[٠-٩۰-۹]/);
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).pathname).toBe(path);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
		expect(await context.cookies()).toEqual([]);
	});
}

test('the type filter narrows results to that kind of page', async ({ page }) => {
	await page.goto('/sok/');
	const paths = () => page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	// A kind of violence whose page ranks first, with services about it further down.
	await page.locator('[data-search-input]').fill('hedersrelaterat');
	await expect(page.locator('[data-search]')).toHaveAttribute('data-search-done', 'hedersrelaterat');
	expect((await paths()).some((p) => !p.startsWith('/stod/'))).toBe(true);
	await page.locator('input[name="type"][value="services"]').check();
	await expect.poll(async () => (await paths()).every((p) => /^\/stod\/[^/]+\/$/.test(p))).toBe(true);
	expect((await paths()).length).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the search page lists every page from A to Z instead', async ({ page }) => {
		await page.goto('/en/sok/');
		await expect(page.locator('[data-search]')).toBeHidden();
		// Every page of the Swedish source exists in every locale; the list leaves out the start page and the 404.
		const sourcePages = Object.values(contentTypes).flatMap(({ folder }) => {
			const dir = join(import.meta.dirname, '../../content/sv', folder);
			return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
		});
		const links = page.locator('.page-index--all a');
		expect(await links.count()).toBe(sourcePages.length - 2);
		await expect(page.locator('.page-index--all a[href="/en/stod/kast/"]')).toHaveCount(1);
	});
});
