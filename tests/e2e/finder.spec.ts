/**
 * The finder in a real browser: the combination table in Swedish and in Arabic (right-to-left) with
 * JavaScript, the answers kept out of the URL, the no-JavaScript path, and the printable posters and
 * cards in every locale with their QR codes decoded back to the right address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { locales } from '../../src/i18n/locales.ts';
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

for (const locale of locales) {
	for (const format of ['a4', 'a6'] as const) {
		test(`${locale.code}: the ${format === 'a4' ? 'A4 poster' : 'A6 card'} prints on its own page size, and its QR code leads to the site in ${locale.name}`, async ({ page }) => {
			await page.goto(localizedPath(`/affischer/${format}/`, locale.code));
			const poster = page.locator('[data-poster]');
			const expectedUrl = await poster.getAttribute('data-poster-url');
			expect(new URL(expectedUrl!).pathname).toBe(localizedPath('/', locale.code));
			const pdf = await page.pdf({ preferCSSPageSize: true });
			// The page size in the PDF: A4 is 595 × 842 points, A6 298 × 420.
			const box = pdf.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
			const [w, h] = [Number(box?.[1]), Number(box?.[2])];
			if (format === 'a4') expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
			else expect([Math.round(w), Math.round(h)]).toEqual([298, 420]);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.quick-exit')).toBeHidden();
			const png = await page.locator('.poster__code').screenshot();
			const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
			const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
			expect(code?.data).toBe(expectedUrl);
		});
	}
}
