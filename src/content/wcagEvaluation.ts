/**
 * The site's evaluation against WCAG 2.2 A and AA: the schema of `content/accessibility/wcag-evaluation.yaml`,
 * loading it, and what the accessibility statement derives from it (its compliance status, its known
 * gaps, its counts). The statement never states a status of its own: `ComplianceStatus` says "fully
 * compliant" only when every criterion here is passed or not present.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

/** WCAG-EM's outcomes for a success criterion. */
export const evaluationResults = ['passed', 'notPresent', 'failed', 'cannotTell'] as const;
export type EvaluationResult = (typeof evaluationResults)[number];

/** How an automated check runs; each has a label under `accessibility.kind.*`. */
export const testKinds = ['axe', 'everyKind', 'builtPages', 'sample', 'scenario', 'htmlValidator'] as const;

/** How a person checked a criterion; each has a label under `accessibility.method.*`. */
export const manualMethods = ['imageReview', 'contentReview', 'codeReview'] as const;

/**
 * Why a criterion is not present, not met or not yet decided; each has a sentence under
 * `accessibility.reason.*` in every locale. Add a key here and its sentences there to give a new reason.
 */
export const evaluationReasons = [
	'noMedia',
	'noPersonalFields',
	'noHoverContent',
	'noTimeLimit',
	'nothingMoves',
	'noGestures',
	'noMotion',
	'noDragging',
	'noErrors',
	'noSubmissions',
	'noProcesses',
	'noLogin',
	'needsManualCheck',
] as const;

const date = (field: string) => z.coerce.date({ error: `${field} must be a date written YYYY-MM-DD` });

/** One automated check that covers a criterion. */
export const evaluationTestSchema = z.object({
	/** How it runs: axe on every page, a browser test on every page or a sample, a task, the HTML checker. */
	kind: z.enum(testKinds, { error: `kind must be one of: ${testKinds.join(', ')}` }),
	/** The test file (or script), from the project's root. */
	file: z.string().min(1),
	/** A describe or test title in that file; `tests/unit/wcag-evaluation.test.ts` checks it is there. */
	test: z.string().min(1),
	/** Which part of the test covers the criterion, in English, for the table. */
	check: z.string().optional(),
});

/** One check by a person. */
export const evaluationManualSchema = z.object({
	method: z.enum(manualMethods, { error: `method must be one of: ${manualMethods.join(', ')}` }),
	/** When it was done. */
	checked: date('checked'),
});

export const criterionSchema = z
	.object({
		/** The criterion's number, e.g. `1.4.10`. */
		id: z.string().regex(/^[1-4]\.\d\.\d{1,2}$/, { error: 'id must be a WCAG success criterion number such as 1.4.10' }),
		/** Its official English name. */
		name: z.string().min(1),
		level: z.enum(['A', 'AA']),
		result: z.enum(evaluationResults, { error: `result must be one of: ${evaluationResults.join(', ')}` }),
		/** Why it is not present, failed or undecided; required for those results. */
		reason: z.enum(evaluationReasons, { error: `reason must be one of: ${evaluationReasons.join(', ')} (add a new one to src/content/wcagEvaluation.ts and to accessibility.reason in every locales/<code>/ui.json)` }).optional(),
		tests: z.array(evaluationTestSchema).default([]),
		manual: z.array(evaluationManualSchema).default([]),
		/** For editors only, in English; not shown. */
		note: z.string().optional(),
	})
	.refine((c) => c.result === 'passed' || c.reason, {
		error: 'a criterion that is notPresent, failed or cannotTell needs a reason',
	})
	.refine((c) => c.result === 'cannotTell' || c.tests.length + c.manual.length > 0, {
		error: 'a criterion that is passed, failed or notPresent needs the tests or manual checks that show it',
	});
export type Criterion = z.infer<typeof criterionSchema>;

export const evaluationSchema = z.object({
	/** When the evaluation was last brought up to date. */
	evaluated: date('evaluated'),
	standard: z.literal('WCAG 2.2'),
	level: z.literal('AA'),
	/** Every success criterion of WCAG 2.2 at Level A and AA. */
	criteria: z.array(criterionSchema).min(1),
	/** Criteria removed from WCAG 2.2 that EN 301 549 still names (4.1.1 Parsing), shown apart. */
	obsolete: z.array(criterionSchema).default([]),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

/** Where the evaluation is kept, under the content folder the build reads. */
export const evaluationFile = () => join(process.env.CONTENT_DIR ?? 'content', 'accessibility/wcag-evaluation.yaml');

let cached: Evaluation | undefined;

/**
 * The evaluation, read and checked once per build.
 * @throws Error naming the file and the field when the data does not follow the schema.
 */
export function loadEvaluation(file = evaluationFile()): Evaluation {
	if (cached && file === evaluationFile()) return cached;
	const parsed = evaluationSchema.safeParse(parse(readFileSync(file, 'utf8')));
	if (!parsed.success) {
		throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	}
	if (file === evaluationFile()) cached = parsed.data;
	return parsed.data;
}

/**
 * The compliance status the statement may claim: `full` only when every criterion is passed or not
 * present; `none` when not one that applies is passed; otherwise `partial`.
 * @example complianceStatus(loadEvaluation()) // 'full'
 */
export function complianceStatus(evaluation: Evaluation): 'full' | 'partial' | 'none' {
	const applies = evaluation.criteria.filter((c) => c.result !== 'notPresent');
	if (applies.every((c) => c.result === 'passed')) return 'full';
	return applies.some((c) => c.result === 'passed') ? 'partial' : 'none';
}

/** The criteria the statement must list as known gaps: failed, or not yet decided. */
export function knownGaps(evaluation: Evaluation): Criterion[] {
	return evaluation.criteria.filter((c) => c.result === 'failed' || c.result === 'cannotTell');
}

/** The figures of the statement's summary. */
export function evaluationCounts(evaluation: Evaluation) {
	const { criteria } = evaluation;
	const count = (f: (c: Criterion) => boolean) => criteria.filter(f).length;
	return {
		total: criteria.length,
		passed: count((c) => c.result === 'passed'),
		notPresent: count((c) => c.result === 'notPresent'),
		failed: count((c) => c.result === 'failed'),
		cannotTell: count((c) => c.result === 'cannotTell'),
		/** Covered by at least one automated test, run on every build. */
		automated: count((c) => c.tests.length > 0),
		/** Checked by a person (some of them also automatically). */
		manual: count((c) => c.manual.length > 0),
		/** Checked by a person only. */
		manualOnly: count((c) => c.manual.length > 0 && c.tests.length === 0),
	};
}
