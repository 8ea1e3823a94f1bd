/**
 * Professional review of a locale with a translation agency's own tools (Trados, memoQ, Phrase, Weblate…):
 * the locale's pages and UI strings as XLIFF 2.0, its glossary as TBX, and the reviewed XLIFF back in.
 *
 *   npm run xliff -- export --locale en                 translations/en.xlf and translations/en.tbx
 *   npm run xliff -- export --locale en --changed       only pages not reviewed, or whose Swedish changed
 *   npm run xliff -- export --locale en --out <dir>     somewhere else
 *   npm run xliff -- import translations/en.xlf         write the targets back; a page whose segments are
 *                                                       all "reviewed" or "final" is marked reviewed
 *   npm run xliff -- import <file> --all-reviewed       mark every imported page reviewed
 *   --root <dir>                                        the repository (default: the current folder)
 *
 * The import refuses the whole file, and writes nothing, when a page's Swedish source (or the page itself)
 * changed since the export, or when a target drops, adds or repeats a protected code. See README.md,
 * "Professional review (XLIFF)".
 */
import { readFileSync } from 'node:fs';
import { exportLocale, importXliff, ImportRefused } from './lib/xliff/project.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = option('--root') ?? process.cwd();
const usage = 'Usage: npm run xliff -- export --locale <code> [--changed] [--out <dir>]\n       npm run xliff -- import <file.xlf> [--all-reviewed]';

try {
	if (args[0] === 'export') {
		const code = option('--locale');
		if (!code) throw new Error(usage);
		const result = exportLocale({ root, code, changed: args.includes('--changed'), out: option('--out') ?? 'translations' });
		console.log(`${result.pages.length} page(s) and the UI strings → ${result.xliff}\nGlossary → ${result.tbx}`);
		for (const s of result.skipped) console.log(`  left out: ${s}`);
	} else if (args[0] === 'import' && args[1] && !args[1].startsWith('--')) {
		const result = importXliff({ root, xml: readFileSync(args[1], 'utf8'), allReviewed: args.includes('--all-reviewed') });
		console.log(`${result.written.length} file(s) written${result.written.length ? ':\n  ' + result.written.join('\n  ') : '.'}`);
		console.log(`${result.reviewed.length} page(s) marked reviewed.`);
		if (result.notReviewed.length) console.log(`Left unreviewed (text imported; use --all-reviewed to mark them anyway):\n  ${result.notReviewed.join('\n  ')}`);
	} else {
		console.error(usage);
		process.exit(2);
	}
} catch (error) {
	console.error(error instanceof ImportRefused ? `${args[1]}: ${error.message}` : (error as Error).message);
	process.exit(1);
}
