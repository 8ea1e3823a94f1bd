/**
 * One schema per content type. Every message says what is wrong and how to fix it, because the people
 * who edit content are city web editors and translators, not only developers.
 *
 * Facts (phone numbers, opening hours, age limits) live only in `content/services/*.yaml` and must carry
 * their sources with the date they were checked (see `docs/decisions.md`).
 */
import { z } from 'astro/zod';
import type { ContentType } from './contentTypes.ts';
import { audiences, genders, lifeStages, providers, violenceKinds } from './taxonomy.ts';

/**
 * A Swedish phone number written the Swedish way: an area code joined by a hyphen and groups of two or
 * three digits (`020-50 50 50`, `08-123 130 80`), a short number in groups (`116 111`, `114 14`) or a
 * short code (`112`, `1177`).
 * @example swedishPhone.test('020-50 50 50') // true
 */
export const swedishPhone = /^(?:0\d{1,3}-\d{2,3}(?: \d{2,3}){1,3}|\d{3} \d{2,3}|\d{3,4})$/;

const isoDate = (field: string) =>
	z.coerce.date({ error: `${field} must be a date written YYYY-MM-DD (for example 2026-11-22)` });

/** Where a fact is published, and when someone last checked it there. */
export const sourceSchema = z
	.object({
		/** Address of the page that states the fact. */
		url: z.url({ error: 'url must be the full address of the page that states the fact, starting with https://' }).optional(),
		/** Title of a printed or PDF document, where there is no page address. */
		title: z.string().min(1).optional(),
		/** The date someone last checked that the source still says this. */
		checked: isoDate('checked'),
		/** The date the source itself was published, where it says. Facts from old sources are flagged for re-checking. */
		published: isoDate('published').optional(),
		/** Set when the editors know the source needs re-checking whatever its date. */
		recheck: z.boolean().default(false),
		/** Anything an editor should know about this source. */
		note: z.string().optional(),
	})
	.refine((s) => s.url || s.title, {
		error: 'a source needs a url (the page that states the fact) or, for a document without an address, a title',
	});

const sourcesFor = (what: string) =>
	z
		.array(sourceSchema, {
			error: `sources is required for ${what}: add sources: [{ url: https://…, checked: YYYY-MM-DD }] naming where the fact is published. Never add a number from memory.`,
		})
		.min(1, {
			error: `sources is empty for ${what}: add at least one { url, checked }. Never add a number from memory.`,
		});

/** Opening hours: around the clock, or days with an optional time span. Unknown hours are left out, never guessed. */
export const hoursSchema = z.union([
	z.literal('always'),
	z.object({
		days: z.enum(['everyDay', 'weekdays'], { error: 'days must be everyDay or weekdays' }),
		from: z.string().regex(/^\d{2}:\d{2}$/, { error: 'from must be a time written HH:MM' }).optional(),
		to: z.string().regex(/^\d{2}:\d{2}$/, { error: 'to must be a time written HH:MM' }).optional(),
	}),
]);

/** Labels a phone line can have besides the main line; each has a translated label under `phone.label.*`. */
export const phoneLabels = ['main', 'sms', 'arabic', 'persian', 'somali'] as const;

export const phoneSchema = z.object({
	/** The number exactly as it should be shown, written the Swedish way. */
	number: z.string({ error: 'number is required' }).regex(swedishPhone, {
		error: (issue) =>
			`"${String(issue.input)}" is not a phone number written the Swedish way. Write it as published, e.g. 020-50 50 50, 08-123 130 80, 116 111 or 112.`,
	}),
	/** What the line is for, when a service has more than one. */
	label: z.enum(phoneLabels).default('main'),
	/** When the line is open. Leave it out where no source says. */
	hours: hoursSchema.optional(),
	/** Calls are free of charge. */
	free: z.boolean().optional(),
	/** Where the number and hours are published, and when that was checked. */
	sources: sourcesFor('this phone number'),
});

export const emailSchema = z.object({
	address: z.email({ error: 'address must be an e-mail address' }),
	sources: sourcesFor('this e-mail address'),
});

/**
 * How to reach a service that publishes no number of its own; each has a translated text under `reach.*`.
 * `walkInAroundTheClock`: go there at any hour (a clinic whose source says it is open day and night);
 * `applyToAgency`: apply to the agency yourself; `viaWebsite`: through the organisation's own website,
 * whose address is among the service's sources.
 */
export const reachWays = ['districtSocialServices', 'socialjourVia112', 'throughSocialServicesOrPolice', 'professionalsOnly', 'youthClinicNearby', 'walkInAroundTheClock', 'applyToAgency', 'viaWebsite'] as const;

/** The language-neutral facts about one support service: `content/services/<id>.yaml`. */
export const serviceSchema = z.object({
	/** The service's own name, in Swedish in every locale. */
	name: z.string({ error: 'name is required: the service\'s own name, in Swedish' }).min(1),
	/** A short form visitors may know it by (RVC, KAST, BRIS). */
	abbreviation: z.string().optional(),
	/** Who runs it, for grouping in the directory. */
	provider: z.enum(providers, { error: `provider must be one of: ${providers.join(', ')}` }),
	/** Sort order in lists: lower comes first. The four services the brief names come first. */
	order: z.number().int().default(100),
	/** Visitor groups it helps. */
	audiences: z.array(z.enum(audiences, { error: `each audience must be one of: ${audiences.join(', ')}` })).min(1, {
		error: 'audiences needs at least one visitor group',
	}),
	/** Kinds of violence it works with; empty means any kind. */
	kinds: z.array(z.enum(violenceKinds, { error: `each kind must be one of: ${violenceKinds.join(', ')}` })).default([]),
	/** Genders it is limited to; empty means everyone. */
	genders: z.array(z.enum(genders)).default([]),
	/** Age limits, inclusive, with their sources. Leave out where no source states an age. */
	age: z
		.object({ min: z.number().int().min(0).optional(), max: z.number().int().max(130).optional(), sources: sourcesFor('this age limit') })
		.optional(),
	/**
	 * Where the sources name an age group only in words ("barn och ungdomar", "kvinnor"), which; used
	 * when `age` is not given. Covered by the service's `sources`.
	 */
	lifeStages: z.array(z.enum(lifeStages.map((l) => l.key) as [string, ...string[]], { error: `each life stage must be one of: ${lifeStages.map((l) => l.key).join(', ')}` })).default([]),
	/** Whether a visitor can stay anonymous: yes, possible (on request), or no. Leave out where unknown. */
	anonymous: z.enum(['yes', 'possible', 'no']).optional(),
	/** Free of charge, where a source says so. */
	free: z.boolean().optional(),
	/** Offers interpreting or support in other languages, where a source says so. */
	interpreting: z.boolean().optional(),
	/** Phone lines, each with its sources. */
	phones: z.array(phoneSchema).default([]),
	/** E-mail addresses, each with its sources. */
	emails: z.array(emailSchema).default([]),
	/** How to reach it instead, where no source gives a number. */
	reach: z.array(z.enum(reachWays, { error: `each reach must be one of: ${reachWays.join(', ')}` })).default([]),
	/** Sources for what the service does and for whom. */
	sources: sourcesFor('the description of this service'),
});
export type ServiceData = z.infer<typeof serviceSchema>;

/** Fields every page in every locale has. */
const pageBase = {
	/** The page's heading and `<title>`. */
	title: z.string({ error: 'title is required: add `title: …` to the frontmatter' }).min(1, { error: 'title is empty' }),
	/** One or two sentences for lists, search results and the meta description. */
	description: z.string({ error: 'description is required: one or two sentences that say what the page is for' }).min(1),
	/** Words visitors might type that are not in the text: everyday words, misspellings, synonyms. */
	keywords: z.array(z.coerce.string()).default([]),
	/**
	 * On translations only: which version of the Swedish source it was translated from, and whether a
	 * professional has reviewed it. Run `npm run i18n:status` to see which translations are outdated.
	 */
	translation: z
		.object({
			/** `sha256` prefix of the Swedish source file, as printed by `npm run i18n:status`. */
			source: z.string({ error: 'translation.source is required: the hash of the Swedish source in quotes, e.g. source: "1a2b3c4d5e6f" (npm run i18n:status prints it)' }).regex(/^[0-9a-f]{12}$/, {
				error: 'translation.source must be the 12-character hash that `npm run i18n:status` prints for the Swedish source',
			}),
			/** A professional translator has reviewed this translation. */
			reviewed: z.boolean().default(false),
		})
		.optional(),
};

/** Which services a guide or kind of violence leads to, chosen from the service data, never listed by hand. */
const serviceFilterObject = z.object({
	audiences: z.array(z.enum(audiences)).default([]),
	kinds: z.array(z.enum(violenceKinds)).default([]),
	/** Only services whose age limits include someone of this age. */
	age: z.number().int().optional(),
	/** Only services with a sourced age limit that includes `age`: the ones aimed at that age. */
	withAgeLimit: z.boolean().optional(),
	/** Only services that can be reached around the clock (for the emergency guide). */
	aroundTheClock: z.boolean().optional(),
});
const serviceFilter = serviceFilterObject.default({ audiences: [], kinds: [] });

export const guideSchema = z.object({
	...pageBase,
	/** Position among the entry guides. */
	order: z.number().int().default(100),
	/** The services this guide leads to. */
	services: serviceFilter,
});

export const kindSchema = z.object({
	...pageBase,
	/** The kind of violence this page explains; services are matched on it. Translations take it from the Swedish source. */
	kind: z.enum(violenceKinds, { error: `kind must be one of: ${violenceKinds.join(', ')}` }).optional(),
	order: z.number().int().default(100),
});

export const formSchema = z.object({
	...pageBase,
	order: z.number().int().default(100),
});

/**
 * A question that keeps people from asking for help, answered on its own page. The guides and the kinds
 * of violence list the questions whose `audiences` and `kinds` match theirs.
 */
export const questionSchema = z.object({
	...pageBase,
	/** Position among the questions. */
	order: z.number().int().default(100),
	/** The visitor groups whose guides list this question; empty means every guide. */
	audiences: z.array(z.enum(audiences, { error: `each audience must be one of: ${audiences.join(', ')}` })).default([]),
	/** The kinds of violence whose pages list this question; empty means every kind. */
	kinds: z.array(z.enum(violenceKinds, { error: `each kind must be one of: ${violenceKinds.join(', ')}` })).default([]),
	/** The services shown under the answer, chosen from the facts like a guide's; leave out for none. */
	services: serviceFilterObject.optional(),
});

/** The prose for one service in one locale; its facts come from `content/services/<id>.yaml`. */
export const serviceTextSchema = z.object({
	...pageBase,
});

/** Templates a general page can use. */
export const templates = ['page', 'home', 'search', 'finder', 'directory', 'violence', 'posters', 'questions', 'languages', 'notFound'] as const;

export const pageSchema = z.object({
	...pageBase,
	/** Which template renders the page around its text. Translations take it from the Swedish source. */
	template: z.enum(templates, { error: `template must be one of: ${templates.join(', ')}` }).default('page'),
});

/** The frontmatter schema of each content type in the registry (`src/content/contentTypes.ts`). */
export const contentSchemas = {
	pages: pageSchema,
	guides: guideSchema,
	kinds: kindSchema,
	forms: formSchema,
	questions: questionSchema,
	services: serviceTextSchema,
} as const satisfies Record<ContentType, z.ZodType>;
