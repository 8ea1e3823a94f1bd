/**
 * Site-wide constants. Each is decided once, here.
 */

/**
 * Where the quick exit goes: a fast, common, non-personalised page that reveals nothing about this site
 * (`docs/quick-exit.md` §4). The Swedish weather service's front page.
 */
export const NEUTRAL_URL = 'https://www.smhi.se/';

/**
 * Content-Security-Policy for every page (as a `<meta http-equiv>`) and, in the `dist/_headers` and
 * `dist/nginx-headers.conf` that the build writes (`src/integrations/siteOutput.ts`), for the host. Scripts and styles come only from this origin, as files; `'wasm-unsafe-eval'` lets Pagefind's
 * WebAssembly search run and allows no JavaScript eval. `frame-ancestors` only works as a header, so it
 * is added there.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
].join('; ');
