/**
 * Choosing services from their facts: which services fit a visitor group, a kind of violence or an age.
 * The guides, the kinds of violence and the finder all use this, so no page keeps a list by hand.
 */
import type { ServiceData } from './schemas.ts';
import type { Audience, ViolenceKind } from './taxonomy.ts';

/** A service's facts with its id (the name of its facts file). */
export type Service = ServiceData & { id: string };

/** What to match services on; an empty list matches anything. */
export interface ServiceFilter {
	audiences?: readonly Audience[];
	kinds?: readonly ViolenceKind[];
	/** An age the service must accept. */
	age?: number;
}

/**
 * Whether a service accepts someone of a given age, by its sourced age limits. A service without a
 * sourced limit is open to every age as far as the site knows.
 * @example acceptsAge({ age: { min: 18, sources } }, 15) // false
 */
export function acceptsAge(service: Pick<Service, 'age'>, age: number): boolean {
	if (!service.age) return true;
	return (service.age.min ?? 0) <= age && age <= (service.age.max ?? 130);
}

/**
 * The services that match a filter, the most specific first: services aimed at the kind of violence
 * asked for before general ones, then by their `order`.
 * @example matchServices(all, { audiences: ['usesViolence'], age: 30 }).map((s) => s.id) // ['rvc', 'kast', …]
 */
export function matchServices(services: readonly Service[], filter: ServiceFilter): Service[] {
	const wantedKinds = filter.kinds ?? [];
	const wantedAudiences = filter.audiences ?? [];
	return services
		.filter((s) => wantedAudiences.length === 0 || s.audiences.some((a) => wantedAudiences.includes(a)))
		.filter((s) => wantedKinds.length === 0 || s.kinds.length === 0 || s.kinds.some((k) => wantedKinds.includes(k)))
		.filter((s) => filter.age === undefined || acceptsAge(s, filter.age))
		.map((s) => ({ s, specific: wantedKinds.length > 0 && s.kinds.some((k) => wantedKinds.includes(k)) ? 0 : 1 }))
		.sort((a, b) => a.specific - b.specific || a.s.order - b.s.order || a.s.name.localeCompare(b.s.name, 'sv'))
		.map(({ s }) => s);
}
