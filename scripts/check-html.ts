/**
 * Valid HTML: the Nu Html Checker (vnu-jar, on the machine's Java) over every built page. Exits 1 on any
 * error, printing file, line and message. Run after `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const result = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', 'dist/'], { encoding: 'utf8' });
if (result.error) {
	console.error(`Could not run Java for the Nu Html Checker: ${result.error.message}. Install Java 17 or later.`);
	process.exit(1);
}
const errors = `${result.stdout}${result.stderr}`.trim();
if (result.status !== 0 || errors) {
	console.error(errors);
	console.error(`\nHTML check: ${errors.split('\n').length} error(s).`);
	process.exit(1);
}
console.log('HTML check (Nu Html Checker): every page in dist/ is valid, 0 errors.');
