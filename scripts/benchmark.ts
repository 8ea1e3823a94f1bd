/**
 * Benchmarks: prints figures, asserts nothing (timing targets do not belong in tests). Run after
 * `npm run build`:
 *
 *   npm run bench                     page weight, quick exit, search
 *   npm run bench -- --build          also full build time, and with the content duplicated ×2 and ×4
 *   npm run bench -- --build-only     only that
 *   npm run bench -- --lighthouse     also Lighthouse for three pages in Swedish, Arabic and Tigrinya
 *   npm run bench -- --search         only the search figures
 *
 * It serves dist/ on port 4400, or on BENCH_PORT when another checkout uses that port.
 *
 * Compressed sizes are gzip -9 of the built files (Pagefind's index files are already compressed and
 * counted as they are). Chromium is /usr/bin/chromium or CHROMIUM_PATH.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { locales, type LocaleCode } from '../src/i18n/locales.ts';
import { pathFor } from '../src/utils/routing.ts';
import { dist, gz, htmlFiles, kb, pageWeight, urlPath, wire } from './lib/weight.ts';
import { contentTypes } from '../src/content/contentTypes.ts';
import { queriesFor } from '../tests/search/queries.ts';

const args = process.argv.slice(2);
const root = join(import.meta.dirname, '..');
/** Where the benchmark serves dist/: BENCH_PORT, or 4400. */
const PORT = Number(process.env.BENCH_PORT ?? 4400);
const base = `http://localhost:${PORT}`;
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const chromeArgs = [
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	// Chromium refuses its sandbox as root (CI machines run as root); Playwright adds this itself, Lighthouse does not.
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const localPath = (code: string, slug: string) => pathFor(code as LocaleCode, slug);

function section(title: string) {
	console.log(`\n## ${title}\n`);
}

async function withServer<T>(fn: () => Promise<T>): Promise<T> {
	const server: ChildProcess = spawn(process.execPath, ['node_modules/sirv-cli/bin.js', 'dist', '--port', String(PORT), '--quiet'], { cwd: root, stdio: 'ignore' });
	try {
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(`${base}/`)).ok) break;
			} catch {
				await new Promise((r) => setTimeout(r, 200));
			}
		}
		return await fn();
	} finally {
		server.kill();
	}
}

function weights() {
	section('Page weight (compressed)');
	const pages = htmlFiles().map((f) => ({ path: urlPath(f), ...pageWeight(f) }));
	const totals = pages.map((p) => p.html + p.css + p.js);
	const largest = pages[totals.indexOf(Math.max(...totals))]!;
	console.log(`${pages.length} pages. Median total ${kb(median(totals))}; largest ${largest.path} at ${kb(largest.html + largest.css + largest.js)} (HTML ${kb(largest.html)}, CSS ${kb(largest.css)}, JS ${kb(largest.js)}).`);
	console.log('\nStart page per locale (target: render-blocking ≤ 14 KB):');
	console.log('locale      HTML      CSS       JS        render-blocking');
	for (const l of locales) {
		const p = pageWeight(join(dist, localPath(l.code, ''), 'index.html'));
		console.log(`${l.code.padEnd(11)} ${kb(p.html).padEnd(9)} ${kb(p.css).padEnd(9)} ${kb(p.js).padEnd(9)} ${kb(p.renderBlocking)}`);
	}
	const content = pageWeight(join(dist, 'vald/vald-i-nara-relationer/index.html'));
	console.log(`\nJavaScript on a content page (/vald/vald-i-nara-relationer/) before search is opened: ${kb(content.js)} (target ≤ 2 KB).`);
}

async function quickExit() {
	section('Quick exit');
	const html = readFileSync(join(dist, 'index.html'), 'utf8');
	const script = html.match(/<script type="module" src="([^"]*QuickExit[^"]*)"/)?.[1];
	if (script) console.log(`Script: ${script}, ${kb(gz(join(dist, script)))} compressed (${readFileSync(join(dist, script)).length} bytes raw).`);
	const browser = await chromium.launch({ executablePath, args: chromeArgs });
	const times: number[] = [];
	for (let i = 0; i < 20; i++) {
		const page = await browser.newPage();
		// A 204 answer cancels the navigation: nothing leaves this machine.
		await page.route('https://www.smhi.se/**', (r) => r.fulfill({ status: 204 }));
		await page.goto(`${base}/`);
		// The exit runs synchronously in the click handler and ends by calling location.replace, so the
		// time click() takes is the time from activation to the start of navigation.
		times.push(
			await page.evaluate(() => {
				const t = performance.now();
				document.querySelector<HTMLAnchorElement>('.quick-exit__button')!.click();
				return performance.now() - t;
			}),
		);
		await page.close();
	}
	await browser.close();
	console.log(`Activation to start of navigation: median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms over ${times.length} runs.`);
}

/**
 * Bytes before the first results: a fresh visit to the search page, a query entered at once (pasted, or
 * typed before Pagefind has loaded), and every file whose request started after the box got focus and
 * before the results were in the page: Pagefind's code and WebAssembly, index metadata and chunks, the
 * locale's search data and the first results' summaries.
 */
async function bytesBeforeResults(browser: Browser, code: string, q: string): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}${localPath(code, 'sok')}`);
	await page.waitForLoadState('networkidle');
	const fetched = await page.evaluate(
		(q) =>
			new Promise<string[]>((resolve) => {
				const root = document.querySelector<HTMLElement>('[data-search]')!;
				const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
				const start = performance.now();
				new MutationObserver((_, obs) => {
					if (root.dataset.searchDone !== q) return;
					obs.disconnect();
					const shown = performance.now();
					resolve(performance.getEntriesByType('resource').filter((e) => e.startTime >= start && e.startTime < shown).map((e) => new URL(e.name).pathname));
				}).observe(root, { attributes: true });
				input.focus();
				input.value = q;
				input.dispatchEvent(new InputEvent('input', { bubbles: true }));
			}),
		q,
	);
	await context.close();
	return [...new Set(fetched)].reduce((n, f) => n + wire(join(dist, decodeURIComponent(f))), 0);
}

async function search() {
	section('Search (targets: ≤ 100 KB compressed before the first results of any query; ≤ 150 ms from the last keystroke to rendered results)');
	const queries = Object.fromEntries(locales.map((l) => [l.code, queriesFor(l.code)]));
	const words = (q: string) => q.trim().split(/\s+/).length;
	const browser = await chromium.launch({ executablePath, args: chromeArgs });
	console.log('Bytes before the first results of a one-word and a three-word query from tests/search/queries/<locale>.json, and the');
	console.log('time from the last keystroke to rendered results over eight typed queries (four short, four sentences).\n');
	console.log(`${'locale'.padEnd(10)} ${'one word'.padEnd(34)} ${'three words'.padEnd(52)} last keystroke → results`);
	for (const l of locales) {
		const list = queries[l.code] ?? [];
		const one = list.find((x) => words(x.q) === 1)?.q ?? 'RVC';
		const three = list.find((x) => words(x.q) === 3)?.q ?? one;
		const oneBytes = await bytesBeforeResults(browser, l.code, one);
		const threeBytes = await bytesBeforeResults(browser, l.code, three);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${base}${localPath(l.code, 'sok')}`);
		await page.waitForLoadState('networkidle');
		const times: number[] = [];
		for (const { q } of [...list.filter((x) => words(x.q) <= 2).slice(0, 4), ...list.filter((x) => words(x.q) >= 4).slice(0, 4)]) {
			const input = page.locator('[data-search-input]');
			await input.fill('');
			await input.focus();
			// Type the query a key at a time as a visitor would; time the last keystroke until its results are in the page.
			await page.keyboard.type(q.slice(0, -1), { delay: 120 });
			const elapsed = await page.evaluate(
				(last) =>
					new Promise<number>((resolve) => {
						const root = document.querySelector<HTMLElement>('[data-search]')!;
						const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
						const target = (input.value + last).trim();
						const start = performance.now();
						new MutationObserver((_, obs) => {
							if (root.dataset.searchDone === target) {
								obs.disconnect();
								requestAnimationFrame(() => resolve(performance.now() - start));
							}
						}).observe(root, { attributes: true });
						input.value += last;
						input.dispatchEvent(new InputEvent('input', { bubbles: true, data: last }));
					}),
				q.slice(-1),
			);
			times.push(elapsed);
		}
		await context.close();
		const cell = (q: string, b: number, width: number) => `${kb(b).padEnd(9)} ${`"${q}"`.slice(0, width - 10)}`.padEnd(width);
		console.log(`${l.code.padEnd(10)} ${cell(one, oneBytes, 34)} ${cell(three, threeBytes, 52)} ${times.length ? `${median(times).toFixed(0)} ms (max ${Math.max(...times).toFixed(0)} ms)` : '–'}`);
	}
	await browser.close();
}

function buildTimes() {
	section('Build time (astro build + pagefind), and with the content duplicated');
	const time = (cwd: string, contentDir?: string) => {
		const t = Date.now();
		const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(contentDir ? { CONTENT_DIR: contentDir, OUT_DIR: join(contentDir, '../dist'), CACHE_DIR: join(contentDir, '../cache') } : {}) };
		// Astro warns once per MDX file; a large buffer keeps spawnSync from killing the build when output is long.
		const a = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
		if (a.status !== 0) throw new Error(`${a.stdout}\n${a.stderr}`.split('\n').filter((l) => !/WARN|│|╭|╰|──|^\s*$/.test(l)).slice(-15).join('\n'));
		const out = contentDir ? join(contentDir, '../dist') : dist;
		spawnSync(process.execPath, ['scripts/search-index.ts', out], { cwd, encoding: 'utf8' });
		return { seconds: (Date.now() - t) / 1000, pages: htmlFiles(out).length };
	};
	for (const factor of [1, 2, 4]) {
		const tmp = mkdtempSync(join(tmpdir(), `bench-x${factor}-`));
		const content = join(tmp, 'content');
		cpSync(join(root, 'content'), content, { recursive: true });
		// Every page of every locale again under another name (services keep their facts: one text each).
		const originals = readdirSync(content).flatMap((l) =>
			Object.values(contentTypes).map((t) => t.folder).filter((f) => f !== 'services').flatMap((type) => {
				const dir = join(content, l, type);
				return existsSync(dir) ? readdirSync(dir).filter((f) => /^(?!index|404)/.test(f)).map((f) => join(dir, f)) : [];
			}),
		);
		for (let copy = 2; copy <= factor; copy++) {
			for (const file of originals) {
				const text = readFileSync(file, 'utf8').replace(/^template: .*$/m, 'template: page');
				writeFileSync(file.replace('.mdx', `-kopia-${copy}.mdx`), text);
			}
		}
		const r = time(root, content);
		console.log(`×${factor}: ${r.pages} pages in ${r.seconds.toFixed(1)} s`);
		rmSync(tmp, { recursive: true, force: true });
	}
}

async function lighthouse() {
	section('Lighthouse (target: 100 in every category)');
	const pages = ['', 'utsatt', 'stod/relationsvaldscentrum'];
	for (const code of ['sv', 'ar', 'ti']) {
		for (const slug of pages) {
			const url = `${base}${localPath(code, slug)}`;
			const r = spawnSync(
				process.execPath,
				['node_modules/lighthouse/cli/index.js', url, '--quiet', '--output=json', '--output-path=stdout', `--chrome-flags=--headless=new ${chromeArgs.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo', '--form-factor=mobile'],
				{ cwd: root, env: { ...process.env, CHROME_PATH: executablePath ?? '' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
			);
			if (r.status !== 0) {
				console.log(`${url}: lighthouse failed: ${r.stderr.split('\n').slice(-3).join(' ')}`);
				continue;
			}
			const report = JSON.parse(r.stdout);
			const scores = Object.values(report.categories as Record<string, { id: string; score: number }>).map((c) => `${c.id} ${Math.round(c.score * 100)}`);
			const failing = Object.values(report.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>)
				.filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
				.map((a) => a.id);
			console.log(`${localPath(code, slug).padEnd(32)} ${scores.join(', ')}${failing.length ? `  (below 1: ${failing.slice(0, 6).join(', ')})` : ''}`);
		}
	}
}

if (!existsSync(join(dist, 'index.html'))) {
	console.error('dist/ is empty: run `npm run build` first.');
	process.exit(1);
}
if (args.includes('--search')) {
	await withServer(search);
} else if (!args.includes('--build-only')) {
	weights();
	await withServer(async () => {
		await quickExit();
		await search();
		if (args.includes('--lighthouse')) await lighthouse();
	});
}
if (args.includes('--build') || args.includes('--build-only')) buildTimes();
