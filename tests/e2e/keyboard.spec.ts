/**
 * A keyboard-only journey, no mouse: start page → a guide → a service → its call link, and out through
 * the quick exit. Every stop on the way must show where the focus is.
 */
import { expect, test, type Page } from '@playwright/test';
import { NEUTRAL_URL } from '../../src/config.ts';

/** Presses Tab until the focused element matches, checking that each focused element shows its focus. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<number> {
	for (let i = 1; i <= limit; i++) {
		await page.keyboard.press('Tab');
		const focused = page.locator(':focus');
		const style = await focused.evaluate((el) => {
			const s = getComputedStyle(el);
			return { outline: s.outlineStyle !== 'none' && s.outlineWidth !== '0px', shadow: s.boxShadow !== 'none', visible: el.getBoundingClientRect().width > 0 };
		});
		expect(style.outline || style.shadow, `focus is visible on Tab ${i}`).toBe(true);
		expect(style.visible, `the focused element is on screen on Tab ${i}`).toBe(true);
		if (await focused.evaluate((el, sel) => el.matches(sel), selector)) return i;
	}
	throw new Error(`Did not reach ${selector} within ${limit} presses of Tab`);
}

test('start page → guide → service → call link, and the quick exit, by keyboard alone', async ({ page }) => {
	await page.goto('/');
	await tabTo(page, 'main a[href="/utsatt/"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/utsatt/');
	await tabTo(page, 'main a[href="/stod/kvinnofridslinjen/"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/stod/kvinnofridslinjen/');
	await tabTo(page, '.service-contact a[href^="tel:"]');
	await expect(page.locator(':focus')).toHaveAttribute('href', 'tel:020505050');

	await page.route(`${NEUTRAL_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Väder</title>' }));
	await page.keyboard.press('Shift+Tab');
	await page.goto('/stod/kvinnofridslinjen/');
	const presses = await tabTo(page, '.quick-exit__skip');
	expect(presses).toBe(1);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(NEUTRAL_URL);
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/en/vald/latent-vald/');
	await tabTo(page, '.skip-link:not(.quick-exit__skip)');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.keyboard.press('Tab');
	const inMain = await page.locator(':focus').evaluate((el) => !!el.closest('main'));
	expect(inMain).toBe(true);
});
