/**
 * Content collections, read from the top-level `content/` folder and derived from the content-type
 * registry (`src/content/contentTypes.ts`).
 *
 * - `content/services/<id>.yaml`: language-neutral facts about each service, stored once.
 * - `content/<locale>/<folder>/<slug>.mdx`: the prose, per locale, one collection per content type.
 *
 * `CONTENT_DIR` points the build at another folder; the tests use it to build broken fixtures.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentTypes } from './content/contentTypes.ts';
import { contentSchemas, serviceSchema } from './content/schemas.ts';

const base = process.env.CONTENT_DIR ?? './content';

type Types = typeof contentTypes;
/** One collection per content type, named by its `collection`, with its own schema's types. */
type ProseCollections = {
	[K in keyof Types as Types[K]['collection']]: { loader: ReturnType<typeof glob>; schema: (typeof contentSchemas)[K] };
};

/** Ids are the path below `content/` without the extension, e.g. `sv/guides/akut`. */
const prose = Object.fromEntries(
	Object.entries(contentTypes).map(([key, type]) => [
		type.collection,
		defineCollection({
			loader: glob({ base, pattern: `*/${type.folder}/*.{md,mdx}`, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
			schema: contentSchemas[key as keyof Types],
		}),
	]),
) as ProseCollections;

export const collections = {
	services: defineCollection({
		loader: glob({ base: `${base}/services`, pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
		schema: serviceSchema,
	}),
	...prose,
};
