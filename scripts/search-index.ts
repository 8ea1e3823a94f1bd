/**
 * Builds the search: Pagefind's index of the built site, then the search page's own data
 * (`scripts/search-data.ts`). `npm run build` runs it after `astro build`.
 *
 *   node scripts/search-index.ts [dist]
 *
 * The index is split into small chunks (Pagefind's `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, counted in word
 * occurrences; its default is 20000): a query then downloads about a kilobyte per word instead of about
 * 25 KB, which keeps a sentence's first results under 100 KB. The setting is marked unstable by Pagefind;
 * if a Pagefind upgrade drops it, `npm run bench` shows the bytes before the first results grow.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
/** Word occurrences per index chunk. */
const INDEX_CHUNK_SIZE = 500;

const run = (args: string[], env: Record<string, string> = {}) => {
	const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) process.exit(r.status ?? 1);
};
run([join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist], { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) });
run([join(root, 'scripts/search-data.ts'), dist]);
