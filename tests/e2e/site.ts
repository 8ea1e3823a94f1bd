/**
 * What the end-to-end tests know about the built site: its pages, read from `dist/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../..', process.env.SITE_DIR ?? 'dist');
export const FIXTURE_URL = `http://localhost:${process.env.FIXTURE_PORT ?? 4392}`;

/** Every built HTML page as a URL path (`/en/akut/`, `/en/404.html`). */
export function builtPages(dir = DIST): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) {
				if (e.name !== '_astro' && e.name !== 'pagefind') walk(p);
			} else if (e.name.endsWith('.html')) {
				const rel = relative(dir, p).split(sep).join('/');
				out.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
			}
		}
	};
	walk(dir);
	return out.sort();
}

/** The HTML of a built page. */
export function builtHtml(path: string, dir = DIST): string {
	const file = path.endsWith('.html') ? path : `${path}index.html`;
	return readFileSync(join(dir, file), 'utf8');
}
