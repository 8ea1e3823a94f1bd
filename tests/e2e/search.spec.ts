/**
 * Search, in a real browser against the built site:
 * - the queries in tests/search/queries/<locale>.json — sentences as frightened visitors, worried relatives, young
 *   people and staff write them, misspellings, Swedish loanwords — find the right page among the first
 *   three results at least as often as tests/search/rates.json records (no tolerance), and in at least
 *   95 % of each locale's queries;
 * - no query leaves the visitor with an empty page: when nothing is found, the help block gives the
 *   emergency number, the helpline that answers around the clock, the finder and the A–Z list;
 * - excerpts are the pages' own summaries, never their hidden keyword lists;
 * - each locale searches only its own pages, and nothing of a search ends up in the URL, the history or
 *   storage, or leaves the site.
 *
 * `node scripts/search-eval.ts` runs the same queries with the same engine in Node, quicker while editing
 * a lexicon; `node scripts/search-eval.ts --record` writes tests/search/rates.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { locales, type Locale, type LocaleCode } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';
import { contentTypes } from '../../src/content/contentTypes.ts';
import { FINDER_SLUG } from '../../src/utils/finder.ts';
import { queriesFor, type Query } from '../search/queries.ts';

const queries = Object.fromEntries(locales.map((l) => [l.code, queriesFor(l.code)])) as Record<string, Query[]>;
const rates = JSON.parse(readFileSync(join(import.meta.dirname, '../search/rates.json'), 'utf8')) as Record<string, { queries: number; top3: number }>;

/** axe-core, for checking the results and the help block, which the page crawl never sees. */
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
async function axeViolations(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		(window as any).axe
			.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] })
			.then((r: any) => r.violations.map((v: any) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`)),
	);
}

/** Types a query and waits until the answer for exactly that query is shown; the result paths. */
async function search(page: Page, q: string): Promise<string[]> {
	const input = page.locator('[data-search-input]');
	await input.fill(q);
	// Checked every frame: the answer usually takes a few milliseconds, and there are hundreds of queries.
	await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchDone === q, q, { polling: 'raf' });
	return page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The help block is shown, with every way to help in it. */
async function expectHelp(page: Page, code: LocaleCode) {
	const help = page.locator('[data-search-help]');
	await expect(help).toBeVisible();
	await expect(help.locator('a[href="tel:112"]')).toHaveCount(1);
	// The helpline's number, from the service data, as a tap-to-call link.
	await expect(help.locator('a.phone')).toHaveCount(2);
	await expect(help.locator(`a[href="${localizedPath(`/${FINDER_SLUG}/`, code)}"]`)).toHaveCount(1);
	await expect(help.locator('a[href="#index-all"]')).toHaveCount(1);
	await expect(page.locator('#index-all')).toHaveCount(1);
}

for (const locale of locales) {
	const list = queries[locale.code] ?? [];
	const path = localizedPath('/sok/', locale.code);

	test(`${locale.code}: the test queries find their page in the top 3 as often as recorded, and never leave an empty page`, async ({ page }) => {
		test.setTimeout(180_000);
		// A language with basic pages has six pages to find, so fewer queries can cover them.
		const minimum = (locale as Locale).coverage === 'basic' ? 20 : 40;
		expect(list.length, `tests/search/queries/<locale>.json has ${list.length} queries for ${locale.code}`).toBeGreaterThanOrEqual(minimum);
		const recorded = rates[locale.code];
		expect(recorded, `tests/search/rates.json has no rate for ${locale.code}: run node scripts/search-eval.ts --record`).toBeTruthy();
		expect(list.length, `the ${locale.code} queries changed since the rate was recorded: run node scripts/search-eval.ts --record and review the change`).toBe(recorded!.queries);
		await page.goto(path);
		// Every query typed into the search field in turn, inside the page, each answer read as soon as it is
		// shown: the same input events as typing, without a round trip to the test runner per query.
		const answers = await page.evaluate(async (queries) => {
			const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
			const root = document.querySelector<HTMLElement>('[data-search]')!;
			const help = document.querySelector<HTMLElement>('[data-search-help]')!;
			const out: { q: string; results: string[]; help: boolean }[] = [];
			for (const q of queries) {
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise<void>((done) => {
					const check = () => (root.dataset.searchDone === q ? done() : requestAnimationFrame(check));
					check();
				});
				const results = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] li > a')].map((a) => new URL(a.href).pathname);
				out.push({ q, results, help: help.checkVisibility() });
			}
			return out;
		}, list.map((x) => x.q));
		const misses: string[] = [];
		const empty: string[] = [];
		for (const [i, { q, expect: wanted, who }] of list.entries()) {
			const expected = (Array.isArray(wanted) ? wanted : [wanted]).map((p) => localizedPath(p, locale.code));
			const { results, help } = answers[i]!;
			if (results.length === 0) empty.push(q);
			// The help block shows exactly when there are no results.
			expect(help, `"${q}": the help block is ${help ? 'shown beside results' : 'missing with no results'}`).toBe(results.length === 0);
			const top = results.slice(0, 3);
			if (!top.some((p) => expected.includes(p))) misses.push(`${who ? `[${who}] ` : ''}"${q}" → ${top.join(', ') || 'nothing'} (wanted ${expected.join(' or ')})`);
		}
		// Where a query found nothing, the visitor still gets every way to help.
		for (const q of empty.slice(0, 1)) {
			await search(page, q);
			await expectHelp(page, locale.code);
		}
		const found = list.length - misses.length;
		console.log(`${locale.code}: ${found}/${list.length} queries found their page in the top 3 (recorded: ${recorded!.top3})${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
		expect(found, `fewer ${locale.code} queries find their page than recorded in tests/search/rates.json:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(recorded!.top3);
		expect(found / list.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	});

	test(`${locale.code}: a search that finds nothing shows where to get help`, async ({ page }) => {
		await page.addInitScript({ path: axeSource });
		await page.goto(path);
		// Letters no word begins with, in Latin script and in the locale's own.
		const own: Record<string, string> = { ar: 'ظظغغ', fa: 'ژژغغ', ti: 'ኧኧኧኧ' };
		for (const q of ['qx', 'zzxqj wqkv', own[locale.code] ?? 'xyzzyq']) {
			expect(await search(page, q), q).toEqual([]);
			await expectHelp(page, locale.code);
		}
		expect(await axeViolations(page), 'the help block').toEqual([]);
		// A search that finds something hides the help again.
		expect((await search(page, list[0]!.q)).length).toBeGreaterThan(0);
		await expect(page.locator('[data-search-help]')).toBeHidden();
		expect(await axeViolations(page), 'the results').toEqual([]);
	});

	test(`${locale.code}: results come only from this locale, with the page's own summary, and leave no trace`, async ({ page, context, baseURL }) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(path);
		const historyLength = await page.evaluate(() => history.length);
		// A sentence, and a word that only a hidden keyword list has.
		for (const q of [list.find((x) => x.who)?.q ?? list[0]!.q, list[0]!.q]) {
			const results = await search(page, q);
			expect(results.length).toBeGreaterThan(0);
			for (const r of results) expect(localizedPath(r, locale.code), r).toBe(r);
			const items = await page.locator('[data-search-results] li').evaluateAll((lis) =>
				lis.slice(0, 3).map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, excerpt: li.querySelector('p')?.textContent ?? '' })),
			);
			const other = await context.newPage();
			for (const { href, excerpt } of items) {
				await other.goto(href);
				const description = await other.locator('meta[name="description"]').getAttribute('content');
				const keywords = (await other.locator('[data-search-keywords]').textContent().catch(() => '')) ?? '';
				expect(excerpt, `${q}: the excerpt under ${href}`).toBe(description);
				if (keywords) expect(excerpt, `${q}: the excerpt under ${href}`).not.toContain(keywords.split(', ').slice(0, 3).join(', '));
			}
			await other.close();
		}
		const status = page.locator('[data-search-status]');
		await expect(status).toHaveAttribute('role', 'status');
		await expect(status).toHaveText(/\d|[٠-٩۰-۹]/);
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).pathname).toBe(path);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
		expect(await context.cookies()).toEqual([]);
		for (const url of requests) expect(new URL(url).origin, url).toBe(new URL(baseURL!).origin);
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

test('a sentence finds what its words find, marked in the title and summary', async ({ page }) => {
	await page.goto('/en/sok/');
	// Pagefind alone finds nothing for this: no page has every word of it.
	const results = await search(page, 'I was raped at a party');
	// The page on sexual violence, or the clinic that receives people after rape, day and night.
	const right = ['/en/vald/sexuellt-vald-oberoende-relation/', '/en/stod/akutmottagning-for-valdtagna/'];
	expect(results.slice(0, 3).filter((p) => right.includes(p))).not.toEqual([]);
	expect(await page.locator('[data-search-results] li mark').allTextContents()).toContainEqual(expect.stringMatching(/^rape/i));
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
