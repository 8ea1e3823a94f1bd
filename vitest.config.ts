import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The broken-content tests each run a real Astro build.
		testTimeout: 120_000,
	},
});
