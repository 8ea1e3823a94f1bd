/**
 * How old a fact is, and whether a visitor should be told it may have changed. One rule, used by the
 * contact block on every service page, by the fact report for editors, and by the tests
 * (`docs/decisions.md`, "Facts have sources, and show their age"):
 *
 * - a source flagged `recheck: true` by the editors;
 * - a source published more than two years before the build;
 * - a source last read (`checked`) more than twelve months before the build.
 *
 * "Checked" means someone read the source on that date, not that the service confirmed it.
 */

/** The parts of a source that date a fact (`sourceSchema` in `schemas.ts`). */
export interface DatedSource {
	url?: string;
	title?: string;
	checked: Date;
	published?: Date;
	recheck?: boolean;
	note?: string;
}

/** Why a fact may have changed. Each has a sentence under `fact.reason.*` in the UI strings. */
export type StaleReason = 'flagged' | 'oldSource' | 'notReadRecently';

/** A fact's age, worked out from its sources. */
export interface FactAge {
	/** The most recent publication date any source gives, if any gives one. */
	published?: Date;
	/** When a source for the fact was last read. */
	checked: Date;
	/** Why the fact may have changed; empty when its sources are recent and unflagged. */
	reasons: StaleReason[];
	/** Whether the visitor must be told the fact may have changed. */
	mayHaveChanged: boolean;
}

const DAY = 24 * 3600 * 1000;
/** A source published longer ago than this is old. */
export const OLD_SOURCE_DAYS = 2 * 365;
/** A source not read for longer than this must be read again. */
export const READ_AGAIN_DAYS = 365;

/**
 * The age of a fact stated by one or more sources. A fact is as fresh as its freshest source: any one
 * recent, unflagged source that states it is enough.
 * @example factAge([{ url, checked: new Date('2026-11-22'), published: new Date('2020-09-15') }], new Date('2026-12-02')).reasons // ['oldSource']
 */
export function factAge(sources: readonly DatedSource[], today: Date): FactAge {
	if (sources.length === 0) throw new Error('factAge: a fact without sources has no age; the schemas require a source for every fact.');
	const reasonsOf = (s: DatedSource): StaleReason[] => {
		const reasons: StaleReason[] = [];
		if (s.recheck) reasons.push('flagged');
		if (s.published && today.getTime() - s.published.getTime() > OLD_SOURCE_DAYS * DAY) reasons.push('oldSource');
		if (today.getTime() - s.checked.getTime() > READ_AGAIN_DAYS * DAY) reasons.push('notReadRecently');
		return reasons;
	};
	const perSource = sources.map((s) => ({ s, reasons: reasonsOf(s) }));
	const fresh = perSource.some((p) => p.reasons.length === 0);
	const reasons = fresh ? [] : [...new Set(perSource.flatMap((p) => p.reasons))];
	const published = sources.map((s) => s.published).filter((d): d is Date => !!d);
	return {
		published: published.length ? new Date(Math.max(...published.map((d) => d.getTime()))) : undefined,
		checked: new Date(Math.max(...sources.map((s) => s.checked.getTime()))),
		reasons,
		mayHaveChanged: reasons.length > 0,
	};
}

/**
 * The date the site is built, which facts are dated against. `FACT_DATE` (YYYY-MM-DD) fixes it for
 * tests and for rebuilding an old version.
 */
export function buildDate(): Date {
	return new Date(process.env.FACT_DATE ?? new Date().toISOString().slice(0, 10));
}
