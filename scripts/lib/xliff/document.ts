/**
 * XLIFF 2.0 documents (OASIS XLIFF Version 2.0, core and the Metadata module) written and read with
 * xmlbuilder2. Codes are `<ph>` and `<pc>` with `dataRef`/`dataRefStart`/`dataRefEnd` pointing into the
 * unit's `<originalData>`; each file carries its hashes in `<mda:metadata>`.
 *
 * Reading is permissive where CAT tools differ: a unit split into several `<segment>`s (with `<ignorable>`
 * between them) is joined again, `<pc>` written as `<sc>`/`<ec>` pairs is read as one code, `<mrk>`
 * annotations are read for their text, and `<cp>` gives its character back.
 */
import { create } from 'xmlbuilder2';
import type { SegmentState, Unit, XInline } from './units.ts';

type XMLBuilder = ReturnType<typeof create>;

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

export interface XliffFile {
	id: string;
	original: string;
	/** Written to `<mda:meta type="…">`. */
	meta: Record<string, string>;
	notes: string[];
	units: Unit[];
}

/** A document as XML, indented between elements but never inside `<source>` and `<target>`. */
export function writeXliff(srcLang: string, trgLang: string, files: XliffFile[]): string {
	const doc = create({ version: '1.0', encoding: 'UTF-8' });
	const root = doc.ele(XLIFF_NS, 'xliff', { version: '2.0', srcLang, trgLang, 'xmlns:mda': MDA_NS });
	const child = (parent: XMLBuilder, depth: number, name: string, attributes: Record<string, string> = {}) => parent.txt('\n' + '  '.repeat(depth)).ele(name, attributes);
	const close = (parent: XMLBuilder, depth: number) => parent.txt('\n' + '  '.repeat(depth));
	for (const file of files) {
		const f = child(root, 1, 'file', { id: file.id, original: file.original, 'xml:space': 'preserve' });
		const metadata = child(f, 2, 'mda:metadata');
		const group = child(metadata, 3, 'mda:metaGroup', { category: 'source' });
		for (const [type, value] of Object.entries(file.meta)) child(group, 4, 'mda:meta', { type }).txt(value);
		close(group, 3);
		close(metadata, 2);
		if (file.notes.length) {
			const notes = child(f, 2, 'notes');
			for (const note of file.notes) child(notes, 3, 'note').txt(note);
			close(notes, 2);
		}
		for (const unit of file.units) {
			const u = child(f, 2, 'unit', { id: unit.id, name: unit.name });
			if (unit.notes.length) {
				const notes = child(u, 3, 'notes');
				for (const note of unit.notes) child(notes, 4, 'note').txt(note);
				close(notes, 3);
			}
			if (unit.codes.size) {
				const data = child(u, 3, 'originalData');
				for (const [id, code] of unit.codes) {
					child(data, 4, 'data', { id: `d${id}` }).txt(code.data);
					if (code.end !== undefined) child(data, 4, 'data', { id: `d${id}e` }).txt(code.end);
				}
				close(data, 3);
			}
			const segment = child(u, 3, 'segment', { state: unit.state });
			inlineInto(child(segment, 4, 'source'), unit.source, unit);
			if (unit.target) inlineInto(child(segment, 4, 'target'), unit.target, unit);
			close(segment, 3);
			close(u, 2);
		}
		close(f, 1);
	}
	close(root, 0);
	return doc.end({ prettyPrint: false }).replace(/^(<\?xml[^>]*\?>)/, '$1\n') + '\n';
}

function inlineInto(parent: XMLBuilder, nodes: XInline[], unit: Unit) {
	for (const n of nodes) {
		if (typeof n === 'string') {
			if (n) parent.txt(n);
		} else if ('ph' in n) {
			const code = unit.codes.get(n.ph)!;
			parent.ele('ph', { id: n.ph, dataRef: `d${n.ph}`, canCopy: 'no', canDelete: 'no', ...(code.sort === 'number' ? { equiv: code.data } : {}) });
		} else {
			inlineInto(parent.ele('pc', { id: n.pc, dataRefStart: `d${n.pc}`, dataRefEnd: `d${n.pc}e`, canCopy: 'no', canDelete: 'no', canOverlap: 'no' }), n.children, unit);
		}
	}
}

/** A file as read back: its hashes, and each unit's target and segment states. */
export interface ReadFile {
	id: string;
	original: string;
	meta: Record<string, string>;
	units: ReadUnit[];
}
export interface ReadUnit {
	id: string;
	/** The target joined over all segments; `undefined` when a segment has none. */
	target?: XInline[];
	states: SegmentState[];
	/** `<originalData>` as returned, by data id. */
	data: Record<string, string>;
}

export interface ReadDocument {
	version: string;
	srcLang: string;
	trgLang: string;
	files: ReadFile[];
}

/** Minimal DOM node, as xmlbuilder2's parser gives it. */
interface DomNode {
	nodeType: number;
	localName?: string | null;
	namespaceURI?: string | null;
	textContent: string | null;
	childNodes: ArrayLike<DomNode>;
	getAttribute?(name: string): string | null;
}

const elements = (node: DomNode, name?: string) => Array.from(node.childNodes).filter((c) => c.nodeType === 1 && (!name || c.localName === name));
const attr = (node: DomNode, name: string) => node.getAttribute?.(name) ?? undefined;

/** Reads a document; throws with a message a translator can act on if it is not XLIFF 2. */
export function readXliff(xml: string): ReadDocument {
	let root: DomNode;
	try {
		root = create({ skipWhitespaceOnlyText: false }, xml).root().node as unknown as DomNode;
	} catch (error) {
		throw new Error(`not well-formed XML (${(error as Error).message})`, { cause: error });
	}
	if (root.localName !== 'xliff' || root.namespaceURI !== XLIFF_NS) throw new Error(`the root element is not <xliff> in the XLIFF 2.0 namespace ${XLIFF_NS}`);
	const version = attr(root, 'version') ?? '';
	if (!/^2\.\d$/.test(version)) throw new Error(`XLIFF version "${version}", not 2.x`);
	const files = elements(root, 'file').map((file): ReadFile => {
		const meta: Record<string, string> = {};
		for (const metadata of elements(file, 'metadata')) for (const group of elements(metadata, 'metaGroup')) for (const m of elements(group, 'meta')) meta[attr(m, 'type') ?? ''] = m.textContent ?? '';
		const units: ReadUnit[] = [];
		const collect = (parent: DomNode) => {
			for (const el of elements(parent)) {
				if (el.localName === 'group') collect(el);
				if (el.localName === 'unit') units.push(readUnit(el));
			}
		};
		collect(file);
		return { id: attr(file, 'id') ?? '', original: attr(file, 'original') ?? '', meta, units };
	});
	return { version, srcLang: attr(root, 'srcLang') ?? '', trgLang: attr(root, 'trgLang') ?? '', files };
}

function readUnit(unit: DomNode): ReadUnit {
	const data: Record<string, string> = {};
	for (const od of elements(unit, 'originalData')) for (const d of elements(od, 'data')) data[attr(d, 'id') ?? ''] = d.textContent ?? '';
	let target: XInline[] | undefined = [];
	const states: SegmentState[] = [];
	for (const part of elements(unit)) {
		if (part.localName === 'segment') {
			states.push((attr(part, 'state') as SegmentState | undefined) ?? 'initial');
			const t = elements(part, 'target')[0];
			if (!t) target = undefined;
			else if (target) target.push(...readInline(t));
		} else if (part.localName === 'ignorable') {
			const t = elements(part, 'target')[0] ?? elements(part, 'source')[0];
			if (t && target) target.push(...readInline(t));
		}
	}
	return { id: attr(unit, 'id') ?? '', target: target && joinText(target), states, data };
}

/** Inline content back to text and codes. `<sc>`/`<ec>` pairs become one spanning code. */
function readInline(parent: DomNode): XInline[] {
	const out: XInline[] = [];
	const stack: { id: string; children: XInline[] }[] = [];
	const push = (n: XInline) => (stack.length ? stack.at(-1)!.children : out).push(n);
	for (const node of Array.from(parent.childNodes)) {
		if (node.nodeType === 3 || node.nodeType === 4) push(node.textContent ?? '');
		if (node.nodeType !== 1) continue;
		const name = node.localName;
		if (name === 'ph') push({ ph: attr(node, 'id') ?? '' });
		else if (name === 'pc') push({ pc: attr(node, 'id') ?? '', children: readInline(node) });
		else if (name === 'sc') stack.push({ id: attr(node, 'id') ?? '', children: [] });
		else if (name === 'ec') {
			const id = attr(node, 'startRef') ?? attr(node, 'id') ?? '';
			const open = stack.pop();
			if (!open || open.id !== id) throw new Error(`<ec> for code ${id} does not close the code opened before it`);
			push({ pc: open.id, children: open.children });
		} else if (name === 'mrk') readInline(node).forEach(push);
		else if (name === 'cp') push(String.fromCodePoint(parseInt(attr(node, 'hex') ?? '0', 16)));
		else if (name === 'sm' || name === 'em') continue;
		else throw new Error(`unexpected inline element <${name}>`);
	}
	if (stack.length) throw new Error(`<sc id="${stack[0]!.id}"> is never closed by an <ec>`);
	return out;
}

/** Adjacent strings joined, so a target reads as its text. */
function joinText(nodes: XInline[]): XInline[] {
	const out: XInline[] = [];
	for (const n of nodes) {
		const last = out.at(-1);
		if (typeof n === 'string' && typeof last === 'string') out[out.length - 1] = last + n;
		else out.push(typeof n === 'object' && 'pc' in n ? { pc: n.pc, children: joinText(n.children) } : n);
	}
	return out;
}
