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
	const start = '/vald/vald-i-nara-relationer/';
	for (const target of locales) {
		await page.goto(start);
		const link = page.locator('.language-switcher').getByRole('link', { name: target.name, exact: true });
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
		await expect(notice).toContainText('not yet been reviewed');
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
		await page.locator('.language-switcher').getByRole('link', { name: 'English', exact: true }).click();
		await expect(page).toHaveURL('/en/');
		await page.locator('main a[href="/en/vald/"]').first().click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toBeVisible();
	});
});

test('phone numbers are tap-to-call links, isolated left-to-right on right-to-left pages', async ({ page }) => {
	await page.goto('/ar/');
	const phone = page.locator('.emergency-line a.phone');
	await expect(phone).toHaveAttribute('href', 'tel:112');
	await expect(phone).toHaveAttribute('dir', 'ltr');
	expect(await phone.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
});
