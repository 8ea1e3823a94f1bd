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
import { sourceLocale } from '../i18n/locales.ts';
import { violenceKinds } from '../content/taxonomy.ts';
import { buildRoutes, type ContentType, type Route } from './routing.ts';

/** Any prose entry. */
export type AnyEntry =
	| CollectionEntry<'pages'>
	| CollectionEntry<'guides'>
	| CollectionEntry<'kinds'>
	| CollectionEntry<'forms'>
	| CollectionEntry<'serviceTexts'>;

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

let cache: Promise<{ routes: SiteRoute[]; services: Service[] }> | undefined;

async function load() {
	const serviceEntries = await getCollection('services');
	const services: Service[] = serviceEntries.map((e) => ({ ...e.data, id: e.id }));
	for (const e of serviceEntries) checkReachable({ ...e.data, id: e.id }, e.filePath ?? `content/services/${e.id}.yaml`);
	const serviceIds = services.map((s) => s.id);

	const entries: Record<ContentType, AnyEntry[]> = {
		pages: await getCollection('pages'),
		guides: await getCollection('guides'),
		kinds: await getCollection('kinds'),
		forms: await getCollection('forms'),
		services: await getCollection('serviceTexts'),
	};
	for (const list of Object.values(entries)) for (const entry of list) checkServiceReferences(entry, serviceIds);
	for (const entry of entries.kinds) {
		if (entry.id.startsWith(`${sourceLocale.code}/`) && !('kind' in entry.data && entry.data.kind)) {
			throw new ContentError(entry.filePath ?? entry.id, 'kind', 'a page about a kind of violence must say which kind it explains', `add kind: with one of ${violenceKinds.join(', ')}.`);
		}
	}

	const routes = buildRoutes(entries, (entry) => sourceHash(readFileSync(entry.filePath!, 'utf8')), serviceIds);
	services.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'sv'));
	return { routes, services };
}

/** Every route of the site, validated. */
export async function getRoutes(): Promise<SiteRoute[]> {
	return (await (cache ??= load())).routes;
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
