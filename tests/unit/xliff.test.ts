/**
 * The XLIFF review loop (`npm run xliff`), on a temporary copy of the content: never the real content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { blocks, inline, joinPieces, serialise } from '../../scripts/lib/xliff/markdown.ts';
import { exportLocale, importXliff, ImportRefused } from '../../scripts/lib/xliff/project.ts';
import { parseGlossary } from '../../scripts/lib/xliff/tbx.ts';
import { translationStatus } from '../../scripts/lib/translationStatus.ts';
import { checkCodes, makeUnit, restore } from '../../scripts/lib/xliff/units.ts';

const repo = process.cwd();
let root: string;
let out: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'xliff-test-'));
	for (const dir of ['content/sv', 'content/en', 'content/lattlast', 'locales/sv', 'locales/en', 'locales/lattlast']) cpSync(join(repo, dir), join(root, dir), { recursive: true });
	out = join(root, 'translations');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const AKUT = 'content/en/guides/akut.mdx';

/** Every file under a folder of the copy, by path, to see that nothing else was written. */
function snapshot(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (d: string) => {
		for (const entry of readdirSync(join(root, d), { withFileTypes: true })) {
			const path = `${d}/${entry.name}`;
			if (entry.isDirectory()) walk(path);
			else files.set(path, read(path));
		}
	};
	walk(dir);
	return files;
}

/** The `<file>` element of a page in the exported XLIFF, to edit as a translator's tool would. */
function fileElement(xml: string, original: string): string {
	const start = xml.indexOf(`original="${original}"`);
	expect(start, `${original} is in the XLIFF`).toBeGreaterThan(0);
	const from = xml.lastIndexOf('<file ', start);
	return xml.slice(from, xml.indexOf('</file>', start) + '</file>'.length);
}

/** The XLIFF with one file's element edited, and every segment of that file signed off as final. */
function edit(xml: string, original: string, change: (file: string) => string): string {
	const file = fileElement(xml, original);
	return xml.replace(file, change(file).replace(/state="translated"/g, 'state="final"'));
}

function exportEn(options: { changed?: boolean } = {}): string {
	const result = exportLocale({ root, code: 'en', out, ...options });
	return readFileSync(result.xliff, 'utf8');
}

/** The DOM of an XML text. */
const dom = (xml: string) => create({ skipWhitespaceOnlyText: false }, xml).root().node as unknown as Element;

describe('Markdown blocks and codes', () => {
	it('cut and put back together every page byte for byte', () => {
		for (const locale of ['sv', 'en', 'lattlast']) {
			for (const folder of readdirSync(join(repo, 'content', locale))) {
				for (const file of readdirSync(join(repo, 'content', locale, folder))) {
					const body = readFileSync(join(repo, 'content', locale, folder, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n?/, '');
					const pieces = blocks(body);
					expect(joinPieces(pieces), `${locale}/${folder}/${file}`).toBe(body);
					for (const piece of pieces) if ('block' in piece) expect(serialise(inline(piece.block))).toBe(piece.block);
				}
			}
		}
	});
	it('protect components, link targets, inline code and numbers, and leave link words translatable', () => {
		const nodes = inline('Ring <Phone id="bris" /> före 18 år, läs [mer här](/en/akut/) och `kod`.');
		expect(nodes).toEqual([
			'Ring ',
			{ ph: '<Phone id="bris" />', kind: 'tag' },
			' före ',
			{ ph: '18', kind: 'number' },
			' år, läs ',
			{ start: '[', end: '](/en/akut/)', kind: 'link', children: ['mer här'] },
			' och ',
			{ ph: '`kod`', kind: 'code' },
			'.',
		]);
	});
});

describe('codes of a unit', () => {
	it('accept a Swedish code the translation lacked, in the locale, and refuse one the translation writes another way', () => {
		const unit = makeUnit('b1', 'paragraph', inline('Ring <Phone id="bris" /> eller <ServiceLink id="kast" />, läs [mer](/akut/).'), inline('Call <ServiceLink id="kast">KAST</ServiceLink>.'), 'en', 'translated');
		// Source codes 1 Phone, 2 ServiceLink, 3 link; the translation's <ServiceLink>…</ServiceLink> is 4.
		const fixed = ['Call ', { ph: '1' }, ' or ', { pc: '4', children: ['KAST'] }, ', read ', { pc: '3', children: ['more'] }, '.'];
		expect(checkCodes(unit, fixed)).toEqual([]);
		expect(restore(unit, fixed)).toBe('Call <Phone id="bris" /> or <ServiceLink id="kast">KAST</ServiceLink>, read [more](/en/akut/).');
		expect(checkCodes(unit, ['Call ', { ph: '2' }, { pc: '4', children: ['KAST'] }])).toEqual([expect.stringMatching(/id="2".*written another way/)]);
		expect(checkCodes(unit, ['Call KAST.'])).toEqual([expect.stringMatching(/id="4".*is missing/)]);
		expect(unit.notes.join(' ')).toContain('writes <ServiceLink id="kast" /> as <ServiceLink id="kast">…</ServiceLink>');
	});
});

describe('npm run xliff', () => {
	it('round trip: one changed target changes exactly that sentence, marks the page reviewed, keeps every code and byte else', () => {
		const xml = exportEn();
		const before = snapshot('content');
		const uiBefore = read('locales/en/ui.json');
		const old = 'It is better to call one time too many than one time too few.';
		const changed = 'Calling once too often is better than calling once too rarely.';
		// A sentence in a unit with codes: "Call <Phone/>. … under 18 … <Phone/>" stays around it.
		expect(fileElement(xml, AKUT)).toContain(`<target>You do not need to know whether it is a crime, and you do not need to be sure how serious it is. ${old}</target>`);
		const returned = edit(xml, AKUT, (file) => file.replace(`${old}</target>`, `${changed}</target>`));
		const result = importXliff({ root, xml: returned });

		expect(result.written).toEqual([AKUT]);
		expect(result.reviewed).toEqual([AKUT]);
		const original = before.get(AKUT)!;
		const expected = original.replace(old, changed).replace(/(translation: \{ source: "[0-9a-f]{12}", reviewed: )false/, '$1true');
		expect(expected).not.toBe(original);
		expect(read(AKUT)).toBe(expected);
		// Every component, link and number as it was.
		const codes = (text: string) => text.match(/<[A-Z]\w*[^>]*\/>|\]\([^)]*\)|\d+/g);
		expect(codes(read(AKUT))).toEqual(codes(original));
		// No other file touched.
		for (const [path, text] of snapshot('content')) if (path !== AKUT) expect(text, path).toBe(before.get(path));
		expect(read('locales/en/ui.json')).toBe(uiBefore);
		// And the status agrees: the page is reviewed and current.
		const row = translationStatus(join(root, 'content'), 'en').find((r) => r.page === 'guides/akut')!;
		expect(row.locales.en!.state).toBe('translated');
	});

	it('writes a changed target back into a frontmatter field, a link text and the UI strings', () => {
		const xml = exportEn();
		let returned = edit(xml, AKUT, (file) => file.replace('<target>Emergency help</target>', '<target>Help now: emergency</target>'));
		returned = returned.replace(/(<file id="f-ui"[\s\S]*?<unit id="site.home"[\s\S]*?<target>)Home(<\/target>)/, '$1Start page$2');
		importXliff({ root, xml: returned });
		expect(read(AKUT)).toMatch(/^---\ntitle: "Help now: emergency"\n/);
		expect(JSON.parse(read('locales/en/ui.json')).site.home).toBe('Start page');
		expect(read('locales/en/ui.json')).toBe(readFileSync(join(repo, 'locales/en/ui.json'), 'utf8').replace('"home": "Home"', '"home": "Start page"'));
	});

	it('leaves a page unreviewed when not every segment is reviewed or final, unless told to mark all', () => {
		const xml = exportEn();
		const returned = xml.replace('one time too many than one time too few.</target>', 'one time too many than one time too few!</target>');
		const result = importXliff({ root, xml: returned });
		expect(result.written).toEqual([AKUT]);
		expect(result.reviewed).toEqual([]);
		expect(read(AKUT)).toContain('one time too few!');
		expect(read(AKUT)).toMatch(/reviewed: false \}/);
		const marked = importXliff({ root, xml: exportEn(), allReviewed: true });
		expect(marked.reviewed).toContain(AKUT);
		expect(read(AKUT)).toMatch(/reviewed: true \}/);
	});

	it('refuses an import whose Swedish source changed since the export, and writes nothing', () => {
		const xml = exportEn();
		const returned = edit(xml, AKUT, (file) => file.replace('one time too few.</target>', 'one time too few, really.</target>'));
		const swedish = 'content/sv/guides/akut.mdx';
		writeFileSync(join(root, swedish), read(swedish).replace('Ring <Phone id="larmnummer-112" />.', 'Ring genast <Phone id="larmnummer-112" />.'));
		const before = snapshot('content');
		const file = join(root, 'returned.xlf');
		writeFileSync(file, returned);
		expect(() => importXliff({ root, xml: returned })).toThrow(ImportRefused);
		expect(() => importXliff({ root, xml: returned })).toThrow(/content\/en\/guides\/akut\.mdx.*Swedish source changed.*re-export/);
		expect(snapshot('content')).toEqual(before);
		// The command line says so and exits non-zero.
		const run = spawnSync(process.execPath, [join(repo, 'scripts/xliff.ts'), 'import', file, '--root', root], { encoding: 'utf8' });
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('content/en/guides/akut.mdx');
		expect(run.stderr).toContain('re-export');
		expect(snapshot('content')).toEqual(before);
	});

	it('refuses an import over a page edited in the repository since the export', () => {
		const xml = exportEn();
		writeFileSync(join(root, AKUT), read(AKUT).replace('Emergency help', 'Urgent help'));
		expect(() => importXliff({ root, xml })).toThrow(/akut\.mdx.*edited since the export/);
	});

	it('refuses a target that drops, adds or repeats a placeholder, or whose original data was changed', () => {
		const xml = exportEn();
		const target = fileElement(xml, AKUT).match(/<target>Call <ph id="(\d+)"[^>]*\/>\. For example[^<]*<\/target>/)!;
		expect(target, 'the unit with "Call <Phone id="larmnummer-112" />"').toBeTruthy();
		const ph = target[0].match(/<ph [^>]*\/>/)![0];
		const cases: [string, string, RegExp][] = [
			['dropped', target[0].replace(ph, ''), /unit "b\d+": code id="\d+" \(<Phone id="larmnummer-112" \/>\) is missing/],
			['repeated', target[0].replace(ph, ph + ph), /unit "b\d+": code id="\d+" \(<Phone id="larmnummer-112" \/>\) appears 2 times/],
			['added', target[0].replace('For example', '<ph id="99" dataRef="d99"/>For example'), /unit "b\d+": unknown code id="99"/],
		];
		for (const [what, changed, message] of cases) {
			const returned = edit(xml, AKUT, (file) => file.replace(target[0], changed));
			expect(() => importXliff({ root, xml: returned }), what).toThrow(message);
			expect(() => importXliff({ root, xml: returned }), what).toThrow(/original="content\/en\/guides\/akut\.mdx"/);
		}
		const data = edit(xml, AKUT, (file) => file.replace('&lt;Phone id="larmnummer-112" /&gt;', '&lt;Phone id="polisen" /&gt;'));
		expect(() => importXliff({ root, xml: data })).toThrow(/originalData> d\d+ was changed/);
		expect(read(AKUT)).toBe(readFileSync(join(repo, AKUT), 'utf8'));
	});

	it('reads a unit a CAT tool split into segments, and codes written as <sc>/<ec>', () => {
		const xml = exportEn();
		const old = '<target>You do not need to know whether it is a crime, and you do not need to be sure how serious it is. It is better to call one time too many than one time too few.</target>';
		const unit = fileElement(xml, AKUT).match(new RegExp(`<segment state="translated">\\s*<source>([^<]*)</source>\\s*${old.replace(/[.?()]/g, '\\$&')}\\s*</segment>`))!;
		const [first, second] = unit[1]!.split(/(?<=\.) /);
		const split = `<segment state="final"><source>${first}</source><target>You do not need to know whether it is a crime, and you do not need to be sure how serious it is.</target></segment><ignorable><source> </source></ignorable><segment state="final"><source>${second}</source><target>Calling too often is better than too rarely.</target></segment>`;
		let returned = edit(xml, AKUT, (file) => file.replace(unit[0], split));
		returned = returned.replace(/(<target>[^<]*)<pc id="(\d+)" dataRefStart="(d\d+)" dataRefEnd="(d\d+e)"[^>]*>Worried about someone<\/pc>/, '$1<sc id="$2" dataRef="$3"/>Worried about someone<ec startRef="$2" dataRef="$4"/>');
		expect(returned).toContain('<sc id=');
		importXliff({ root, xml: returned });
		expect(read(AKUT)).toContain('how serious it is. Calling too often is better than too rarely.\n');
		expect(read(AKUT)).toContain('[Worried about someone](/en/orolig/)');
	});

	it('keeps Windows line endings of a page checked out with them', () => {
		const crlf = read(AKUT).replace(/\n/g, '\r\n');
		writeFileSync(join(root, AKUT), crlf);
		const xml = exportEn();
		importXliff({ root, xml: edit(xml, AKUT, (f) => f.replace('one time too few.</target>', 'one time too few, always.</target>')) });
		expect(read(AKUT)).toBe(crlf.replace('one time too few.', 'one time too few, always.').replace('reviewed: false', 'reviewed: true'));
	});

	it('exports a page whose blocks differ from the Swedish as one unit, with a note, and imports it back', () => {
		// Two paragraphs of the translation merged into one: the blocks no longer match one for one.
		writeFileSync(join(root, AKUT), read(AKUT).replace("neighbour's.\n\nYou do not need", "neighbour's. You do not need"));
		const xml = exportEn();
		const file = fileElement(xml, AKUT);
		expect(file).toContain('<unit id="body" name="body">');
		expect(file).toContain('do not match the Swedish one for one');
		const before = read(AKUT);
		importXliff({ root, xml: edit(xml, AKUT, (f) => f.replace('one time too few.', 'one time too few, always.')) });
		expect(read(AKUT)).toBe(before.replace('one time too few.', 'one time too few, always.').replace('reviewed: false', 'reviewed: true'));
	});

	it('writes structurally valid XLIFF 2.0, with the hashes i18n:status uses, and the glossary as TBX', () => {
		const xml = exportEn();
		const root2 = dom(xml);
		expect(root2.localName).toBe('xliff');
		expect(root2.namespaceURI).toBe('urn:oasis:names:tc:xliff:document:2.0');
		expect(root2.getAttribute('version')).toBe('2.0');
		expect(root2.getAttribute('srcLang')).toBe('sv');
		expect(root2.getAttribute('trgLang')).toBe('en');
		const status = new Map(translationStatus(join(root, 'content'), 'en').map((r) => [`content/en/${r.folder}/${r.file}`, r.sourceHash]));
		const files = Array.from(root2.getElementsByTagNameNS('urn:oasis:names:tc:xliff:document:2.0', 'file'));
		expect(files.length).toBe(status.size + 1);
		const ids = new Set<string>();
		for (const file of files) {
			const original = file.getAttribute('original')!;
			expect(ids.has(file.getAttribute('id')!)).toBe(false);
			ids.add(file.getAttribute('id')!);
			if (original !== 'locales/en/ui.json') {
				const meta = Array.from(file.getElementsByTagNameNS('urn:oasis:names:tc:xliff:metadata:2.0', 'meta')).find((m) => m.getAttribute('type') === 'sourceHash');
				expect(meta?.textContent, original).toBe(status.get(original));
			}
			for (const unit of Array.from(file.getElementsByTagName('unit'))) {
				const segment = unit.getElementsByTagName('segment')[0]!;
				expect(['initial', 'translated', 'reviewed', 'final']).toContain(segment.getAttribute('state'));
				expect(segment.getElementsByTagName('source').length).toBe(1);
				const data = new Set(Array.from(unit.getElementsByTagName('data')).map((d) => d.getAttribute('id')));
				for (const ph of Array.from(unit.getElementsByTagName('ph'))) expect(data.has(ph.getAttribute('dataRef'))).toBe(true);
				for (const pc of Array.from(unit.getElementsByTagName('pc'))) {
					expect(data.has(pc.getAttribute('dataRefStart'))).toBe(true);
					expect(data.has(pc.getAttribute('dataRefEnd'))).toBe(true);
				}
			}
		}
		// The glossary: every row of its tables, Swedish term to English term, with the note.
		const tbx = dom(readFileSync(join(out, 'en.tbx'), 'utf8'));
		expect(tbx.localName).toBe('tbx');
		expect(tbx.namespaceURI).toBe('urn:iso:std:iso:30042:ed-2');
		expect(tbx.getAttribute('type')).toBe('TBX-Basic');
		const concepts = Array.from(tbx.getElementsByTagName('conceptEntry')).map((c) => {
			const [sv, en] = Array.from(c.getElementsByTagName('langSec'));
			return { lang: [sv!.getAttribute('xml:lang'), en!.getAttribute('xml:lang')], sv: sv!.getElementsByTagName('term')[0]!.textContent, en: en!.getElementsByTagName('term')[0]!.textContent, note: en!.getElementsByTagName('note')[0]?.textContent };
		});
		const rows = read('locales/en/glossary.md').split('\n').filter((l) => /^\|/.test(l) && !/^\|\s*(Swedish|-{3})/.test(l));
		expect(concepts.length).toBe(rows.length);
		expect(concepts.length).toBe(parseGlossary(read('locales/en/glossary.md')).length);
		expect(concepts).toContainEqual({ lang: ['sv', 'en'], sv: 'barn som upplever våld', en: 'children who experience violence', note: 'Not "witness": the child *experiences* it.' });
		expect(concepts).toContainEqual(expect.objectContaining({ sv: 'våld', en: 'violence' }));
	});

	it('exports easy-to-read Swedish from standard Swedish, with its language tags', () => {
		const result = exportLocale({ root, code: 'lattlast', out });
		const xliff = dom(readFileSync(result.xliff, 'utf8'));
		expect(xliff.getAttribute('srcLang')).toBe('sv');
		expect(xliff.getAttribute('trgLang')).toBe('sv-x-lattlast');
		expect(readFileSync(result.xliff, 'utf8')).toContain('original="content/lattlast/guides/akut.mdx"');
		expect(existsSync(result.tbx)).toBe(true);
	});

	it('--changed exports only the pages not reviewed or outdated', () => {
		// Mark every English page reviewed and current, then leave one unreviewed and make one outdated.
		const hashes = translationStatus(join(root, 'content'), 'en');
		for (const row of hashes) {
			const path = `content/en/${row.folder}/${row.file}`;
			writeFileSync(join(root, path), read(path).replace(/translation: \{[^}]*\}/, `translation: { source: "${row.sourceHash}", reviewed: true }`));
		}
		writeFileSync(join(root, AKUT), read(AKUT).replace('reviewed: true', 'reviewed: false'));
		const swedish = 'content/sv/guides/orolig.mdx';
		writeFileSync(join(root, swedish), read(swedish).replace(/^(title: .*)$/m, '$1 nu'));
		const states = translationStatus(join(root, 'content'), 'en');
		const expected = states.filter((r) => r.locales.en!.state !== 'translated').map((r) => `content/en/${r.folder}/${r.file}`);
		expect(expected.sort()).toEqual([AKUT, 'content/en/guides/orolig.mdx']);

		const result = exportLocale({ root, code: 'en', out, changed: true });
		expect(result.pages.sort()).toEqual(expected);
		const originals = [...readFileSync(result.xliff, 'utf8').matchAll(/<file id="[^"]+" original="([^"]+)"/g)].map((m) => m[1]).sort();
		expect(originals).toEqual([...expected, 'locales/en/ui.json'].sort());
		// Without --changed, every page.
		expect(exportLocale({ root, code: 'en', out }).pages.length).toBe(states.length);
	});
});
