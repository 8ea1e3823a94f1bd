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

/**
 * The locales whose every page the browser crawls visit: the Swedish source and Arabic (a full translation
 * written right to left). Every other locale gets one page of each kind.
 */
export const FULL = new Set(['sv', 'ar']);

/** A page's locale and kind: `ar stod/*` for `/ar/stod/kast/`, `fi akut` for `/fi/akut/`. */
export function kindOf(path: string): string {
	const code = localeFromPath(path);
	const prefix = localizedPath('/', code);
	const segments = path.slice(prefix.length - 1).split('/').filter(Boolean);
	return `${code} ${segments.map((s, i) => (i === 0 ? s : '*')).join('/')}`;
}

/**
 * The pages the browser crawls (axe in every-page.spec.ts, layout and reading in wcag.spec.ts) visit:
 * every page of the `FULL` locales; in every other locale one page of each kind (each top-level page,
 * one service, one kind of violence, one question, one printable, one finder answer), a different one
 * in each locale, so that together the locales cover most pages. The pages of a kind share their
 * template, and what differs between them, their text, is checked on every page of every locale without
 * a browser (tests/dist/text.test.ts). `CRAWL=all` visits every page of every locale.
 */
export function sampledPages(all: string[]): string[] {
	if (process.env.CRAWL === 'all') return all;
	const groups = Map.groupBy(all, kindOf);
	return [...groups]
		.flatMap(([kind, paths]) => {
			const code = kind.split(' ')[0]!;
			if (FULL.has(code)) return paths;
			return [paths[locales.findIndex((l) => l.code === code) % paths.length]!];
		})
		.sort();
}
