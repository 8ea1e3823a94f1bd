/**
 * A locale's glossary (`locales/<code>/glossary.md`) as TBX (ISO 30042:2019, the TBX-Basic dialect in its
 * DCA style), the termbase format Trados, memoQ, Phrase and Weblate import.
 *
 * Each row of a glossary table whose first column is the Swedish term becomes a concept entry: the
 * Swedish term, the term used in the locale, the row's note, and the table's section heading as its
 * subject field.
 */
import { create } from 'xmlbuilder2';

export const TBX_NS = 'urn:iso:std:iso:30042:ed-2';

export interface GlossaryEntry {
	source: string;
	target: string;
	note?: string;
	section?: string;
}

/** A table row's cells, `\|` kept as a pipe inside a cell. */
function cells(line: string): string[] {
	return line
		.trim()
		.replace(/^\|/, '')
		.replace(/\|$/, '')
		.split(/(?<!\\)\|/)
		.map((c) => c.replace(/\\\|/g, '|').trim());
}

/** Markdown emphasis and code marks left out of a term. */
const clean = (text: string) => text.replace(/\*\*|__|`/g, '').replace(/(^|\s)\*(\S[^*]*)\*/g, '$1$2').trim();

/** The rows of every table in a glossary whose first header cell is the Swedish term. */
export function parseGlossary(markdown: string): GlossaryEntry[] {
	const entries: GlossaryEntry[] = [];
	let section: string | undefined;
	let inTable = false;
	const lines = markdown.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const heading = line.match(/^#{2,6}\s+(.*)$/);
		if (heading) section = heading[1]!.trim();
		if (!line.trim().startsWith('|')) {
			inTable = false;
			continue;
		}
		if (!inTable) {
			// A header row, followed by its | --- | separator.
			inTable = /^(swedish|svenska)/i.test(cells(line)[0] ?? '') && /^\|?\s*:?-{3,}/.test(lines[i + 1]?.trim() ?? '');
			if (inTable) i++;
			continue;
		}
		const [source, target, note] = cells(line);
		if (!source || !target) continue;
		entries.push({ source: clean(source), target: clean(target), note: note ? note : undefined, section });
	}
	return entries;
}

/** The glossary as a TBX-Basic document. */
export function writeTbx(entries: GlossaryEntry[], sourceLang: string, targetLang: string, title: string, sourceDesc: string): string {
	const doc = create({ version: '1.0', encoding: 'UTF-8' });
	const tbx = doc.ele(TBX_NS, 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' });
	const fileDesc = tbx.ele('tbxHeader').ele('fileDesc');
	fileDesc.ele('titleStmt').ele('title').txt(title);
	fileDesc.ele('sourceDesc').ele('p').txt(sourceDesc);
	const body = tbx.ele('text').ele('body');
	entries.forEach((entry, index) => {
		const concept = body.ele('conceptEntry', { id: `c${index + 1}` });
		if (entry.section) concept.ele('descrip', { type: 'subjectField' }).txt(entry.section);
		concept.ele('langSec', { 'xml:lang': sourceLang }).ele('termSec').ele('term').txt(entry.source);
		const termSec = concept.ele('langSec', { 'xml:lang': targetLang }).ele('termSec');
		termSec.ele('term').txt(entry.target);
		if (entry.note) termSec.ele('note').txt(entry.note);
	});
	return doc.end({ prettyPrint: true }) + '\n';
}
