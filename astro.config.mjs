// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { astroI18nConfig, locales } from './src/i18n/locales.ts';
import { siteOutput } from './src/integrations/siteOutput.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { swedishTermsPlugin } from './src/integrations/swedishTerms.ts';

/**
 * The address the site is published at, used for canonical URLs, the sitemap and the QR codes on the
 * posters. Set SITE_URL when deploying to the city's real address.
 */
const site = process.env.SITE_URL ?? 'https://vartkanjagvandamig.stockholm';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Tests build broken fixtures into their own folders; nothing else changes these.
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	// Astro infers the allowed `defaultLocale` from a literal `locales` array; ours is derived from the
	// registry at run time, so the check cannot see it (the registry's own tests cover it instead).
	i18n: /** @type {any} */ (astroI18nConfig()),
	// Swedish words inside pages in other languages are marked lang="sv" (src/integrations/swedishTerms.ts).
	markdown: { processor: satteri({ hastPlugins: [swedishTermsPlugin] }) },
	integrations: [
		mdx(),
		sitemap({
			filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
			i18n: {
				defaultLocale: 'sv',
				locales: Object.fromEntries(locales.map((l) => [l.prefix || 'sv', l.lang])),
			},
		}),
		siteOutput(),
	],
	build: {
		format: 'directory',
		// Stylesheets are files, never inline <style>, so the Content-Security-Policy needs no 'unsafe-inline'.
		inlineStylesheets: 'never',
	},
	vite: {
		build: {
			// Scripts are files too, never inlined, for the same reason.
			assetsInlineLimit: 0,
			rollupOptions: {
				// Every MDX page triggers a harmless "use astro:head-inject" directive warning when bundled
				// (Astro 7 with Vite 8's Rolldown); hiding it keeps real warnings visible in the build log.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
