/**
 * The review loop with a translation agency: a locale's pages and UI strings exported as one XLIFF 2.0
 * file (and its glossary as TBX), and the reviewed file imported back into `content/` and `locales/`.
 *
 * Every path is under `root` (the repository, or a copy of it in the tests).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLocale, locales, sourceLocale, type Locale } from '../../../src/i18n/locales.ts';
import { sourceHash } from '../../../src/utils/sourceHash.ts';
import { translationStatus } from '../translationStatus.ts';
import { readXliff, writeXliff, type ReadFile, type XliffFile } from './document.ts';
import { inline } from './markdown.ts';
import { pageModel, type PageModel } from './page.ts';
import { parseGlossary, writeTbx } from './tbx.ts';
import { checkCodes, makeUnit, restore, type SegmentState, type Unit } from './units.ts';

/** The code of the easy-to-read Swedish locale, the source of `basic` locales' pages. */
const EASY = 'lattlast';

/** A file's bytes as a 12-character fingerprint, to notice a translation edited since the export. */
const fileHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

const read = (path: string) => readFileSync(path, 'utf8');

/** The locale whose text a locale's pages are translated from: easy-to-read Swedish for `basic` locales. */
export function textSourceLocale(locale: Locale): Locale {
	return locale.coverage === 'basic' ? getLocale(EASY) : sourceLocale;
}

export interface ExportOptions {
	root: string;
	code: string;
	/** Only pages not reviewed, or whose Swedish changed since they were translated. */
	changed?: boolean;
	out: string;
}

export interface ExportResult {
	xliff: string;
	tbx: string;
	pages: string[];
	/** Pages left out, with why. */
	skipped: string[];
}

/** Page paths and the units of one page, as both export and import derive them from the files. */
interface PageFiles {
	folder: string;
	file: string;
	/** `content/<code>/<folder>/<file>`, the XLIFF file's `original`. */
	original: string;
	hash: string;
	textSource: string;
	model: PageModel;
	targetText: string;
}

function pageFiles(root: string, locale: Locale, folder: string, file: string, hash: string, state: SegmentState): PageFiles | string {
	const original = `content/${locale.code}/${folder}/${file}`;
	const textSource = `content/${textSourceLocale(locale).code}/${folder}/${file}`;
	if (!existsSync(join(root, original))) return `${original}: no translation yet (translate it first)`;
	if (!existsSync(join(root, textSource))) return `${original}: its source ${textSource} does not exist`;
	const targetText = read(join(root, original));
	const model = pageModel(read(join(root, textSource)), targetText, locale.prefix, state);
	return { folder, file, original, hash, textSource, model, targetText };
}

/** A value from a UI strings file, by dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	if (typeof value === 'string') out.set(prefix, value);
	else if (value && typeof value === 'object' && !Array.isArray(value)) {
		for (const [k, v] of Object.entries(value)) for (const [key, s] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(key, s);
	}
	return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The UI strings as units: each key of the locale's file (and each Swedish key it lacks), source Swedish. */
function uiUnits(root: string, locale: Locale): { units: Unit[]; sourceText: string; targetText: string } {
	const sourceText = read(join(root, 'locales', sourceLocale.code, 'ui.json'));
	const targetPath = join(root, 'locales', locale.code, 'ui.json');
	const targetText = existsSync(targetPath) ? read(targetPath) : '{}\n';
	const source = flatten(JSON.parse(sourceText));
	const target = flatten(JSON.parse(targetText));
	const keys = [...source.keys()].filter((k) => !PLURAL.test(k) || target.has(k) || ![...target.keys()].some((t) => t.replace(PLURAL, '') === k.replace(PLURAL, '')));
	// Plural forms the locale has and Swedish does not (Arabic's `_few`) take the Swedish `_other`.
	for (const k of target.keys()) if (!keys.includes(k) && PLURAL.test(k) && source.has(k.replace(PLURAL, '_other'))) keys.push(k);
	const units = keys.map((key) => {
		const s = source.get(key) ?? source.get(key.replace(PLURAL, '_other'))!;
		const t = target.get(key);
		const unit = makeUnit(key, key, inline(s, { interpolation: true }), t === undefined ? undefined : inline(t, { interpolation: true }), locale.prefix, 'translated');
		if (PLURAL.test(key) && !source.has(key)) unit.notes.push(`Plural form "${key.match(PLURAL)![1]}" of this language; the Swedish shown is its "other" form.`);
		return unit;
	});
	return { units, sourceText, targetText };
}

/** Writes `<out>/<code>.xlf` and `<out>/<code>.tbx`. */
export function exportLocale({ root, code, changed = false, out }: ExportOptions): ExportResult {
	const locale = getLocale(code);
	if (locale.code === sourceLocale.code) throw new Error(`"${code}" is the source language; export a translation (${locales.map((l) => l.code).filter((c) => c !== code).join(', ')}).`);
	const textLocale = textSourceLocale(locale);
	const files: XliffFile[] = [];
	const pages: string[] = [];
	const skipped: string[] = [];
	for (const row of translationStatus(join(root, 'content'), locale.code)) {
		const status = row.locales[locale.code]!;
		if (status.state === 'missing') continue;
		if (changed && status.state === 'translated') continue;
		const page = pageFiles(root, locale, row.folder, row.file, row.sourceHash, status.state === 'translated' ? 'reviewed' : 'translated');
		if (typeof page === 'string') {
			skipped.push(page);
			continue;
		}
		const notes = [`Translation of ${page.textSource}${textLocale.code === sourceLocale.code ? '' : ' (easy-to-read Swedish)'}. ${describeState(status.state)}`];
		if (page.model.wholeBody) notes.push('The body is one unit: its headings, paragraphs and list items do not match the Swedish one for one.');
		files.push({
			id: `f-${row.folder}-${row.file.replace(/\.mdx?$/, '')}`,
			original: page.original,
			meta: { sourceHash: row.sourceHash, textSource: page.textSource, textSourceHash: sourceHash(read(join(root, page.textSource))), targetHash: fileHash(page.targetText) },
			notes,
			units: page.model.units,
		});
		pages.push(page.original);
	}
	const ui = uiUnits(root, locale);
	files.push({
		id: 'f-ui',
		original: `locales/${locale.code}/ui.json`,
		meta: { textSource: `locales/${sourceLocale.code}/ui.json`, textSourceHash: fileHash(ui.sourceText), targetHash: fileHash(ui.targetText) },
		notes: [
			`The interface strings: buttons, menus, notices. The source is the Swedish locales/${sourceLocale.code}/ui.json${textLocale.code === sourceLocale.code ? '' : ' (standard Swedish, not easy-to-read)'}. {{name}} is filled in by the site and is protected.`,
		],
		units: ui.units,
	});
	mkdirSync(out, { recursive: true });
	const xliff = join(out, `${locale.code}.xlf`);
	writeFileSync(xliff, writeXliff(textLocale.lang, locale.lang, files));
	const glossaryPath = join(root, 'locales', locale.code, 'glossary.md');
	const entries = existsSync(glossaryPath) ? parseGlossary(read(glossaryPath)) : [];
	const tbx = join(out, `${locale.code}.tbx`);
	writeFileSync(tbx, writeTbx(entries, sourceLocale.lang, locale.lang, `Glossary, Swedish to ${locale.name} (${locale.lang}): Vart kan jag vända mig?`, `locales/${locale.code}/glossary.md`));
	return { xliff, tbx, pages, skipped };
}

function describeState(state: string): string {
	if (state === 'translated') return 'Reviewed before; the Swedish has not changed since.';
	if (state === 'outdated') return 'The Swedish has changed since this translation was made: compare with the source and update the translation.';
	return 'Not yet reviewed by a professional translator.';
}

export interface ImportOptions {
	root: string;
	/** The XLIFF file's text. */
	xml: string;
	/** Mark every imported page reviewed, whatever the segments' states. */
	allReviewed?: boolean;
}

export interface ImportResult {
	/** Files written. */
	written: string[];
	/** Pages marked reviewed. */
	reviewed: string[];
	/** Pages imported but left unreviewed, with why. */
	notReviewed: string[];
}

/** Why an import was refused: every problem found, each naming the file and unit. */
export class ImportRefused extends Error {
	problems: string[];
	constructor(problems: string[]) {
		super(`Import refused, nothing written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.problems = problems;
	}
}

const REVIEWED: SegmentState[] = ['reviewed', 'final'];

/**
 * Checks every file of a returned XLIFF document, then writes them all, or writes nothing and throws
 * `ImportRefused` when any of them has a problem.
 */
export function importXliff({ root, xml, allReviewed = false }: ImportOptions): ImportResult {
	let doc: ReturnType<typeof readXliff>;
	try {
		doc = readXliff(xml);
	} catch (error) {
		throw new ImportRefused([(error as Error).message]);
	}
	const problems: string[] = [];
	const writes: { path: string; text: string }[] = [];
	const reviewed: string[] = [];
	const notReviewed: string[] = [];
	for (const file of doc.files) {
		const ui = file.original.match(/^locales\/([^/]+)\/ui\.json$/);
		const page = file.original.match(/^content\/([^/]+)\/([^/]+)\/([^/]+\.mdx?)$/);
		const code = (ui ?? page)?.[1];
		const locale = code ? locales.find((l) => l.code === code) : undefined;
		const where = `<file original="${file.original}">`;
		if (!locale || locale.code === sourceLocale.code) {
			problems.push(`${where}: not a translation this project exports (content/<code>/<folder>/<page>.mdx or locales/<code>/ui.json)`);
			continue;
		}
		if (doc.trgLang !== locale.lang) problems.push(`${where}: the document's trgLang is "${doc.trgLang}", but ${locale.code} is "${locale.lang}"`);
		const before = problems.length;
		const result = ui ? importUi(root, locale, file, problems) : importPage(root, locale, page![2]!, page![3]!, file, problems, allReviewed);
		if (!result || problems.length > before) continue;
		if (result.text !== undefined) writes.push({ path: file.original, text: result.text });
		if (!ui) (result.reviewed ? reviewed : notReviewed).push(result.reviewed ? file.original : `${file.original}: ${result.why}`);
	}
	if (problems.length) throw new ImportRefused(problems);
	for (const w of writes) writeFileSync(join(root, w.path), w.text);
	return { written: writes.map((w) => w.path), reviewed, notReviewed };
}

const reexport = (code: string) => `re-export it (npm run xliff -- export --locale ${code}) and carry the work over`;

/** The units' new texts, after checking every code; `undefined` for a unit with no target. */
function newTexts(units: Unit[], file: ReadFile, problems: string[]): Map<string, string> | undefined {
	const texts = new Map<string, string>();
	const byId = new Map(units.map((u) => [u.id, u]));
	const before = problems.length;
	for (const returned of file.units) {
		const unit = byId.get(returned.id);
		const where = `<file original="${file.original}"> unit "${returned.id}"`;
		if (!unit) {
			problems.push(`${where}: no such unit in the page now`);
			continue;
		}
		for (const [id, code] of unit.codes) {
			for (const [dataId, data] of [[`d${id}`, code.data], [`d${id}e`, code.end]] as const) {
				if (data !== undefined && dataId in returned.data && returned.data[dataId] !== data) problems.push(`${where}: <originalData> ${dataId} was changed to "${returned.data[dataId]}" (it must stay "${data}")`);
			}
		}
		if (!returned.target) continue;
		for (const p of checkCodes(unit, returned.target)) problems.push(`${where}: ${p}`);
		if (problems.length === before) texts.set(unit.id, restore(unit, returned.target));
	}
	return problems.length === before ? texts : undefined;
}

function importPage(root: string, locale: Locale, folder: string, name: string, file: ReadFile, problems: string[], allReviewed: boolean): { text?: string; reviewed: boolean; why?: string } | undefined {
	const where = `<file original="${file.original}">`;
	const original = join(root, 'content', locale.code, folder, name);
	const swedish = join(root, 'content', sourceLocale.code, folder, name);
	if (!existsSync(original) || !existsSync(swedish)) {
		problems.push(`${where}: the page or its Swedish source no longer exists`);
		return undefined;
	}
	const hash = sourceHash(read(swedish));
	if (file.meta.sourceHash !== hash) {
		problems.push(`${where}: the Swedish source changed since the export (hash ${file.meta.sourceHash ?? 'missing'} in the XLIFF, ${hash} now); ${reexport(locale.code)}`);
		return undefined;
	}
	const page = pageFiles(root, locale, folder, name, hash, 'translated');
	if (typeof page === 'string') {
		problems.push(page);
		return undefined;
	}
	const textHash = sourceHash(read(join(root, page.textSource)));
	if (file.meta.textSourceHash !== textHash) {
		problems.push(`${where}: ${page.textSource}, the text translated from, changed since the export; ${reexport(locale.code)}`);
		return undefined;
	}
	if (file.meta.targetHash !== fileHash(page.targetText)) {
		problems.push(`${where}: the page itself was edited since the export, and importing would undo that; ${reexport(locale.code)}`);
		return undefined;
	}
	const texts = newTexts(page.model.units, file, problems);
	if (!texts) return undefined;
	const current = new Map(page.model.units.map((u) => [u.id, u.target ? restore(u, u.target) : undefined]));
	for (const [id, text] of texts) if (current.get(id) === text) texts.delete(id);
	const returned = new Map(file.units.map((u) => [u.id, u]));
	const unsigned = page.model.units.filter((u) => !returned.get(u.id)?.states.length || !returned.get(u.id)!.states.every((s) => REVIEWED.includes(s)));
	const isReviewed = allReviewed || unsigned.length === 0;
	const text = page.model.render(texts, { source: hash, reviewed: isReviewed });
	return { text: text === page.targetText ? undefined : text, reviewed: isReviewed, why: `${unsigned.length} unit(s) not in state reviewed/final (${unsigned.map((u) => u.id).slice(0, 5).join(', ')}${unsigned.length > 5 ? ', …' : ''})` };
}

function importUi(root: string, locale: Locale, file: ReadFile, problems: string[]): { text?: string; reviewed: boolean; why?: string } | undefined {
	const where = `<file original="${file.original}">`;
	const ui = uiUnits(root, locale);
	if (file.meta.textSourceHash !== fileHash(ui.sourceText)) {
		problems.push(`${where}: the Swedish locales/${sourceLocale.code}/ui.json changed since the export; ${reexport(locale.code)}`);
		return undefined;
	}
	if (file.meta.targetHash !== fileHash(ui.targetText)) {
		problems.push(`${where}: the file was edited since the export, and importing would undo that; ${reexport(locale.code)}`);
		return undefined;
	}
	const texts = newTexts(ui.units, file, problems);
	if (!texts) return undefined;
	const data = JSON.parse(ui.targetText);
	let changed = false;
	for (const [key, value] of texts) {
		const path = key.split('.');
		let node = data;
		for (const part of path.slice(0, -1)) node = node[part] ??= {};
		if (node[path.at(-1)!] !== value) {
			node[path.at(-1)!] = value;
			changed = true;
		}
	}
	if (!changed) return { reviewed: false };
	const indent = ui.targetText.match(/^[ \t]+(?=")/m)?.[0] ?? '  ';
	return { text: JSON.stringify(data, null, indent) + '\n', reviewed: false };
}
