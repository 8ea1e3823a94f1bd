/**
 * Choosing services from their facts: which services fit a visitor group, a kind of violence or an age.
 * The guides, the kinds of violence and the finder all use this, so no page keeps a list by hand.
 */
import type { ServiceData } from './schemas.ts';
import { lifeStages, type Audience, type ViolenceKind } from './taxonomy.ts';

/** A service's facts with its id (the name of its facts file). */
export type Service = ServiceData & { id: string };

/** What to match services on; an empty list matches anything. */
export interface ServiceFilter {
	audiences?: readonly Audience[];
	kinds?: readonly ViolenceKind[];
	/** An age the service must accept. */
	age?: number;
	/** Only services with a sourced age limit that includes `age` (services aimed at that age). */
	withAgeLimit?: boolean;
	/** Only services that can be reached around the clock: a line open day and night, socialjouren through 112, or a clinic open day and night. */
	aroundTheClock?: boolean;
}

/**
 * Whether a service can be reached at any hour, by its sourced facts.
 * @example reachableAroundTheClock(kvinnofridslinjen) // true
 */
export function reachableAroundTheClock(service: Pick<Service, 'phones' | 'reach'>): boolean {
	return service.phones.some((p) => p.hours === 'always') || service.reach.includes('socialjourVia112') || service.reach.includes('walkInAroundTheClock');
}

/**
 * Whether a service accepts someone of a given age, by its sourced age limits. A service without a
 * sourced limit is open to every age as far as the site knows.
 * @example acceptsAge({ age: { min: 18, sources } }, 15) // false
 */
export function acceptsAge(service: Pick<Service, 'age' | 'lifeStages'>, age: number): boolean {
	return ageRanges(service).some(([min, max]) => min <= age && age <= max);
}

/**
 * The ages a service accepts, as inclusive ranges: its sourced limits, or else the life stages its
 * sources name, or else every age.
 * @example ageRanges({ lifeStages: ['adults'] }) // [[18, 130]]
 */
export function ageRanges(service: Pick<Service, 'age' | 'lifeStages'>): [number, number][] {
	const [min, max] = [service.age?.min ?? 0, service.age?.max ?? 130];
	const stages = lifeStages.filter((l) => (service.lifeStages as string[] | undefined)?.includes(l.key));
	if (!stages.length) return [[min, max]];
	// Both given (Origo: "from 13", and "children and young people"): the ages both allow.
	return stages.map((l): [number, number] => [Math.max(min, l.min), Math.min(max, l.max)]).filter(([a, b]) => a <= b);
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
		.filter((s) => !filter.withAgeLimit || s.age !== undefined || s.lifeStages.length > 0)
		.filter((s) => !filter.aroundTheClock || reachableAroundTheClock(s))
		.map((s) => ({ s, specific: wantedKinds.length > 0 && s.kinds.some((k) => wantedKinds.includes(k)) ? 0 : 1 }))
		.sort((a, b) => a.specific - b.specific || a.s.order - b.s.order || a.s.name.localeCompare(b.s.name, 'sv'))
		.map(({ s }) => s);
}
