import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs before the build (the code, the content and builds of deliberately broken
 * content); `dist` runs after it and reads the built files, with no browser (what every page carries,
 * the sitemap, the host configuration, the icons).
 */
export default defineConfig({
	test: {
		projects: [
			// The broken-content tests each run a real Astro build.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } },
			{ test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
		],
	},
});
