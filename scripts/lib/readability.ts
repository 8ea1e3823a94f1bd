/**
 * Readability of Swedish text: LIX (läsbarhetsindex, Björnsson 1968) and words per sentence, computed over
 * the text a visitor reads on a built page.
 *
 * LIX = words / sentences + 100 × long words / words, where a long word has more than six letters.
 * Under 25 is very easy (children's books, easy-to-read), 30–40 plain (news), over 50 hard.
 */

/** The visitor's reading text of a built page: the `<main>` element without the translation notice,
 * the contact block and the lists of services and pages after the text (they are names, not prose). */
export function mainText(html: string): string {
	const main = html.match(/<main\b[\s\S]*?<\/main>/)?.[0] ?? '';
	return main
		.replace(/<aside\b[\s\S]*?<\/aside>/g, ' ')
		.replace(/<section class="service-contact[\s\S]*?<\/section>/g, ' ')
		.replace(/<div class="wide"[\s\S]*$/, ' ')
		.replace(/<script\b[\s\S]*?<\/script>/g, ' ')
		.replace(/<p hidden[\s\S]*?<\/p>/g, ' ')
		.replace(/<div hidden[\s\S]*?<\/div>/g, ' ')
		// Headings, list items, paragraphs and table cells end a unit of reading, like a full stop.
		.replace(/<\/(h[1-6]|li|p|td|th|dt|dd|summary)>/g, '. ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/** Words, sentences, long words, LIX and mean words per sentence of a text. */
export function readability(text: string) {
	const sentences = text
		.split(/[.!?:;]+(?=\s|$)/)
		.map((s) => s.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [])
		.filter((words) => words.length > 0);
	const words = sentences.flat();
	const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
	const lix = words.length ? words.length / sentences.length + (100 * long) / words.length : 0;
	return { words: words.length, sentences: sentences.length, long, lix, wordsPerSentence: sentences.length ? words.length / sentences.length : 0 };
}
