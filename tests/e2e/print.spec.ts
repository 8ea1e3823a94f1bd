/**
 * The printables on paper. Every poster, card and sheet of four cards in every locale, and the poster in
 * every language, printed by Chromium with the page's own print styles (`page.pdf()` with
 * `preferCSSPageSize`), comes out as exactly one sheet of its paper size with nothing cut off, and every
 * QR code on it decodes to the address written beside it. The poster in every language still fits one
 * sheet with twenty-odd languages, a poster whose translation is two or three times as long still fits,
 * and the page its QR code leads to lets a visitor pick their language without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { posterRoom, typeScale } from '../../src/components/Poster/fit.ts';
import { languagesPageSlug, posterFormats, type PosterFormat } from '../../src/components/Poster/formats.ts';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { pathFor } from '../../src/utils/routing.ts';
import { builtHtml } from './site.ts';

/** A locale's interface strings (`locales/<code>/ui.json`). */
const ui = (code: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', code, 'ui.json'), 'utf8'));

/** Paper sizes in PDF points (1/72 inch): A4 is 210 × 297 mm, A6 105 × 148 mm. */
const A4 = [595, 842];
const A6 = [298, 420];
const paper: Record<PosterFormat, number[]> = { a4: A4, a6: A6, cards: A4, languages: A4 };

/**
 * The sheets in a PDF as Chromium writes it: its page objects, which must agree with the page tree's
 * count, and each one's size.
 */
function sheets(pdf: Buffer): number[][] {
	const text = pdf.toString('latin1');
	const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
	const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
	expect(counts, 'the page tree counts the same sheets as there are page objects').toContain(pages);
	return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]).slice(0, pages);
}

/** Prints the page as the browser would, and returns its sheets. */
async function print(page: Page): Promise<number[][]> {
	return sheets(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

/**
 * What does not fit on paper: every printable on the page, and every cell of the language list, whose
 * content is taller or wider than its box (a box clips what overflows, so the sheet count alone would
 * not show it), and a QR code squeezed below the size the type scale keeps for it.
 */
async function overflowing(page: Page): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	// On paper only the sheet: no quick exit, header, instructions or footer.
	const [all, sheet] = await page.evaluate(() => [document.body.innerText.trim(), (document.querySelector('.sheet') as HTMLElement).innerText.trim()]);
	expect(all, 'only the sheet is printed').toBe(sheet);
	const found = await page.locator('.sheet, [data-poster], .languages-poster__list li').evaluateAll((els) =>
		els.filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1).map((e) => `${e.className}${e.getAttribute('lang') ? ` (${e.getAttribute('lang')})` : ''}: ${e.scrollHeight} > ${e.clientHeight}`),
	);
	// The type scale leaves the QR code at least 30 % of the sheet's width (it may shrink to 24 % before
	// anything is cut off): the room kept for a printer whose fonts run wider than these.
	const small = await page.locator('.poster:not(.poster--languages) .poster__code').evaluateAll((codes) =>
		codes.filter((c) => c.getBoundingClientRect().width < 0.3 * c.closest('.poster-box')!.getBoundingClientRect().width - 1).map((c) => `QR code ${Math.round(c.getBoundingClientRect().width)} px wide: the text leaves it too little room`),
	);
	await page.emulateMedia({ media: 'screen' });
	return [...found, ...small];
}

/**
 * What the QR codes on the page say. The first is decoded from a screenshot of it as printed; every
 * other code on the page must be the same drawing (decoding each again would only cost time).
 */
async function qrCodes(page: Page): Promise<string[]> {
	const codes = page.locator('.poster__code');
	await page.emulateMedia({ media: 'print' });
	const png = await codes.first().screenshot();
	await page.emulateMedia({ media: 'screen' });
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	const first = jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? '(unreadable)';
	const drawings = await codes.evaluateAll((els) => els.map((e) => e.innerHTML));
	return drawings.map((svg) => (svg === drawings[0] ? first : '(a different code)'));
}

/** The site's origin as the build was told it (`SITE_URL`), from the page's canonical link. */
async function siteOrigin(page: Page): Promise<string> {
	return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
}

for (const locale of locales) {
	for (const format of ['a4', 'a6', 'cards'] as const) {
		test(`${locale.code}: the ${format} printable prints on one ${format === 'a6' ? 'A6' : 'A4'} sheet, nothing cut off, its QR codes leading to the site in ${locale.name}`, async ({ page }) => {
			await page.goto(pathFor(locale.code, posterFormats[format]));
			expect(await print(page)).toEqual([paper[format]]);
			expect(await overflowing(page)).toEqual([]);

			const posters = page.locator('[data-poster]');
			await expect(posters).toHaveCount(format === 'cards' ? 4 : 1);
			const url = `${await siteOrigin(page)}${pathFor(locale.code, '')}`;
			for (const poster of await posters.all()) {
				expect(await poster.getAttribute('data-poster-url')).toBe(url);
				// Each card is complete: the message, the emergency number and the helpline from the
				// service data, and the address written out beside the code.
				await expect(poster.locator('.poster__headline')).not.toBeEmpty();
				await expect(poster.locator('a.phone[href="tel:112"]')).toHaveCount(1);
				await expect(poster.locator('a.phone')).toHaveCount(2);
				await expect(poster.locator('.poster__url')).toHaveText(url.replace(/^https?:\/\//, ''));
			}
			expect(await qrCodes(page)).toEqual(Array(format === 'cards' ? 4 : 1).fill(url));
		});
	}
}

test.describe('the poster in every language', () => {
	const path = pathFor(sourceLocale.code, posterFormats.languages);

	test('prints on one A4 sheet with a line in every locale of the registry, each in its own language and direction, the emergency number, and one QR code to the language page', async ({ page }) => {
		await page.goto(path);
		expect(await print(page)).toEqual([A4]);
		expect(await overflowing(page)).toEqual([]);

		const lines = page.locator('.languages-poster__list > li');
		await expect(lines).toHaveCount(locales.length);
		for (const [i, locale] of locales.entries()) {
			const line = lines.nth(i);
			await expect(line).toHaveAttribute('lang', locale.lang);
			await expect(line).toHaveAttribute('dir', locale.dir);
			await expect(line.locator('strong')).toHaveText(locale.name);
			const text: string = ui(locale.code).poster.languagesLine;
			await expect(line.locator('span')).toHaveText(text);
		}
		const columns = await lines.evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().x))).size);
		expect(columns, 'up to nine languages in one column').toBe(locales.length < 10 ? 1 : 2);
		await expect(page.locator('.poster--languages a.phone[href="tel:112"]')).toHaveCount(1);
		// For the staff, in Swedish, what the poster is.
		await expect(page.locator('.languages-poster__note')).toHaveAttribute('lang', sourceLocale.lang);

		const url = `${await siteOrigin(page)}${pathFor(sourceLocale.code, languagesPageSlug)}`;
		expect(await qrCodes(page)).toEqual([url]);
		await expect(page.locator('.poster--languages .poster__url')).toHaveText(url.replace(/^https?:\/\//, ''));
	});

	test('is the same sheet whichever language its page is in', async ({ page }) => {
		await page.goto(path);
		const sv = await page.locator('.poster--languages').innerHTML();
		await page.goto(pathFor('ar', posterFormats.languages));
		expect(await page.locator('.poster--languages').innerHTML()).toBe(sv);
		expect(await print(page)).toEqual([A4]);
	});

	for (const count of [22]) {
		test(`still fits one sheet with ${count} languages, in two columns`, async ({ page }) => {
			await page.goto(path);
			await page.locator('.languages-poster__list').evaluate((list, n) => {
				const lines = [...list.children];
				while (list.children.length < n) list.append(lines[list.children.length % lines.length]!.cloneNode(true));
				while (list.children.length > n) list.lastElementChild!.remove();
			}, count);
			expect(await print(page)).toEqual([A4]);
			expect(await overflowing(page)).toEqual([]);
			const columns = await page.locator('.languages-poster__list > li').evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().x))).size);
			expect(columns).toBe(2);
			expect(await qrCodes(page)).toHaveLength(1);
		});
	}
});

test.describe('a translation two or three times as long', () => {
	for (const [code, times] of [['so', 2], ['so', 3], ['ti', 2]] as const) {
		for (const format of ['a4', 'a6'] as const) {
			test(`${code} ${format}: ×${times} still fits one sheet at the type size the build would give it`, async ({ page }) => {
				await page.goto(pathFor(code, posterFormats[format]));
				const poster = page.locator('[data-poster]');
				// Make every line of the message `times` as long, then give the poster the type scale the
				// build computes for that much text (the same function, `typeScale`, on the same strings).
				const texts = await poster.evaluate((el, n) => {
					for (const e of el.querySelectorAll('.poster__headline, .poster__lines li')) e.textContent = Array(n).fill(e.textContent).join(' ');
					return [...el.querySelectorAll('.poster__headline, .poster__lines li, .poster__numbers p, .poster__qr p')].map((e) => {
						const copy = e.cloneNode(true) as Element;
						for (const phone of copy.querySelectorAll('.phone')) phone.remove();
						return copy.textContent!.trim();
					});
				}, times);
				const fit = typeScale(texts, posterRoom[format]);
				expect(fit, 'a longer text gets smaller type').toBeLessThan(100);
				await poster.evaluate((el, f) => ((el as HTMLElement).dataset.fit = String(f)), fit);
				expect(await print(page)).toEqual([paper[format]]);
				expect(await overflowing(page), `at type scale ${fit} %`).toEqual([]);
			});
		}
	}
});

test.describe('the language page, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every locale’s start page, each named in its own language and script, and leads there', async ({ page }) => {
		await page.goto(pathFor(sourceLocale.code, languagesPageSlug));
		const links = page.locator('[data-language-list] a');
		await expect(links).toHaveCount(locales.length);
		for (const [i, locale] of locales.entries()) {
			const link = links.nth(i);
			await expect(link).toHaveAttribute('href', pathFor(locale.code, ''));
			await expect(link).toHaveAttribute('hreflang', locale.lang);
			await expect(page.locator('[data-language-list] > li').nth(i)).toHaveAttribute('lang', locale.lang);
			await expect(page.locator('[data-language-list] > li').nth(i)).toHaveAttribute('dir', locale.dir);
			await expect(link.locator('strong')).toHaveText(locale.name);
		}
		await links.nth(locales.findIndex((l) => l.code === 'ti')).click();
		await expect(page).toHaveURL(pathFor('ti', ''));
		await expect(page.locator('html')).toHaveAttribute('lang', 'ti');
	});
});

test('the sheets leave the browser no page margin to print its own header and footer in', async ({ page }) => {
	await page.goto(pathFor(sourceLocale.code, posterFormats.a4));
	const rules = await page.evaluate(() =>
		[...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r): r is CSSPageRule => r instanceof CSSPageRule).map((r) => ({ page: r.selectorText, size: r.style.getPropertyValue('size'), margin: r.style.getPropertyValue('margin') })),
	);
	expect(rules).toEqual(
		expect.arrayContaining([
			{ page: 'poster-a4', size: 'a4', margin: '0px' },
			{ page: 'poster-a6', size: '105mm 148mm', margin: '0px' },
		]),
	);
});

test('the printables page tells staff how to print, in their language', () => {
	const steps = (code: string) => {
		const html = builtHtml(pathFor(code as never, 'affischer'));
		const section = html.match(/<section class="print-steps"[\s\S]*?<\/section>/)?.[0] ?? '';
		return [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
	};
	const sv = steps(sourceLocale.code);
	expect(sv.join(' ')).toMatch(/A4/);
	expect(sv.join(' ')).toMatch(/100 %/);
	for (const locale of locales) {
		const theirs = steps(locale.code);
		expect(theirs, locale.code).toHaveLength(sv.length);
		if (locale.code !== sourceLocale.code) expect(theirs.join(' '), `${locale.code} is translated`).not.toBe(sv.join(' '));
	}
});
