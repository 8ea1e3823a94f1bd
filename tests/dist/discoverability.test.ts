/**
 * Discoverability and host configuration, read from the built files: a sitemap with hreflang alternates
 * for every locale, robots.txt, canonical URLs, per-locale 404 pages, and the security headers file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/config.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/utils/routing.ts';
import { builtHtml, builtPages, DIST } from '../e2e/site.ts';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

test('the sitemap lists every page with hreflang alternates for every locale, and no 404 page', () => {
	const index = read('sitemap-index.xml');
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	const xml = sitemaps.map((p) => read(p.slice(1))).join('\n');
	const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)];
	const pages = builtPages().filter((p) => !p.endsWith('404.html'));
	expect(urls.length).toBe(pages.length);
	for (const [, loc, rest] of urls) {
		const path = new URL(loc!).pathname;
		expect(path).not.toMatch(/404/);
		for (const l of locales) {
			expect(rest, `${path}: alternate for ${l.lang}`).toContain(`hreflang="${l.lang}" href="${new URL(localizedPath(path, l.code), loc).href}"`);
		}
	}
});

test('robots.txt allows crawling and names the sitemap', () => {
	const robots = read('robots.txt');
	expect(robots).toMatch(/^User-agent: \*$/m);
	expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('every page but the 404s has a canonical URL to itself and alternates for every locale', () => {
	for (const path of builtPages()) {
		const html = builtHtml(path);
		if (path.endsWith('404.html')) {
			expect(html, path).toContain('<meta name="robots" content="noindex">');
			expect(html, path).not.toContain('rel="canonical"');
			continue;
		}
		const canonical = html.match(/<link rel="canonical" href="([^"]+)">/)?.[1];
		expect(canonical && new URL(canonical).pathname, path).toBe(path);
		for (const l of locales) expect(html, `${path} → ${l.lang}`).toContain(`hreflang="${l.lang}"`);
	}
});

test('every locale has its own 404 page, in its language', () => {
	for (const l of locales) {
		const file = l.prefix ? `${l.prefix}/404.html` : '404.html';
		expect(existsSync(join(DIST, file)), file).toBe(true);
		expect(read(file)).toContain(`<html lang="${l.lang}" dir="${l.dir}">`);
	}
});

test('the host configuration carries the same policy as the pages, and the security headers', () => {
	const headers = read('_headers');
	expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
	for (const h of ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff', 'Permissions-Policy: camera=(), microphone=(), geolocation=()', 'Strict-Transport-Security: max-age='])
		expect(headers).toContain(h);
	expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
	expect(read('nginx-headers.conf')).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'" always;`);
	expect(read('_redirects')).toContain('/ar/*  /ar/404.html  404');
});

test('phones get the icons they ask for, as PNGs of the sizes they ask for', async () => {
	const { default: sharp } = await import('sharp');
	for (const [file, size] of [['apple-touch-icon.png', 180], ['icon-192.png', 192], ['icon-512.png', 512]] as const) {
		const meta = await sharp(join(DIST, file)).metadata();
		expect([meta.format, meta.width, meta.height], file).toEqual(['png', size, size]);
	}
	for (const path of ['/', '/ar/stod/kast/']) expect(builtHtml(path), path).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
});
