/**
 * `npm test`: every check, in order, with the time each stage took. Stops at the first failure.
 *
 *   1. type check (astro check) and lint (ESLint), side by side
 *   2. unit tests (Vitest), including real builds of deliberately broken content
 *   3. the production build
 *   4. checks that read dist/: pages and host files (Vitest), byte budgets; then HTML validity (Nu Html
 *      Checker) and links, side by side
 *   5. end-to-end tests in Chromium against the built site (Playwright)
 *
 * Before the browser tests it makes sure a Chromium is there: CHROMIUM_PATH, the system's, or
 * Playwright's own; on Debian or Ubuntu as root it installs Debian's `chromium` and the Noto fonts the
 * pages' scripts need, since Playwright's own download is not reachable on every machine.
 *
 *   npm test                     everything
 *   npm test -- --from build     start at a stage (check, unit, build, dist, e2e)
 *   npm test -- --only e2e       one stage
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Stage {
	name: string;
	/** Commands run side by side; their output is printed when each ends. */
	run: string[][];
}

const stages: Stage[] = [
	{ name: 'check', run: [['npx', 'astro', 'check'], ['npx', 'eslint', '.']] },
	{ name: 'unit', run: [['npx', 'vitest', 'run', '--project', 'unit']] },
	{ name: 'build', run: [['npm', 'run', 'build']] },
	{ name: 'dist', run: [['npx', 'vitest', 'run', '--project', 'dist'], ['node', 'scripts/check-budgets.ts']] },
	{ name: 'html+links', run: [['node', 'scripts/check-html.ts'], ['node', 'scripts/check-links.ts']] },
	{ name: 'e2e', run: [['npx', 'playwright', 'test']] },
];

const args = process.argv.slice(2);
const from = args.includes('--from') ? args[args.indexOf('--from') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const windows = process.platform === 'win32';

/** Runs one command; with `buffer`, collects its output to print in one piece. */
function run(command: string[], buffer: boolean): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(command[0]!, command.slice(1), { env, shell: windows, stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
		let output = '';
		child.stdout?.on('data', (d) => (output += d));
		child.stderr?.on('data', (d) => (output += d));
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

/** A Chromium for Playwright: the one named, the system's, or Playwright's own download. */
async function findChromium(): Promise<string | undefined> {
	if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
	const { chromium } = await import('@playwright/test');
	const own = chromium.executablePath();
	return own && existsSync(own) ? own : undefined;
}

/** Installs Chromium where it is missing: from Debian's packages as root, else Playwright's download. */
async function ensureChromium(): Promise<void> {
	if (await findChromium()) return;
	const aptGet = existsSync('/usr/bin/apt-get');
	if (aptGet && process.getuid?.() === 0) {
		console.log('No Chromium found: installing Debian\'s chromium and the Noto fonts (apt-get) …');
		const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
		spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core', 'fonts-noto-ui-core'], { stdio: 'inherit', env: aptEnv });
	} else {
		console.log('No Chromium found: trying `npx playwright install chromium` …');
		spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: windows });
	}
	if (!(await findChromium())) {
		console.error(
			'No Chromium for the browser tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
		);
		process.exit(1);
	}
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const times: [string, number][] = [];
const start = Date.now();
let active = !from;
for (const stage of stages) {
	if (stage.name === from || stage.name.startsWith(`${from}+`)) active = true;
	if (!active || (only && !stage.name.split('+').includes(only) && stage.name !== only)) continue;
	console.log(`\n▶ ${stage.name}: ${stage.run.map((c) => c.join(' ')).join('  |  ')}`);
	if (stage.name === 'e2e') await ensureChromium();
	const t0 = Date.now();
	const parallel = stage.run.length > 1;
	const results = await Promise.all(
		stage.run.map(async (command) => {
			const result = await run(command, parallel);
			if (parallel) process.stdout.write(`\n— ${command.join(' ')} —\n${result.output}`);
			return result;
		}),
	);
	times.push([stage.name, Date.now() - t0]);
	if (results.some((r) => r.code !== 0)) {
		console.error(`\n✗ ${stage.name} failed after ${seconds(Date.now() - t0)}.`);
		process.exit(1);
	}
}
console.log('\nStage times:');
for (const [name, ms] of times) console.log(`  ${name.padEnd(12)} ${seconds(ms)}`);
console.log(`  ${'total'.padEnd(12)} ${seconds(Date.now() - start)}`);
