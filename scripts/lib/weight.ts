/**
 * Page weight, as a visitor's browser receives it: gzip -9 of the built HTML, its stylesheets and its
 * scripts. Shared by the byte budgets (`npm run test:budgets`, which fail) and the benchmark (`npm run
 * bench`, which only prints).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The built site. */
export const dist = join(import.meta.dirname, '../../dist');

/** Compressed bytes of a built file. */
export const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Bytes sent over the wire for a built file: gzip for text, as-is for files that are already compressed. */
export const wire = (file: string) => (/\.(html|css|js|json|svg|xml|txt)$/.test(file) ? gz(file) : statSync(file).size);

/** Every built HTML file. */
export function htmlFiles(dir = dist): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(p);
		return e.name.endsWith('.html') ? [p] : [];
	});
}

/** The URL path of a built HTML file: `dist/en/akut/index.html` → `/en/akut/`. */
export const urlPath = (file: string) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/** Compressed bytes of a page's HTML, its stylesheets and its scripts. */
export function pageWeight(file: string) {
	const html = readFileSync(file, 'utf8');
	const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => gz(join(dist, m[1]!)));
	const js = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => gz(join(dist, m[1]!)));
	const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
	// Module scripts are deferred, so only the HTML and the stylesheets block the first render.
	return { html: gz(file), css: sum(css), js: sum(js), renderBlocking: gz(file) + sum(css) };
}

/** Kilobytes, for printing. */
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
