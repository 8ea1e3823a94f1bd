/**
 * A page's Markdown body cut into what a translator translates and what must never change.
 *
 * `blocks()` cuts the body into headings, paragraphs and list items, keeping everything else (blank
 * lines, `## ` and `- ` markers, block components) as literal text, so the body can be put back together
 * byte for byte with new text in the blocks. `inline()` parses a block's text into plain text and codes:
 * MDX components, Markdown links, emphasis, inline code, `{{interpolations}}` and digit runs. A code is
 * either standalone (a component, a number: `<ph>` in XLIFF) or spans text the translator translates
 * (a link's words, `<ServiceLink id="x">these words</ServiceLink>`, bold: `<pc>`).
 */

/** A piece of a body: literal text kept as it is, or a block to translate. */
export type Piece = { literal: string } | { block: string; kind: BlockKind };
export type BlockKind = 'heading' | 'item' | 'paragraph';

/** A standalone code, e.g. `<Phone id="x" />`, `18`. */
export interface Standalone {
	ph: string;
	/** What sort of code: a component or tag, a number, inline code, an interpolation. */
	kind: 'tag' | 'number' | 'code' | 'interpolation';
}
/** A code around text: `[`…`](/en/akut/)`, `**`…`**`, `<ServiceLink id="x">`…`</ServiceLink>`. */
export interface Spanning {
	start: string;
	end: string;
	kind: 'link' | 'emphasis' | 'tag';
	children: Inline[];
}
export type Inline = string | Standalone | Spanning;

const heading = /^(#{1,6}[ \t]+)(.*)$/;
const item = /^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)(.*)$/;
/** A block that is only a component or tag, e.g. `<ServiceCard id="bris" />`, kept literal. */
const componentOnly = /^[ \t]*<\/?[A-Za-z][\w.]*(?:\s[^<>]*)?\/?>[ \t]*$/;

/**
 * The body cut into pieces; `pieces.map(text).join('')` is the body again.
 * @example blocks('## Hej\n\n- ett\n') // [{literal:'## '},{block:'Hej',kind:'heading'},{literal:'\n\n- '},{block:'ett',kind:'item'},{literal:'\n'}]
 */
export function blocks(body: string): Piece[] {
	const pieces: Piece[] = [];
	const literal = (text: string) => {
		const last = pieces.at(-1);
		if (last && 'literal' in last) last.literal += text;
		else if (text) pieces.push({ literal: text });
	};
	const lines = body.split('\n');
	let i = 0;
	while (i < lines.length) {
		const line = lines[i]!;
		const newline = i < lines.length - 1 ? '\n' : '';
		const h = line.match(heading);
		const li = line.match(item);
		if (line.trim() === '' || componentOnly.test(line) || /^\s*(?:import|export)\s/.test(line)) {
			literal(line + newline);
			i++;
		} else if (h) {
			literal(h[1]!);
			pieces.push({ block: h[2]!, kind: 'heading' });
			literal(newline);
			i++;
		} else {
			// A list item or a paragraph, with the lines that continue it (not blank, not a new item or heading).
			const start = li ? li[2]! : line;
			if (li) literal(li[1]!);
			let text = start;
			i++;
			while (i < lines.length && lines[i]!.trim() !== '' && !heading.test(lines[i]!) && !item.test(lines[i]!) && !componentOnly.test(lines[i]!)) {
				text += '\n' + lines[i]!;
				i++;
			}
			pieces.push({ block: text, kind: li ? 'item' : 'paragraph' });
			literal(i <= lines.length - 1 ? '\n' : '');
		}
	}
	return pieces;
}

/** The pieces put back together. */
export function joinPieces(pieces: Piece[]): string {
	return pieces.map((p) => ('literal' in p ? p.literal : p.block)).join('');
}

/** The shape of a body: the kinds of its blocks in order, to compare a translation with its source. */
export function shape(pieces: Piece[]): string {
	return pieces.flatMap((p) => ('kind' in p ? [p.kind] : [])).join(',');
}

const openTag = /^<([A-Za-z][\w.]*)(?:\s[^<>]*?)?(\/?)>/;
const closeTag = /^<\/([A-Za-z][\w.]*)\s*>/;
const link = /^\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*(?:\s+"[^"]*")?)\)/;

/**
 * A block's text as plain text and codes; `serialise(inline(s)) === s` for any text.
 * @example inline('Ring <Phone id="x" /> före 18') // ['Ring ', {ph:'<Phone id="x" />',kind:'tag'}, ' före ', {ph:'18',kind:'number'}]
 */
export function inline(text: string, { interpolation = false } = {}): Inline[] {
	return parse(text, 0, text.length, interpolation);
}

function parse(text: string, from: number, to: number, interpolation: boolean): Inline[] {
	const out: Inline[] = [];
	let plain = '';
	const push = (node: Inline) => {
		if (plain) out.push(plain);
		plain = '';
		out.push(node);
	};
	let i = from;
	while (i < to) {
		const rest = text.slice(i, to);
		let m: RegExpMatchArray | null;
		let found: [number, string] | null;
		if (interpolation && (m = rest.match(/^\{\{[^{}]*\}\}/))) {
			push({ ph: m[0], kind: 'interpolation' });
			i += m[0].length;
		} else if ((m = rest.match(/^`[^`\n]*`/))) {
			push({ ph: m[0], kind: 'code' });
			i += m[0].length;
		} else if (rest[0] === '[' && (found = findLink(text, i, to))) {
			const [close, end] = found;
			push({ start: '[', end, kind: 'link', children: parse(text, i + 1, close, interpolation) });
			i = close + end.length;
		} else if ((m = rest.match(openTag))) {
			const name = m[1]!;
			const close = m[2] ? -1 : findClose(text, i + m[0].length, to, name);
			if (close < 0) {
				push({ ph: m[0], kind: 'tag' });
				i += m[0].length;
			} else {
				const end = text.slice(close, to).match(closeTag)![0];
				push({ start: m[0], end, kind: 'tag', children: parse(text, i + m[0].length, close, interpolation) });
				i = close + end.length;
			}
		} else if ((m = rest.match(closeTag))) {
			push({ ph: m[0], kind: 'tag' });
			i += m[0].length;
		} else if ((m = rest.match(/^(\*\*|__)(?=\S)/)) && text.indexOf(m[1]!, i + 2) > i + 2 && text.indexOf(m[1]!, i + 2) < to) {
			const close = text.indexOf(m[1]!, i + 2);
			push({ start: m[1]!, end: m[1]!, kind: 'emphasis', children: parse(text, i + 2, close, interpolation) });
			i = close + 2;
		} else if (/^\*(?=[^\s*])/.test(rest) && emphasisEnd(text, i + 1, to) > 0) {
			const close = emphasisEnd(text, i + 1, to);
			push({ start: '*', end: '*', kind: 'emphasis', children: parse(text, i + 1, close, interpolation) });
			i = close + 1;
		} else if ((m = rest.match(/^\d+/))) {
			push({ ph: m[0], kind: 'number' });
			i += m[0].length;
		} else {
			plain += text[i];
			i++;
		}
	}
	if (plain) out.push(plain);
	return out;
}

/** Where a link's text ends (`]`) and its `](url)` part, for a `[` at `from`; nested brackets allowed. */
function findLink(text: string, from: number, to: number): [number, string] | null {
	let depth = 0;
	for (let i = from; i < to; i++) {
		if (text[i] === '\n' && text[i + 1] === '\n') return null;
		if (text[i] === '[') depth++;
		else if (text[i] === ']' && --depth === 0) {
			const m = text.slice(i, to).match(link);
			return m ? [i, m[0]] : null;
		}
	}
	return null;
}

/** Where the `</name>` closing a tag opened before `from` starts, counting nested tags of the same name. */
function findClose(text: string, from: number, to: number, name: string): number {
	let depth = 1;
	const re = new RegExp(`<(/?)${name.replace('.', '\\.')}(?:\\s[^<>]*?)?(/?)>`, 'g');
	re.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) && m.index < to) {
		if (m[2]) continue;
		depth += m[1] ? -1 : 1;
		if (depth === 0) return m.index;
	}
	return -1;
}

/** Where a single `*` emphasis opened before `from` closes: a `*` after a non-space, not part of `**`. */
function emphasisEnd(text: string, from: number, to: number): number {
	for (let i = from + 1; i < to; i++) {
		if (text[i] === '\n' && text[i + 1] === '\n') return -1;
		if (text[i] === '*' && text[i - 1] !== ' ' && text[i + 1] !== '*' && text[i - 1] !== '*') return i;
	}
	return -1;
}

/** The inline nodes written back as Markdown. */
export function serialise(nodes: Inline[]): string {
	return nodes.map((n) => (typeof n === 'string' ? n : 'ph' in n ? n.ph : n.start + serialise(n.children) + n.end)).join('');
}

/** Every code in document order, a spanning code before its children. */
export function codes(nodes: Inline[]): (Standalone | Spanning)[] {
	return nodes.flatMap((n) => (typeof n === 'string' ? [] : 'ph' in n ? [n] : [n, ...codes(n.children)]));
}

/** The text a translator sees, codes left out: whether a block has anything to translate. */
export function plainText(nodes: Inline[]): string {
	return nodes.map((n) => (typeof n === 'string' ? n : 'ph' in n ? '' : plainText(n.children))).join('');
}
