/**
 * The site's content, loaded once per build: every route in every locale and every service's facts.
 * Cross-references that a schema cannot see are checked here, so bad content stops the build with the
 * file, the field and the fix (see `ContentError`).
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../content/contentError.ts';
import type { Service } from '../content/services.ts';
import { sourceHash } from './sourceHash.ts';
import { violenceKinds } from '../content/taxonomy.ts';
import { buildRoutes, checkUniquePaths, pathFor, type Route, type ToolRoute } from './routing.ts';
import { contentTypeKeys, contentTypes, type ContentType } from '../content/contentTypes.ts';
import { locales, sourceLocale } from '../i18n/locales.ts';
import { posterFormats, type PosterFormat } from '../components/Poster/formats.ts';
import { finderAnswerPages, finderPath, type FinderAnswers } from './finder.ts';

/** Any prose entry, of any content type in the registry. */
export type AnyEntry = CollectionEntry<(typeof contentTypes)[ContentType]['collection']>;

/** A route with an Astro collection entry. */
export type SiteRoute = Route<AnyEntry>;

/** Components that prose may use to show a service's facts, and the attribute naming the service. */
const serviceTags = /<(Phone|ServiceLink|ServiceCard)\b[^>]*?\bid="([^"]*)"/g;

/** Checks that every `<Phone id="…">`, `<ServiceLink id="…">` and `<ServiceCard id="…">` names a service. */
export function checkServiceReferences(entry: { filePath?: string; id: string; body?: string }, serviceIds: string[]): void {
	const body = entry.body ?? '';
	for (const match of body.matchAll(serviceTags)) {
		const id = match[2]!;
		if (!serviceIds.includes(id)) {
			const line = body.slice(0, match.index).split('\n').length;
			throw new ContentError(
				entry.filePath ?? entry.id,
				`<${match[1]} id="${id}"> (line ${line} of the text)`,
				`unknown service "${id}"`,
				`use the id of a facts file in content/services/: ${serviceIds.join(', ')}.`,
			);
		}
	}
}

/** Checks that a visitor can always learn how to reach a service: a sourced number, or another way. */
function checkReachable(service: Service, file: string): void {
	if (service.phones.length === 0 && service.emails.length === 0 && service.reach.length === 0) {
		throw new ContentError(
			file,
			'phones / reach',
			'the service has no sourced way to reach it',
			'add a phone number with its sources, or, where no source gives one, say how to reach it instead: reach: [districtSocialServices] (see src/content/schemas.ts for the options).',
		);
	}
}

/** A finder answer page's props: a visitor group, and an age band when chosen. */
export type FinderAnswerProps = { answers: Omit<FinderAnswers, 'kind'> & { group: NonNullable<FinderAnswers['group']> } };
/** A printable's props: which printable (`src/components/Poster/formats.ts`). */
export type PosterProps = { format: PosterFormat };
/** Any page of the site: a content page, or a page a tool builds. */
export type PageRoute = SiteRoute | ToolRoute<FinderAnswerProps> | ToolRoute<PosterProps>;

/** The pages the tools build in every locale: finder answers for visitors without JavaScript, and printables. */
function toolRoutes(): PageRoute[] {
	const slugOf = (path: string, prefix: string) => path.replace(/^\/|\/$/g, '').slice(prefix ? prefix.length + 1 : 0);
	return locales.flatMap((locale) => [
		...finderAnswerPages().map((answers): ToolRoute<FinderAnswerProps> => {
			const path = finderPath(locale.code, answers);
			return { path, locale: locale.code, slug: slugOf(path, locale.prefix), tool: 'finderAnswer', props: { answers } };
		}),
		...(Object.entries(posterFormats) as [PosterFormat, string][]).map(([format, slug]): ToolRoute<PosterProps> => ({
			path: pathFor(locale.code, slug),
			locale: locale.code,
			slug,
			tool: 'poster',
			props: { format },
		})),
	]);
}

let cache: Promise<{ routes: SiteRoute[]; all: PageRoute[]; services: Service[] }> | undefined;

async function load() {
	const serviceEntries = await getCollection('services');
	const services: Service[] = serviceEntries.map((e) => ({ ...e.data, id: e.id }));
	for (const e of serviceEntries) checkReachable({ ...e.data, id: e.id }, e.filePath ?? `content/services/${e.id}.yaml`);
	const serviceIds = services.map((s) => s.id);

	const entries = Object.fromEntries(
		await Promise.all(contentTypeKeys.map(async (type) => [type, (await getCollection(contentTypes[type].collection)) as AnyEntry[]])),
	) as Record<ContentType, AnyEntry[]>;
	for (const list of Object.values(entries)) for (const entry of list) checkServiceReferences(entry, serviceIds);
	for (const entry of entries.kinds) {
		if (entry.id.startsWith(`${sourceLocale.code}/`) && !('kind' in entry.data && entry.data.kind)) {
			throw new ContentError(entry.filePath ?? entry.id, 'kind', 'a page about a kind of violence must say which kind it explains', `add kind: with one of ${violenceKinds.join(', ')}.`);
		}
	}

	const routes = buildRoutes(entries, (entry) => sourceHash(readFileSync(entry.filePath!, 'utf8')), serviceIds);
	const all: PageRoute[] = [...routes, ...toolRoutes()];
	checkUniquePaths(all);
	services.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'sv'));
	return { routes, all, services };
}

/** Every route of the site, validated. */
export async function getRoutes(): Promise<SiteRoute[]> {
	return (await (cache ??= load())).routes;
}

/** Every page of the site, content pages and the pages the tools build, for `[...path].astro`. */
export async function getAllRoutes(): Promise<PageRoute[]> {
	return (await (cache ??= load())).all;
}

/** Every service's facts, in display order. */
export async function getServices(): Promise<Service[]> {
	return (await (cache ??= load())).services;
}

/**
 * The routes of one locale and type, e.g. every kind of violence in Arabic, in their `order`.
 */
export async function routesOf(locale: string, type: ContentType): Promise<SiteRoute[]> {
	const routes = (await getRoutes()).filter((r) => r.locale === locale && r.type === type);
	const order = (r: SiteRoute) => ('order' in r.source.data ? (r.source.data.order as number) : 100);
	return routes.sort((a, b) => order(a) - order(b) || a.entry.data.title.localeCompare(b.entry.data.title));
}

/**
 * The page of a service in a locale (the translation, or the Swedish text where there is none).
 * @example (await serviceRoute('kast', 'en')).path // '/en/stod/kast/'
 */
export async function serviceRoute(id: string, locale: string): Promise<SiteRoute> {
	const route = (await getRoutes()).find((r) => r.type === 'services' && r.name === id && r.locale === locale);
	if (!route) throw new Error(`No page for service "${id}" in locale "${locale}": is there a content/sv/services/${id}.mdx?`);
	return route;
}
