/**
 * An error in the site's content, said so that an editor can fix it: which file, which field, what is
 * wrong, and what to do. The build stops on the first one.
 *
 * Written without TypeScript parameter properties so Node can run it as it is (scripts import it).
 */
export class ContentError extends Error {
	/** The file, relative to the project root, e.g. `content/en/guides/akut.mdx`. */
	readonly file: string;
	/** The field or place in the file, e.g. `translation.source` or `line 12`. */
	readonly field: string;
	/** What is wrong. */
	readonly problem: string;
	/** What to do about it. */
	readonly fix: string;

	constructor(file: string, field: string, problem: string, fix: string) {
		super(`${file} → ${field}: ${problem}\n  Fix: ${fix}`);
		this.name = 'ContentError';
		this.file = file;
		this.field = field;
		this.problem = problem;
		this.fix = fix;
	}
}
