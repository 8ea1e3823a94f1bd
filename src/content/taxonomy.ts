/**
 * The fixed vocabularies that service data, pages and the finder share. Their labels live in the UI
 * strings (`locales/<code>/ui.json` under `taxonomy.*`), so each key here must have a label there.
 */

/** Who a page or service is for: the visitor groups of the product brief. */
export const audiences = [
	/** Someone subjected to violence. */
	'subjected',
	/** Someone who uses violence, or buys sex, and wants to stop. */
	'usesViolence',
	/** A relative, friend, neighbour or colleague worried about someone. */
	'worried',
	/** Staff who meet visitors or clients in their work, and managers. */
	'professional',
] as const;
export type Audience = (typeof audiences)[number];

/** The kinds of violence the city's programme covers (programme pp. 10–11), plus children who experience violence. */
export const violenceKinds = [
	'closeRelationships',
	'honour',
	'sexForCompensation',
	'trafficking',
	'sexualViolence',
	'childrenExperiencing',
] as const;
export type ViolenceKind = (typeof violenceKinds)[number];

/** Genders a service is limited to; services open to everyone list none. */
export const genders = ['women', 'men'] as const;
export type Gender = (typeof genders)[number];

/** Who runs a service, for grouping in the directory: `state` is a government agency (Migrationsverket, Skatteverket). */
export const providers = ['emergency', 'national', 'city', 'district', 'region', 'state', 'voluntary'] as const;
export type Provider = (typeof providers)[number];

/** Age bands the finder asks about, inclusive. */
export const ageBands = [
	{ key: 'under13', min: 0, max: 12 },
	{ key: '13to17', min: 13, max: 17 },
	{ key: '18to25', min: 18, max: 25 },
	{ key: '26to64', min: 26, max: 64 },
	{ key: '65plus', min: 65, max: 130 },
] as const;
export type AgeBand = (typeof ageBands)[number]['key'];

/**
 * Stages of life a source names in words ("barn och ungdomar", "kvinnor") where it gives no age in
 * numbers. The finder and the guides treat them as these age ranges, inclusive; pages show the words.
 */
export const lifeStages = [
	{ key: 'children', min: 0, max: 17 },
	{ key: 'youth', min: 13, max: 25 },
	{ key: 'adults', min: 18, max: 130 },
] as const;
export type LifeStage = (typeof lifeStages)[number]['key'];
