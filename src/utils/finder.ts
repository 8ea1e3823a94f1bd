/**
 * The finder ("Vart kan jag vända mig?"): up to three answers — who you are, an age, and optionally a kind
 * of violence — and the services that fit, computed from the service facts.
 *
 * Without JavaScript the answers are pages: `/hitta-stod/<group>/` and `/hitta-stod/<group>/<age>/`, with
 * the kinds of violence as in-page links. With JavaScript the finder page filters in place and the
 * answers never enter the URL.
 */
import { ageRanges, matchServices, type Service } from '../content/services.ts';
import { ageBands, audiences, violenceKinds, type AgeBand, type Audience, type ViolenceKind } from '../content/taxonomy.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { pathFor } from './routing.ts';

/** The slug of the finder page. */
export const FINDER_SLUG = 'hitta-stod';

/** URL segments for the visitor groups and age bands (ASCII, the same in every locale). */
export const groupSlugs: Record<Audience, string> = { subjected: 'utsatt', usesViolence: 'utovar', worried: 'orolig', professional: 'personal' };
export const ageSlugs: Record<AgeBand, string> = { under13: 'under-13', '13to17': '13-17', '18to25': '18-25', '26to64': '26-64', '65plus': '65-plus' };

/** One set of answers; a visitor who has not said who they are sees every group's services. */
export interface FinderAnswers {
	group?: Audience;
	age?: AgeBand;
	kind?: ViolenceKind;
}

/**
 * The finder page, or the no-JavaScript page for some answers.
 * @example finderPath('en', { group: 'worried', age: '13to17' }) // '/en/hitta-stod/orolig/13-17/'
 */
export function finderPath(code: LocaleCode, answers?: Omit<FinderAnswers, 'kind'>): string {
	const parts = [FINDER_SLUG];
	if (answers?.group) parts.push(groupSlugs[answers.group]);
	if (answers?.age) parts.push(ageSlugs[answers.age]);
	return pathFor(code, parts.join('/'));
}

/** Whether a service's sourced age limits overlap an age band. */
export function acceptsBand(service: Pick<Service, 'age' | 'lifeStages'>, band: AgeBand): boolean {
	const { min, max } = ageBands.find((b) => b.key === band)!;
	return ageRanges(service).some(([from, to]) => from <= max && min <= to);
}

/**
 * The services for a set of answers, the most specific first: those aimed at the kind of violence chosen,
 * then general ones. The age is that of the person concerned, whoever is asking.
 * @example finderMatches(services, { group: 'subjected', age: '13to17', kind: 'honour' })
 */
export function finderMatches(services: readonly Service[], answers: FinderAnswers): Service[] {
	return matchServices(services, { audiences: answers.group ? [answers.group] : [], kinds: answers.kind ? [answers.kind] : [] }).filter(
		(s) => !answers.age || acceptsBand(s, answers.age),
	);
}

/** Every no-JavaScript finder page: each group, and each group with each age. */
export function finderAnswerPages(): (Omit<FinderAnswers, 'kind'> & { group: Audience })[] {
	return audiences.flatMap((group) => [{ group }, ...ageBands.map((b) => ({ group, age: b.key }))]);
}

/** The kinds a visitor can choose, in the order the site presents them. */
export const finderKinds: readonly ViolenceKind[] = violenceKinds;
