/**
 * Content collections, read from the top-level `content/` folder.
 *
 * - `content/services/<id>.yaml`: language-neutral facts about each service, stored once.
 * - `content/<locale>/<type>/<slug>.mdx`: the prose, per locale, where `<type>` is `guides`, `kinds`,
 *   `forms`, `services` (joined to the facts by id) or `pages`.
 *
 * `CONTENT_DIR` points the build at another folder; the tests use it to build broken fixtures.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { formSchema, guideSchema, kindSchema, pageSchema, serviceSchema, serviceTextSchema } from './content/schemas.ts';

const base = process.env.CONTENT_DIR ?? './content';

/** Ids are the path below `content/` without the extension, e.g. `sv/guides/akut`. */
const prose = (type: string) =>
	glob({ base, pattern: `*/${type}/*.{md,mdx}`, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });

export const collections = {
	services: defineCollection({
		loader: glob({ base: `${base}/services`, pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
		schema: serviceSchema,
	}),
	guides: defineCollection({ loader: prose('guides'), schema: guideSchema }),
	kinds: defineCollection({ loader: prose('kinds'), schema: kindSchema }),
	forms: defineCollection({ loader: prose('forms'), schema: formSchema }),
	serviceTexts: defineCollection({ loader: prose('services'), schema: serviceTextSchema }),
	pages: defineCollection({ loader: prose('pages'), schema: pageSchema }),
};
