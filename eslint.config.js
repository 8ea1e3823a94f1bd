// @ts-check
/**
 * Lint for TypeScript and Astro: ESLint's recommended rules, typescript-eslint's, and eslint-plugin-astro's
 * (which also checks the scripts inside .astro files). Run with `npm run lint`; `npm test` runs it too.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/', 'tests/.fixture-site/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Page-evaluated test code and Astro props talk to untyped browser and frontmatter objects.
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
