/**
 * The search test set: queries a visitor might type, one file per locale (`queries/<code>.json`), each with
 * the page it must find among the first three results. `expect` may list several pages when each is a right
 * answer; `who` says whose words they are. tests/e2e/search.spec.ts, scripts/search-eval.ts and
 * scripts/benchmark.ts read them through this module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Query = { q: string; expect: string | string[]; who?: string };

/** Where the query files are. */
export const queriesDir = join(import.meta.dirname, 'queries');

/** The queries for one locale; none (an empty list) when the locale has no file yet. */
export function queriesFor(code: string): Query[] {
	const file = join(queriesDir, `${code}.json`);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Query[]) : [];
}
