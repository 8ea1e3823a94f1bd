/**
 * The quick exit, point by point from `docs/quick-exit.md`, in every locale, with JavaScript
 * on and off. The machines have no internet: navigation to the neutral page is intercepted.
 */
import { expect, test, type Page } from '@playwright/test';
import { NEUTRAL_URL } from '../../src/config.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';

const NEUTRAL_PAGE = '<!doctype html><html lang="sv"><title>Väder</title><h1>Neutral</h1></html>';

/** Serves a stand-in for the neutral page. */
async function interceptNeutral(page: Page) {
	await page.route(`${NEUTRAL_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_PAGE }));
}

const deepPage = '/stod/relationsvaldscentrum/';

for (const locale of locales) {
	const start = localizedPath('/', locale.code);
	const deep = localizedPath(deepPage, locale.code);

	test(`${locale.code}: the first Tab reaches the exit, which stays in view at the inline end and replaces the page in the history`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/om-webbplatsen/');
		await page.goto(deep);
		await page.keyboard.press('Tab');
		const focused = page.locator(':focus');
		await expect(focused).toHaveClass(/quick-exit__skip/);
		await expect(focused).toBeVisible();
		await expect(focused).toHaveAttribute('href', NEUTRAL_URL);
		const button = page.locator('.quick-exit__button');
		await expect(button).toHaveAttribute('aria-label', /.+/);
		await page.mouse.wheel(0, 3000);
		await expect(button).toBeInViewport();
		// Right to left, the exit sits at the inline end (left); otherwise at the right.
		const box = (await button.boundingBox())!;
		if (locale.dir === 'rtl') expect(box.x).toBeLessThan(640 - box.width);
		else expect(box.x + box.width).toBeGreaterThan(640 + box.width);
		await interceptNeutral(page);
		await button.click();
		await page.waitForURL(NEUTRAL_URL);
		await page.goBack();
		// Replace, not push: Back skips the page that was left.
		await expect(page).toHaveURL('/om-webbplatsen/');
	});

	test(`${locale.code}: with JavaScript on, a click on the start page hides the page and shows the overlay at once`, async ({ page }) => {
		await page.goto(start);
		// A 204 answer cancels the navigation and keeps this document, so what the click did to it can be seen.
		await page.route(`${NEUTRAL_URL}**`, (route) => route.fulfill({ status: 204 }));
		await page.locator('.quick-exit__button').click();
		await expect(page.locator('html')).toHaveClass(/quick-exit-active/);
		await expect(page.locator('.quick-exit-overlay')).toBeVisible();
		await expect(page.locator('.quick-exit-overlay__text')).toHaveText(/\S/);
		await expect(page.locator('main')).toBeHidden();
		await expect(page.locator('.site-header')).toBeHidden();
	});
}

test('on a narrow screen the exit is full width', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 700 });
	await page.goto('/');
	const box = (await page.locator('.quick-exit__button').boundingBox())!;
	expect(box.width).toBeGreaterThan(320);
});

test('printing hides the exit', async ({ page }) => {
	await page.goto('/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.quick-exit__button')).toBeHidden();
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const locale of locales) {
		test(`${locale.code}: the exit link and the skip-style exit go to the neutral page`, async ({ page }) => {
			await interceptNeutral(page);
			await page.goto(localizedPath(deepPage, locale.code));
			await page.locator('.quick-exit__button').click();
			await expect(page).toHaveURL(NEUTRAL_URL);
			await page.goto(localizedPath('/', locale.code));
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(NEUTRAL_URL);
		});
	}
});

test.describe('Shift three times', () => {
	test('exits, announcing progress politely', async ({ page }) => {
		await interceptNeutral(page);
		await page.goto('/en/');
		const status = page.locator('.quick-exit__status');
		await expect(status).toHaveAttribute('aria-live', 'polite');
		await page.keyboard.press('Shift');
		await expect(status).toHaveText('Shift, press 2 more times to exit.');
		await expect(page.locator('.quick-exit__dots .is-pressed')).toHaveCount(1);
		await page.keyboard.press('Shift');
		await expect(status).toHaveText('Shift, press 1 more time to exit.');
		await page.keyboard.press('Shift');
		await page.waitForURL(NEUTRAL_URL);
	});

	test('in Swedish, announces in Swedish', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Shift');
		await expect(page.locator('.quick-exit__status')).toHaveText('Skift, tryck 2 gånger till för att lämna sidan.');
	});

	test('twice and then waiting six seconds does not exit, and says the time ran out', async ({ page }) => {
		await page.clock.install();
		await page.goto('/en/');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.clock.runFor(6000);
		await expect(page.locator('.quick-exit__status')).toHaveText('Timed out. Press Shift three times to exit.');
		await expect(page.locator('.quick-exit__dots .is-pressed')).toHaveCount(0);
		await page.keyboard.press('Shift');
		await expect(page).toHaveURL('/en/');
		await expect(page.locator('.quick-exit__status')).toHaveText('Shift, press 2 more times to exit.');
	});

	test('Shift+A does not count, and another key starts the count again', async ({ page }) => {
		await page.goto('/en/');
		await page.keyboard.press('Shift+A');
		await page.keyboard.press('Shift+A');
		await page.keyboard.press('Shift+A');
		await expect(page).toHaveURL('/en/');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('x');
		await page.keyboard.press('Shift');
		await expect(page).toHaveURL('/en/');
		await expect(page.locator('.quick-exit__status')).toHaveText('Shift, press 2 more times to exit.');
	});

	test('Escape does nothing', async ({ page }) => {
		await page.goto('/en/');
		for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
		await expect(page).toHaveURL('/en/');
		await expect(page.locator('html')).not.toHaveClass(/quick-exit-active/);
	});
});

test('a page restored from the back/forward cache is visible again', async ({ page }) => {
	await page.goto('/en/');
	// Cancel the navigation (204) so the hidden page stays, then deliver the event a bfcache restore delivers.
	await page.route(`${NEUTRAL_URL}**`, (route) => route.fulfill({ status: 204 }));
	await page.locator('.quick-exit__button').click();
	await expect(page.locator('html')).toHaveClass(/quick-exit-active/);
	await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
	await expect(page.locator('html')).not.toHaveClass(/quick-exit-active/);
	await expect(page.locator('.quick-exit-overlay')).toBeHidden();
	await expect(page.locator('main')).toBeVisible();
});

test('exiting sends nothing: the only request it makes is the navigation to the neutral page, without a referrer', async ({ page, baseURL }) => {
	await page.goto('/en/', { waitUntil: 'networkidle' });
	const requests: { url: string; method: string; type: string; referer?: string }[] = [];
	page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), type: r.resourceType(), referer: r.headers()['referer'] }));
	await interceptNeutral(page);
	await page.locator('.quick-exit__button').click();
	await page.waitForURL(NEUTRAL_URL);
	// The browser may still fetch this site's own icon; nothing else may go anywhere.
	const sent = requests.filter((r) => !(r.url === `${baseURL}/favicon.svg` && r.type === 'other'));
	expect(sent.map((r) => `${r.method} ${r.type} ${r.url}`)).toEqual([`GET document ${NEUTRAL_URL}`]);
	expect(sent[0]!.referer).toBeUndefined();
});
