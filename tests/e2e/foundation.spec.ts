/**
 * The multilingual frame of the site: lang and dir, the language switcher, fallback and translation
 * notices, and pages that work without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';
import { FIXTURE_URL } from './site.ts';

for (const locale of locales) {
	test(`${locale.code}: the start page has lang="${locale.lang}" and dir="${locale.dir}"`, async ({ page }) => {
		await page.goto(localizedPath('/', locale.code));
		await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
		await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
		await expect(page.locator('h1')).toBeVisible();
	});
}

test('the language switcher lands on the same page in each language, named in that language', async ({ page }) => {
	test.setTimeout(120_000);
	const start = '/vald/vald-i-nara-relationer/';
	for (const target of locales) {
		await page.goto(start);
		// The names sit behind the menu's label until it is opened.
		const link = page.locator('.language-switcher').getByRole('link', { name: target.name, exact: true });
		await expect(link).toBeHidden();
		await page.locator('.language-switcher summary').click();
		await expect(link).toHaveAttribute('lang', target.lang);
		await link.click();
		await expect(page).toHaveURL(localizedPath(start, target.code));
		await expect(page.locator('html')).toHaveAttribute('lang', target.lang);
		await expect(page.locator('.language-switcher a[aria-current="true"]')).toHaveText(target.name);
	}
});

test.describe('translation notices (fixture site)', () => {
	test('a page missing in a locale is built from the Swedish text, with a notice in the visitor’s language', async ({ page }) => {
		await page.goto(`${FIXTURE_URL}/ar/akut/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		const main = page.locator('main');
		await expect(main).toHaveAttribute('lang', 'sv');
		await expect(main).toHaveAttribute('dir', 'ltr');
		await expect(main).not.toHaveAttribute('data-pagefind-body');
		const notice = page.locator('[data-translation-state="fallback"]');
		await expect(notice).toBeVisible();
		await expect(notice).toHaveAttribute('lang', 'ar');
		await expect(page.locator('h1')).toHaveText('Akut hjälp');
	});

	test('an unreviewed translation says so and links to the Swedish original', async ({ page }) => {
		await page.goto(`${FIXTURE_URL}/en/`);
		const notice = page.locator('[data-translation-state="unreviewed"]');
		// It says how the page was made, and that no professional has checked it yet.
		await expect(notice).toContainText('machine translation');
		await expect(notice).toContainText('not yet checked');
		await notice.getByRole('link').click();
		await expect(page).toHaveURL(`${FIXTURE_URL}/`);
	});

	test('an outdated translation says that its source has changed', async ({ page }) => {
		await page.goto(`${FIXTURE_URL}/en/akut/`);
		await expect(page.locator('[data-translation-state="outdated"]')).toContainText('has changed since this translation');
		await expect(page.locator('main')).toHaveAttribute('data-pagefind-body', '');
	});

	test('the Swedish source shows no notice', async ({ page }) => {
		await page.goto(`${FIXTURE_URL}/akut/`);
		await expect(page.locator('[data-translation-state]')).toHaveCount(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('pages are readable and navigable', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('.emergency-line a[href^="tel:"]')).toHaveText('112');
		await page.locator('.language-switcher summary').click();
		await page.locator('.language-switcher').getByRole('link', { name: 'English', exact: true }).click();
		await expect(page).toHaveURL('/en/');
		await page.locator('main a[href="/en/vald/"]').first().click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toBeVisible();
	});
});

test.describe('the language menu on a 320 px phone, without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

	test('takes one line until opened, then shows every language in its own script, one tap each, without sideways scrolling', async ({ page }) => {
		for (const code of ['ckb', 'sv'] as const) {
			await page.goto(localizedPath('/', code));
			const summary = page.locator('.language-switcher summary');
			const closed = (await summary.boundingBox())!;
			expect(closed.height, 'the closed menu is one line').toBeLessThan(60);
			await expect(page.locator('.language-switcher a').first()).toBeHidden();
			// Below the exit, the header and the closed menu, the emergency number is still on the first screen.
			const emergency = (await page.locator('.emergency-line a[href="tel:112"]').boundingBox())!;
			expect(emergency.y + emergency.height, 'the emergency number on the first screen').toBeLessThan(640);
			await summary.click();
			await expect(page.locator('.language-switcher details')).toHaveAttribute('open', '');
			for (const l of locales) {
				const link = page.locator(`.language-switcher a[hreflang="${l.lang}"]`);
				await expect(link).toBeVisible();
				await expect(link).toHaveText(l.name);
				await expect(link).toHaveAttribute('lang', l.lang);
				await expect(link).toHaveAttribute('dir', l.dir);
				const box = (await link.boundingBox())!;
				expect(box.height, `${l.name}: a target of at least 24 px`).toBeGreaterThanOrEqual(24);
				expect(box.x >= 0 && box.x + box.width <= 320, `${l.name} within the screen`).toBe(true);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(320);
		}
	});
});

test('phone numbers are tap-to-call links, isolated left-to-right on right-to-left pages', async ({ page }) => {
	await page.goto('/ar/');
	const phone = page.locator('.emergency-line a.phone');
	await expect(phone).toHaveAttribute('href', 'tel:112');
	await expect(phone).toHaveAttribute('dir', 'ltr');
	expect(await phone.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
});
