/**
 * What the end-to-end tests know about the built site: its pages, read from `dist/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { localeFromPath, locales } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';

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

/** The locale whose every page the browser crawls visit: the Swedish source. */
export const FULL = new Set(['sv']);
/** Locales the crawls visit one page of every kind in: a full translation left to right and one right to left. */
export const EVERY_KIND = new Set(['en', 'ar']);

/** A page's locale and kind: `ar stod/*` for `/ar/stod/kast/`, `fi akut` for `/fi/akut/`. */
export function kindOf(path: string): string {
	const code = localeFromPath(path);
	const prefix = localizedPath('/', code);
	const segments = path.slice(prefix.length - 1).split('/').filter(Boolean);
	return `${code} ${segments.map((s, i) => (i === 0 ? s : '*')).join('/')}`;
}

/**
 * The pages the browser crawls (axe in every-page.spec.ts, layout and reading in wcag.spec.ts) visit:
 * every page of Swedish; one page of each kind (each top-level page, one service, one kind of violence,
 * one question, one printable, one finder answer) in English and Arabic; and in every other locale every
 * third kind, the kinds and the pages within them rotating from locale to locale, so that together the
 * locales cover every kind many times over and most pages. The pages of a kind share their template;
 * what differs between them, their text, is checked on every page of every locale without a browser
 * (tests/dist/text.test.ts). The crawl so grows by a few pages per locale, not by a hundred.
 * `CRAWL=all` visits every page of every locale.
 */
export function sampledPages(all: string[]): string[] {
	if (process.env.CRAWL === 'all') return all;
	const groups = [...Map.groupBy(all, kindOf)];
	const kinds = [...new Set(groups.map(([kind]) => kind.split(' ')[1]!))].sort();
	return groups
		.flatMap(([kind, paths]) => {
			const [code, what] = kind.split(' ') as [string, string];
			const n = locales.findIndex((l) => l.code === code);
			if (FULL.has(code)) return paths;
			if (!EVERY_KIND.has(code) && (kinds.indexOf(what) + n) % 3 !== 0) return [];
			return [paths[n % paths.length]!];
		})
		.sort();
}
