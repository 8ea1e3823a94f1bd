/**
 * The finder in a real browser: the combination table in Swedish and in Arabic (right-to-left) with
 * JavaScript, the answers kept out of the URL, and the no-JavaScript path. (The printables are tested in
 * `print.spec.ts`.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { localizedPath } from '../../src/utils/routing.ts';

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, '../finder/combinations.json'), 'utf8')) as {
	cases: { name: string; group: string; age?: string; kind?: string; show: string[]; hide: string[] }[];
};

async function answer(page: Page, c: (typeof cases)[number]) {
	await page.locator(`input[name="group"][value="${c.group}"]`).check();
	await page.locator(`input[name="age"][value="${c.age ?? ''}"]`).check();
	await page.locator(`input[name="kind"][value="${c.kind ?? ''}"]`).check();
}

const shownServices = (page: Page) => page.locator('[data-finder-list] > li:not([hidden])').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.service!));

for (const code of ['sv', 'ar'] as const) {
	test(`${code}: every combination shows and hides the right services, and the answers never reach the URL`, async ({ page }) => {
		const path = localizedPath('/hitta-stod/', code);
		await page.goto(path);
		const historyLength = await page.evaluate(() => history.length);
		await expect(page.locator('[data-finder-static]')).toBeHidden();
		for (const c of cases) {
			await answer(page, c);
			const shown = await shownServices(page);
			for (const id of c.show) expect(shown, `${c.name}: should show ${id}`).toContain(id);
			for (const id of c.hide) expect(shown, `${c.name}: should not show ${id}`).not.toContain(id);
			await expect(page.locator('[data-finder-count]')).not.toBeEmpty();
		}
		await page.keyboard.press('Enter');
		expect(page.url()).toBe(new URL(path, page.url()).href);
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
	});
}

test('the most specific services come first', async ({ page }) => {
	await page.goto('/hitta-stod/');
	await answer(page, cases[0]!);
	const shown = await shownServices(page);
	expect(shown.indexOf('origo')).toBeLessThan(shown.indexOf('larmnummer-112'));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the finder is plain links: who you are, then your age, then the kinds of violence on the page', async ({ page }) => {
		await page.goto('/ar/hitta-stod/');
		await expect(page.locator('[data-finder]')).toBeHidden();
		await page.locator('[data-finder-static] a[href="/ar/hitta-stod/utsatt/"]').click();
		await expect(page).toHaveURL('/ar/hitta-stod/utsatt/');
		await page.locator('a[href="/ar/hitta-stod/utsatt/13-17/"]').click();
		await expect(page).toHaveURL('/ar/hitta-stod/utsatt/13-17/');
		await expect(page.locator('a[href="#honour"]')).toBeVisible();
		const honour = page.locator('section:has(h2#honour) [data-service]');
		const ids = await honour.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service));
		expect(ids).toEqual(expect.arrayContaining(['origo', 'kruton']));
		expect(ids).not.toContain('mikamottagningen');
		await expect(page.locator('.emergency-line a[href="tel:112"]').first()).toBeVisible();
	});
});
