/**
 * One page as translation units, and the page written back with new targets.
 *
 * Units: the title, the description, the search keywords, then one unit per heading, paragraph and list
 * item of the body. When the translation's blocks do not match the Swedish one for one (a block split or
 * merged), the body is one unit, with a note saying so. Writing back replaces only the text of the units
 * whose target changed, and the `translation:` field; every other byte of the file stays as it was.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';
import { blocks, inline, joinPieces, plainText, shape, type Piece } from './markdown.ts';
import { makeUnit, plainUnit, type SegmentState, type Unit } from './units.ts';

interface Split {
	/** The frontmatter's YAML, without the `---` lines, and where it starts in the file. */
	yaml: string;
	yamlStart: number;
	/** The body, from after the closing `---` line. */
	body: string;
	bodyStart: number;
}

function split(text: string): Split {
	const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/);
	if (!m) return { yaml: '', yamlStart: 0, body: text, bodyStart: 0 };
	return { yaml: m[1]!, yamlStart: m[0].indexOf(m[1]!), body: text.slice(m[0].length), bodyStart: m[0].length };
}

/** A frontmatter field's value and where its text is in the YAML. */
function field(yaml: string, name: string): { value: unknown; range?: [number, number] } {
	const doc = parseDocument(yaml);
	if (!isMap(doc.contents)) return { value: undefined };
	const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === name);
	const node = pair?.value;
	if (!node || !(isScalar(node) || isMap(node) || isSeq(node)) || !node.range) return { value: undefined };
	return { value: node.toJSON(), range: [node.range[0], node.range[1]] };
}

/** A YAML scalar on one line: plain where that is safe, else double-quoted. */
function scalar(value: string, inFlow = false): string {
	const plain = inFlow ? /^[\p{L}\p{N}][^,:[\]{}#"'\n]*$/u : /^[\p{L}\p{N}][^:#"'\n]*$/u;
	if (plain.test(value) && !/\s$/.test(value) && stringify(value, { lineWidth: 0 }).trim() === value) return value;
	return JSON.stringify(value);
}

export interface PageModel {
	units: Unit[];
	/** Whether the body is one unit because the translation's blocks differ from the Swedish's. */
	wholeBody: boolean;
	/** The translation file with new text for some units (by id) and a new `translation:` field. */
	render(texts: Map<string, string>, translation: { source: string; reviewed: boolean }): string;
}

/**
 * A page's units from the Swedish (or easy-to-read Swedish) source text and the translation's text.
 * @param prefix the locale's URL prefix, for links the translation lacks
 * @param state the state every segment is exported with
 */
export function pageModel(sourceText: string, originalText: string, prefix: string, state: SegmentState): PageModel {
	// Windows line endings are read as \n (as XML reads them) and written back as they were.
	const crlf = originalText.includes('\r\n');
	const targetText = crlf ? originalText.replace(/\r\n/g, '\n') : originalText;
	const src = split(sourceText.replace(/\r\n/g, '\n'));
	const trg = split(targetText);
	const units: Unit[] = [];
	const frontmatterUnits: { id: string; range?: [number, number]; kind: 'scalar' | 'list' }[] = [];
	for (const name of ['title', 'description'] as const) {
		const s = field(src.yaml, name);
		const t = field(trg.yaml, name);
		if (typeof s.value !== 'string' || (t.value !== undefined && typeof t.value !== 'string')) continue;
		units.push(makeUnit(name, name, inline(s.value), t.value === undefined ? undefined : inline(t.value as string), prefix, state));
		frontmatterUnits.push({ id: name, range: t.range, kind: 'scalar' });
	}
	const sk = field(src.yaml, 'keywords');
	const tk = field(trg.yaml, 'keywords');
	if (Array.isArray(sk.value) || Array.isArray(tk.value)) {
		const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join(', ') : undefined);
		units.push(
			plainUnit('keywords', 'keywords', list(sk.value) ?? '', list(tk.value), state, 'Search keywords, separated by commas: the words a visitor in this language would type, everyday words and common misspellings too. They are never shown; they need not translate the Swedish ones.'),
		);
		frontmatterUnits.push({ id: 'keywords', range: tk.range, kind: 'list' });
	}

	const sourcePieces = blocks(src.body);
	const targetPieces = blocks(trg.body);
	const wholeBody = shape(sourcePieces) !== shape(targetPieces);
	const slots = new Map<string, number>();
	if (wholeBody) {
		const core = (body: string) => body.trim();
		const unit = makeUnit('body', 'body', inline(core(src.body)), inline(core(trg.body)), prefix, state);
		unit.notes.push('The translation’s headings, paragraphs and list items do not match the Swedish one for one, so the whole text is one unit here. Keep the Markdown: “## ” starts a heading, “- ” a list item, a blank line separates paragraphs.');
		units.push(unit);
	} else {
		targetPieces.forEach((piece, index) => {
			if (!('block' in piece)) return;
			const source = sourcePieces[index] as Piece & { block: string };
			const s = inline(source.block);
			const t = inline(piece.block);
			if (!/\p{L}/u.test(plainText(s) + plainText(t))) return;
			const id = `b${slots.size + 1}`;
			slots.set(id, index);
			units.push(makeUnit(id, piece.kind, s, t, prefix, state));
		});
	}

	return {
		units,
		wholeBody,
		render(texts, translation) {
			// The body: new text in the blocks, everything between them as it was.
			let body = trg.body;
			if (wholeBody) {
				if (texts.has('body')) {
					const lead = body.match(/^\s*/)![0];
					const trail = body.match(/\s*$/)![0];
					body = lead + texts.get('body')! + trail;
				}
			} else {
				const pieces = targetPieces.map((p) => ({ ...p }));
				for (const [id, index] of slots) if (texts.has(id)) (pieces[index] as { block: string }).block = texts.get(id)!;
				body = joinPieces(pieces);
			}
			// The frontmatter: changed fields replaced where they stand, the last first so offsets hold.
			let yaml = trg.yaml;
			const edits: { range?: [number, number]; text: string; name: string }[] = [];
			for (const f of frontmatterUnits) {
				if (!texts.has(f.id)) continue;
				const value = texts.get(f.id)!;
				const text =
					f.kind === 'list'
						? `[${value
								.split(',')
								.map((k) => k.trim())
								.filter(Boolean)
								.map((k) => scalar(k, true))
								.join(', ')}]`
						: scalar(value);
				edits.push({ range: f.range, text, name: f.id });
			}
			const current = field(yaml, 'translation');
			const record = `{ source: "${translation.source}", reviewed: ${translation.reviewed} }`;
			const same = current.value && typeof current.value === 'object' && (current.value as any).source === translation.source && (current.value as any).reviewed === translation.reviewed;
			if (!same) edits.push({ range: current.range, text: record, name: 'translation' });
			for (const edit of edits.filter((e) => e.range).sort((a, b) => b.range![0] - a.range![0])) {
				yaml = yaml.slice(0, edit.range![0]) + edit.text + yaml.slice(edit.range![1]);
			}
			for (const edit of edits.filter((e) => !e.range)) yaml += `\n${edit.name}: ${edit.text}`;
			const text = targetText.slice(0, trg.yamlStart) + yaml + targetText.slice(trg.yamlStart + trg.yaml.length, trg.bodyStart) + body;
			return crlf ? text.replace(/\n/g, '\r\n') : text;
		},
	};
}
