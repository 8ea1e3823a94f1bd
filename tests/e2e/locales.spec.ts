/**
 * Every translated locale in a real browser: the start page, a guide and a service page are in the
 * locale's own language and direction, right-to-left pages put the quick exit at the inline end, phone
 * numbers stay left-to-right, and no Swedish interface string is left on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';

const ui = (code: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', code, 'ui.json'), 'utf8'));
const leaves = (o: unknown, prefix = ''): [string, string][] =>
	typeof o === 'string' ? [[prefix, o]] : Object.entries(o as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
const swedish = new Map(leaves(ui('sv')));

for (const locale of locales.filter((l) => l.code !== 'sv' && l.code !== 'lattlast')) {
	/** Swedish interface strings that this locale translates differently: none may be on its pages. */
	const forbidden = leaves(ui(locale.code))
		.map(([key, value]) => swedish.get(key) !== value && swedish.get(key))
		.filter((s): s is string => !!s && s.length >= 8 && !s.includes('{{'));

	const basic = (locale as Locale).coverage === 'basic';
	// A language with basic pages: its translated start page, guide and directory.
	for (const path of basic ? ['/', '/utsatt/', '/stod/'] : ['/', '/utsatt/', '/stod/kvinnofridslinjen/']) {
		test(`${locale.code}${path}: in ${locale.name}, ${locale.dir}, with no Swedish interface text`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(localizedPath(path, locale.code));
			await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
			await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
			await expect(page.locator('main')).not.toHaveAttribute('lang', 'sv');
			expect(await page.locator('main').evaluate((m) => getComputedStyle(m).direction)).toBe(locale.dir);

			const exit = (await page.locator('.quick-exit__button').boundingBox())!;
			if (locale.dir === 'rtl') expect(exit.x, 'quick exit at the inline end (left)').toBeLessThan(200);
			else expect(exit.x + exit.width, 'quick exit at the inline end (right)').toBeGreaterThan(1080);

			for (const phone of await page.locator('a[href^="tel:"]').all()) {
				expect(await phone.evaluate((a) => getComputedStyle(a).direction)).toBe('ltr');
			}

			const text = await page.evaluate(() => {
				const clone = document.body.cloneNode(true) as HTMLElement;
				// Text marked as Swedish (a service's own name, a page not yet translated) is honestly Swedish.
				clone.querySelectorAll('.language-switcher, script, [lang|="sv"]').forEach((e) => e.remove());
				return clone.innerText;
			});
			const left = forbidden.filter((s) => text.includes(s));
			expect(left, 'Swedish interface strings on the page').toEqual([]);
		});
	}

	if (basic) {
		test(`${locale.code}: every page, translated or shown in Swedish, points to the whole site in Swedish and English`, async ({ page }) => {
			for (const path of ['/akut/', '/stod/kvinnofridslinjen/']) {
				await page.goto(localizedPath(path, locale.code));
				const notice = page.locator('[data-basic-coverage]');
				await expect(notice).toBeVisible();
				await expect(notice).toHaveAttribute('lang', locale.lang);
				await expect(notice.locator('a[hreflang="sv"]')).toHaveAttribute('href', path);
				await expect(notice.locator('a[hreflang="en"]')).toHaveAttribute('href', localizedPath(path, 'en'));
			}
			// The service page is not translated: its text is the Swedish, marked as such, with the notice in the visitor's language.
			await expect(page.locator('main')).toHaveAttribute('lang', 'sv');
			await expect(page.locator('[data-translation-state="fallback"]')).toHaveAttribute('lang', locale.lang);
			await page.locator('[data-basic-coverage] a[hreflang="en"]').click();
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		});
	}
}
