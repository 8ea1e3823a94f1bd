/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The page being rendered, set once by `src/pages/[...path].astro` (see `src/utils/page.ts`). */
		page?: import('./utils/page.ts').PageContext;
	}
}
