/**
 * Translation units: a Swedish text and its translation, with every code numbered the way XLIFF 2.0
 * wants it. A code in the translation gets the id of the same code in the Swedish (the same component,
 * the same number, the same link once the locale prefix is left out), so a CAT tool shows them as one.
 * The text of every code is kept in the unit's `originalData`; the translator only moves the codes.
 */
import { locales } from '../../../src/i18n/locales.ts';
import type { Inline } from './markdown.ts';

/** Text with codes, as XLIFF's `<source>`/`<target>` hold it: `<ph id>` and `<pc id>…</pc>`. */
export type XInline = string | { ph: string } | { pc: string; children: XInline[] };

/** A code's text: `data` for a standalone code, `data` and `end` for a spanning one. */
export interface Code {
	kind: 'ph' | 'pc';
	/** What sort of code, for notes and `equiv`: tag, number, code, interpolation, link, emphasis. */
	sort: string;
	data: string;
	end?: string;
	/** Whether the Swedish, and the translation as exported, has the code. */
	inSource: boolean;
	inTarget: boolean;
	/** A Swedish code the translation writes another way, which a target must not add beside it. */
	replaced?: boolean;
}

export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';

export interface Unit {
	id: string;
	/** What the unit is: `title`, `heading`, `item`, `paragraph`, `body`, a UI string's key. */
	name: string;
	notes: string[];
	source: XInline[];
	target?: XInline[];
	state: SegmentState;
	/** The codes by id. */
	codes: Map<string, Code>;
}

const prefixes: string[] = locales.map((l) => l.prefix).filter(Boolean);

/** A site-internal address without its locale prefix: `/en/akut/` and `/lattlast/akut/` are `/akut/`. */
export function withoutPrefix(url: string): string {
	const m = url.match(/^\/([^/]+)(\/.*)$/);
	return m && prefixes.includes(m[1]!) ? m[2]! : url;
}

/** A link's `](url)` part made to point into a locale: `](/akut/)` → `](/en/akut/)`. */
export function localiseLinkEnd(end: string, prefix: string): string {
	return end.replace(/^\]\((\/[^)\s]*)/, (_all, url: string) => `](${prefix && url.startsWith('/') ? `/${prefix}${withoutPrefix(url)}` : withoutPrefix(url)}`);
}

/** What makes two codes the same code in the Swedish and in a translation. */
function key(code: Inline & object): string {
	if ('ph' in code) return `${code.kind}:${code.ph}`;
	const end = code.kind === 'link' ? code.end.replace(/^\]\((\/[^)\s]*)/, (_a, url: string) => `](${withoutPrefix(url)}`) : code.end;
	return `${code.kind}:${code.start}${end}`;
}

/**
 * A unit from a Swedish text and its translation, both already parsed into codes.
 * @param prefix the target locale's URL prefix, to point a Swedish-only link into the locale
 */
export function makeUnit(id: string, name: string, source: Inline[], target: Inline[] | undefined, prefix: string, state: SegmentState): Unit {
	const unitCodes = new Map<string, Code>();
	const pool = new Map<string, string[]>();
	let next = 1;
	const convert = (nodes: Inline[], idFor: (node: Inline & object) => string): XInline[] =>
		nodes.map((n) => {
			if (typeof n === 'string') return n;
			const id = idFor(n);
			return 'ph' in n ? { ph: id } : { pc: id, children: convert(n.children, idFor) };
		});
	const sourceX = convert(source, (n) => {
		const id = String(next++);
		const k = key(n);
		pool.set(k, [...(pool.get(k) ?? []), id]);
		unitCodes.set(id, 'ph' in n ? { kind: 'ph', sort: n.kind, data: n.ph, inSource: true, inTarget: false } : { kind: 'pc', sort: n.kind, data: n.start, end: n.kind === 'link' ? localiseLinkEnd(n.end, prefix) : n.end, inSource: true, inTarget: false });
		return id;
	});
	const targetX =
		target &&
		convert(target, (n) => {
			const matched = pool.get(key(n))?.shift();
			const id = matched ?? String(next++);
			unitCodes.set(id, { ...('ph' in n ? { kind: 'ph', sort: n.kind, data: n.ph } : { kind: 'pc', sort: n.kind, data: n.start, end: n.end }), inSource: matched !== undefined, inTarget: true });
			return id;
		});
	const notes: string[] = [];
	if (target) {
		const show = (c: Code) => (c.end === undefined ? c.data : `${c.data}…${c.end}`);
		let missing = [...unitCodes.values()].filter((c) => c.inSource && !c.inTarget);
		let extra = [...unitCodes.values()].filter((c) => !c.inSource && c.inTarget);
		// The same component written another way (`<ServiceLink id="x" />` as `<ServiceLink id="x">words</ServiceLink>`).
		const component = (c: Code) => c.sort === 'tag' && c.data.match(/^<([A-Z][\w.]*)\s[^>]*\bid="([^"]+)"/)?.slice(1).join('#');
		for (const m of missing) {
			const e = extra.find((x) => component(x) && component(x) === component(m));
			if (!e) continue;
			notes.push(`The translation writes ${show(m)} as ${show(e)}. Keep it so.`);
			m.replaced = true;
			missing = missing.filter((x) => x !== m);
			extra = extra.filter((x) => x !== e);
		}
		if (missing.length) notes.push(`The translation lacks codes the Swedish has: ${missing.map(show).join(', ')}. You may add them where they belong; the import accepts them.`);
		if (extra.length) notes.push(`The translation has codes the Swedish does not: ${extra.map(show).join(', ')}. Keep them, or the import refuses the unit.`);
	}
	return { id, name, notes, source: sourceX, target: targetX, state: target ? state : 'initial', codes: unitCodes };
}

/** A unit of plain text without codes (search keywords). */
export function plainUnit(id: string, name: string, source: string, target: string | undefined, state: SegmentState, note: string): Unit {
	return { id, name, notes: [note], source: [source], target: target === undefined ? undefined : [target], state: target === undefined ? 'initial' : state, codes: new Map() };
}

/**
 * What is wrong with a returned target's codes, against the unit as exported: every code the translation
 * had must be there once, a code only the Swedish has may be added, nothing else.
 */
export function checkCodes(unit: Unit, target: XInline[]): string[] {
	const seen = new Map<string, number>();
	const problems: string[] = [];
	const walk = (nodes: XInline[]) => {
		for (const n of nodes) {
			if (typeof n === 'string') continue;
			const id = 'ph' in n ? n.ph : n.pc;
			const code = unit.codes.get(id);
			if (!code) problems.push(`unknown code id="${id}" (added placeholder)`);
			else if (code.replaced) problems.push(`code id="${id}" (${describe(code)}) is written another way in this translation (added placeholder)`);
			else if (code.kind !== ('ph' in n ? 'ph' : 'pc')) problems.push(`code id="${id}" is a <${code.kind}> in the export, not a <${'ph' in n ? 'ph' : 'pc'}>`);
			seen.set(id, (seen.get(id) ?? 0) + 1);
			if ('pc' in n) walk(n.children);
		}
	};
	walk(target);
	for (const [id, count] of seen) if (count > 1 && unit.codes.has(id)) problems.push(`code id="${id}" (${describe(unit.codes.get(id)!)}) appears ${count} times (extra placeholder)`);
	for (const [id, code] of unit.codes) {
		const required = unit.target ? code.inTarget : code.inSource;
		if (required && !seen.has(id)) problems.push(`code id="${id}" (${describe(code)}) is missing (dropped placeholder)`);
	}
	return problems;
}

function describe(code: Code): string {
	return code.end === undefined ? code.data : `${code.data}…${code.end}`;
}

/** A target written back as text, each code replaced by its original data. */
export function restore(unit: Unit, target: XInline[]): string {
	return target
		.map((n) => {
			if (typeof n === 'string') return n;
			const code = unit.codes.get('ph' in n ? n.ph : n.pc)!;
			return 'ph' in n ? code.data : code.data + restore(unit, n.children) + code.end;
		})
		.join('');
}

