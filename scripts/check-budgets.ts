/**
 * Byte budgets, as a check that fails (bytes are deterministic; times are not, and stay in the
 * benchmark). Run after `npm run build`:
 *
 * - every locale's start page: HTML and stylesheets, the render-blocking bytes, ≤ 14 KB compressed, so
 *   the first screen arrives in the first round trips on a slow phone connection;
 * - every page but the two tools (search and finder): JavaScript ≤ 2 KB compressed — only the quick exit;
 * - the search and finder pages: their own JavaScript ≤ 6 KB compressed (Pagefind's files load only when
 *   a visitor searches, and are measured by the benchmark).
 */
import { locales } from '../src/i18n/locales.ts';
import { pathFor } from '../src/utils/routing.ts';
import { htmlFiles, kb, pageWeight, urlPath } from './lib/weight.ts';

const RENDER_BLOCKING = 14 * 1024;
const CONTENT_JS = 2 * 1024;
const TOOL_JS = 6 * 1024;

const tools = new Set(locales.flatMap((l) => [pathFor(l.code, 'sok'), pathFor(l.code, 'hitta-stod')]));
const starts = new Set(locales.map((l) => pathFor(l.code, '')));
const failures: string[] = [];
let largestStart = { path: '', bytes: 0 };
let largestJs = { path: '', bytes: 0 };
const files = htmlFiles();
for (const file of files) {
	const path = urlPath(file);
	const weight = pageWeight(file);
	if (starts.has(path)) {
		if (weight.renderBlocking > largestStart.bytes) largestStart = { path, bytes: weight.renderBlocking };
		if (weight.renderBlocking > RENDER_BLOCKING) failures.push(`${path}: render-blocking ${kb(weight.renderBlocking)} (HTML ${kb(weight.html)} + CSS ${kb(weight.css)}) > ${kb(RENDER_BLOCKING)}`);
	}
	if (tools.has(path) && weight.js > TOOL_JS) failures.push(`${path}: JavaScript ${kb(weight.js)} > ${kb(TOOL_JS)} on a tool page`);
	if (!tools.has(path)) {
		if (weight.js > largestJs.bytes) largestJs = { path, bytes: weight.js };
		if (weight.js > CONTENT_JS) failures.push(`${path}: JavaScript ${kb(weight.js)} > ${kb(CONTENT_JS)}`);
	}
}
if (starts.size !== locales.length || files.length === 0) failures.push('dist/ has no built site: run `npm run build` first.');
if (failures.length) {
	console.error(failures.join('\n'));
	console.error(`\nByte budgets: ${failures.length} page(s) over budget. Cut what the page loads, or move it behind a user action.`);
	process.exit(1);
}
console.log(
	`Byte budgets: ${files.length} pages within budget. Largest start page ${largestStart.path} ${kb(largestStart.bytes)} render-blocking (≤ ${kb(RENDER_BLOCKING)}); most JavaScript on a content page ${largestJs.path} ${kb(largestJs.bytes)} (≤ ${kb(CONTENT_JS)}).`,
);
