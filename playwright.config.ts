import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the built site, served locally, in Chromium.
 *
 * On machines without Playwright's own browser, set CHROMIUM_PATH, or install Debian's `chromium`
 * (used from /usr/bin/chromium when present). With `npx playwright install chromium` Playwright's own
 * browser is used.
 */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Where the built site is and the ports to serve it on: ports of their own, not `npm start`'s 4321, so a
 * preview left running is never tested by mistake. Set them to test a build in another folder.
 */
const SITE_DIR = process.env.SITE_DIR ?? 'dist';
export const SITE_PORT = Number(process.env.SITE_PORT ?? 4391);
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4392);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// At least two, so the crawl's chunks run side by side on a two-core machine.
	workers: Number(process.env.PW_WORKERS ?? Math.max(2, Math.floor(availableParallelism() / 2))),
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://localhost:${SITE_PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			// Chromium otherwise phones home at start, which this project's privacy tests would see.
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: [
		{
			// The real site, as `npm run build` left it in dist/. (sirv, because Astro runs only one preview
			// server per project at a time, and the tests need two.)
			command: `npx sirv ${SITE_DIR} --port ${SITE_PORT} --quiet --dev`,
			url: `http://localhost:${SITE_PORT}/`,
			reuseExistingServer: false,
			env: { ASTRO_TELEMETRY_DISABLED: '1' },
		},
		{
			// A tiny site built from tests/fixtures/content-base, with translations in every state.
			command: `npx astro build && npx sirv tests/.fixture-site/dist --port ${FIXTURE_PORT} --quiet --dev`,
			url: `http://localhost:${FIXTURE_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
			env: { ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'tests/fixtures/content-base', OUT_DIR: 'tests/.fixture-site/dist', CACHE_DIR: 'tests/.fixture-site/cache' },
		},
	],
});
