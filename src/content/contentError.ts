/**
 * An error in the site's content, said so that an editor can fix it: which file, which field, what is
 * wrong, and what to do. The build stops on the first one.
 */
export class ContentError extends Error {
	constructor(
		/** The file, relative to the project root, e.g. `content/en/guides/akut.mdx`. */
		readonly file: string,
		/** The field or place in the file, e.g. `translation.source` or `line 12`. */
		readonly field: string,
		/** What is wrong. */
		readonly problem: string,
		/** What to do about it. */
		readonly fix: string,
	) {
		super(`${file} → ${field}: ${problem}\n  Fix: ${fix}`);
		this.name = 'ContentError';
	}
}
