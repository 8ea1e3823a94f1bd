/**
 * The WCAG evaluation (`content/accessibility/wcag-evaluation.yaml`) that the accessibility statement
 * renders: it follows its schema, lists exactly WCAG 2.2's Level A and AA criteria, names only tests
 * that exist, has its words in every locale, and is what decides the statement's compliance status.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complianceStatus, evaluationCounts, evaluationFile, evaluationReasons, evaluationResults, knownGaps, loadEvaluation, manualMethods, testKinds, type Evaluation } from '../../src/content/wcagEvaluation.ts';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';

const root = join(import.meta.dirname, '../..');

/**
 * WCAG 2.2's success criteria at Level A and AA, as the W3C publishes them
 * (https://www.w3.org/TR/WCAG22/), without 4.1.1 Parsing, which WCAG 2.2 removed.
 */
const wcag22: [string, string, 'A' | 'AA'][] = [
	['1.1.1', 'Non-text Content', 'A'],
	['1.2.1', 'Audio-only and Video-only (Prerecorded)', 'A'],
	['1.2.2', 'Captions (Prerecorded)', 'A'],
	['1.2.3', 'Audio Description or Media Alternative (Prerecorded)', 'A'],
	['1.2.4', 'Captions (Live)', 'AA'],
	['1.2.5', 'Audio Description (Prerecorded)', 'AA'],
	['1.3.1', 'Info and Relationships', 'A'],
	['1.3.2', 'Meaningful Sequence', 'A'],
	['1.3.3', 'Sensory Characteristics', 'A'],
	['1.3.4', 'Orientation', 'AA'],
	['1.3.5', 'Identify Input Purpose', 'AA'],
	['1.4.1', 'Use of Color', 'A'],
	['1.4.2', 'Audio Control', 'A'],
	['1.4.3', 'Contrast (Minimum)', 'AA'],
	['1.4.4', 'Resize Text', 'AA'],
	['1.4.5', 'Images of Text', 'AA'],
	['1.4.10', 'Reflow', 'AA'],
	['1.4.11', 'Non-text Contrast', 'AA'],
	['1.4.12', 'Text Spacing', 'AA'],
	['1.4.13', 'Content on Hover or Focus', 'AA'],
	['2.1.1', 'Keyboard', 'A'],
	['2.1.2', 'No Keyboard Trap', 'A'],
	['2.1.4', 'Character Key Shortcuts', 'A'],
	['2.2.1', 'Timing Adjustable', 'A'],
	['2.2.2', 'Pause, Stop, Hide', 'A'],
	['2.3.1', 'Three Flashes or Below Threshold', 'A'],
	['2.4.1', 'Bypass Blocks', 'A'],
	['2.4.2', 'Page Titled', 'A'],
	['2.4.3', 'Focus Order', 'A'],
	['2.4.4', 'Link Purpose (In Context)', 'A'],
	['2.4.5', 'Multiple Ways', 'AA'],
	['2.4.6', 'Headings and Labels', 'AA'],
	['2.4.7', 'Focus Visible', 'AA'],
	['2.4.11', 'Focus Not Obscured (Minimum)', 'AA'],
	['2.5.1', 'Pointer Gestures', 'A'],
	['2.5.2', 'Pointer Cancellation', 'A'],
	['2.5.3', 'Label in Name', 'A'],
	['2.5.4', 'Motion Actuation', 'A'],
	['2.5.7', 'Dragging Movements', 'AA'],
	['2.5.8', 'Target Size (Minimum)', 'AA'],
	['3.1.1', 'Language of Page', 'A'],
	['3.1.2', 'Language of Parts', 'AA'],
	['3.2.1', 'On Focus', 'A'],
	['3.2.2', 'On Input', 'A'],
	['3.2.3', 'Consistent Navigation', 'AA'],
	['3.2.4', 'Consistent Identification', 'AA'],
	['3.2.6', 'Consistent Help', 'A'],
	['3.3.1', 'Error Identification', 'A'],
	['3.3.2', 'Labels or Instructions', 'A'],
	['3.3.3', 'Error Suggestion', 'AA'],
	['3.3.4', 'Error Prevention (Legal, Financial, Data)', 'AA'],
	['3.3.7', 'Redundant Entry', 'A'],
	['3.3.8', 'Accessible Authentication (Minimum)', 'AA'],
	['4.1.2', 'Name, Role, Value', 'A'],
	['4.1.3', 'Status Messages', 'AA'],
];

const evaluation = loadEvaluation(join(root, 'content/accessibility/wcag-evaluation.yaml'));

describe('the WCAG evaluation', () => {
	it('lists every WCAG 2.2 criterion at Level A and AA once, in order, with its official name and level: 55 in all', () => {
		expect(wcag22).toHaveLength(55);
		expect(evaluation.criteria.map((c) => [c.id, c.name, c.level])).toEqual(wcag22);
	});

	it('keeps 4.1.1 Parsing apart, as obsolete in WCAG 2.2', () => {
		expect(evaluation.obsolete.map((c) => [c.id, c.name, c.level])).toEqual([['4.1.1', 'Parsing', 'A']]);
	});

	it('names only tests that exist: every file, and every describe or test title in it', () => {
		for (const c of [...evaluation.criteria, ...evaluation.obsolete]) {
			for (const t of c.tests) {
				const file = join(root, t.file);
				expect(existsSync(file), `${c.id}: ${t.file}`).toBe(true);
				if (t.kind === 'htmlValidator') continue; // a script, named by what it runs
				const source = readFileSync(file, 'utf8');
				expect(source.includes(t.test), `${c.id}: "${t.test}" is not a test title in ${t.file}`).toBe(true);
			}
		}
		const checkHtml = readFileSync(join(root, 'scripts/check-html.ts'), 'utf8');
		expect(checkHtml).toContain('Nu Html Checker');
	});

	it('dates no check after the evaluation', () => {
		for (const c of evaluation.criteria) for (const m of c.manual) expect(m.checked.getTime(), c.id).toBeLessThanOrEqual(evaluation.evaluated.getTime());
	});

	it('has its words in every locale: results, kinds of test, manual methods, reasons and the statement', () => {
		const keys = [
			...evaluationResults.map((r) => `result.${r}`),
			...testKinds.map((k) => `kind.${k}`),
			...manualMethods.map((m) => `method.${m}`),
			...evaluationReasons.map((r) => `reason.${r}`),
			'status.sentence', 'status.full', 'status.partial', 'status.none', 'status.gapsBelow',
			'gaps.none', 'gaps.intro', 'table.caption', 'table.criterion', 'table.method', 'table.result', 'table.level', 'obsolete',
		];
		for (const l of locales) {
			const t = useTranslations(l.code);
			for (const key of keys) {
				const text = t(`accessibility.${key}`, { date: 'D', level: 'L', status: 'S', criterion: 'C', result: 'R' });
				expect(text, `${l.code}: accessibility.${key}`).not.toBe(`accessibility.${key}`);
			}
			for (const [key, placeholder] of [['status.sentence', 'S'], ['obsolete', 'C']] as const) {
				expect(t(`accessibility.${key}`, { status: 'S', criterion: 'C', result: 'R' }), `${l.code}: accessibility.${key} keeps its placeholder`).toContain(placeholder);
			}
		}
	});
});

describe('the compliance status', () => {
	const withResults = (...results: Evaluation['criteria'][number]['result'][]): Evaluation => ({
		...evaluation,
		criteria: results.map((result, i) => ({ ...evaluation.criteria[i]!, result, reason: result === 'passed' ? undefined : 'needsManualCheck' })),
	});

	it('is "full" only when every criterion is passed or not present', () => {
		expect(complianceStatus(withResults('passed', 'notPresent', 'passed'))).toBe('full');
		expect(complianceStatus(withResults('passed', 'failed'))).toBe('partial');
		expect(complianceStatus(withResults('passed', 'cannotTell'))).toBe('partial');
		expect(complianceStatus(withResults('failed', 'notPresent'))).toBe('none');
	});

	it('lists every failed or undecided criterion as a known gap', () => {
		expect(knownGaps(withResults('passed', 'failed', 'cannotTell', 'notPresent')).map((c) => c.result)).toEqual(['failed', 'cannotTell']);
	});

	it('counts what the statement summarises', () => {
		const counts = evaluationCounts(evaluation);
		expect(counts.total).toBe(55);
		expect(counts.passed + counts.notPresent + counts.failed + counts.cannotTell).toBe(55);
		expect(counts.automated).toBeGreaterThan(0);
		expect(counts.manual).toBeGreaterThan(0);
	});

	it('rejects data that would let the statement claim too much', async () => {
		const { criterionSchema } = await import('../../src/content/wcagEvaluation.ts');
		const base = { id: '1.4.10', name: 'Reflow', level: 'AA' };
		expect(criterionSchema.safeParse({ ...base, result: 'passed' }).success, 'passed with no test or check').toBe(false);
		expect(criterionSchema.safeParse({ ...base, result: 'notPresent', manual: [{ method: 'codeReview', checked: '2026-12-02' }] }).success, 'not present with no reason').toBe(false);
		expect(criterionSchema.safeParse({ ...base, result: 'failed', reason: 'invented' }).success, 'a reason with no words').toBe(false);
	});
});

describe('the accessibility statement', () => {
	const statements = locales.map((l) => join(root, 'content', l.code, 'pages/tillganglighet.mdx')).filter(existsSync);
	const body = (file: string) => readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---/, '');

	it('exists in Swedish and is translated', () => {
		expect(statements.length).toBeGreaterThan(1);
		expect(statements[0]).toBe(join(root, 'content/sv/pages/tillganglighet.mdx'));
	});

	for (const file of statements) {
		const code = file.split('/content/')[1]!.split('/')[0]!;
		it(`${code}: takes its status, its gaps and its table from the evaluation, and never states a status by hand`, () => {
			const text = body(file);
			for (const tag of ['<ComplianceStatus />', '<KnownGaps />']) expect(text, `${code}: ${tag}`).toContain(tag);
			// The table itself, or (in a shortened easy-to-read statement) a link to the page that has it.
			expect(text.includes('<WcagTable />') || /\]\(\/tillganglighet\/\)/.test(text), `${code}: <WcagTable /> or a link to /tillganglighet/`).toBe(true);
			const t = useTranslations(code as (typeof locales)[number]['code']);
			for (const status of ['full', 'partial', 'none']) {
				const words = t(`accessibility.status.${status}`);
				expect(text.toLowerCase().includes(`**${words.toLowerCase()}**`), `${code}: "${words}" written by hand`).toBe(false);
			}
			expect(text, `${code}: links to Digg's complaint page`).toContain('https://www.digg.se/tdosanmalan');
		});
	}

	it('reads the evaluation from the content folder', () => {
		expect(evaluationFile()).toMatch(/accessibility\/wcag-evaluation\.yaml$/);
	});
});
