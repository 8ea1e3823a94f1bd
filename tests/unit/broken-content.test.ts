/**
 * Bad content must stop the build with a message an editor can act on: the file, the field and the fix.
 * Each case copies the smallest valid content folder, breaks one thing, and runs a real Astro build on it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const base = join(import.meta.dirname, '../fixtures/content-base');
const work = mkdtempSync(join(tmpdir(), 'broken-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the site from a copy of the base content after `breakIt` has changed it; returns the output. */
function build(name: string, breakIt: (dir: string) => void): { status: number | null; output: string } {
	const dir = join(work, name);
	cpSync(base, join(dir, 'content'), { recursive: true });
	breakIt(join(dir, 'content'));
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: join(import.meta.dirname, '../..'),
		env: { ...process.env, CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		encoding: 'utf8',
	});
	// Astro colours and boxes its messages; strip the escapes so the assertions read plain text.
	return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('broken content fails the build with the file, the field and the fix', () => {
	it('builds the unbroken base (so every failure below is caused by its breakage)', () => {
		const { status, output } = build('valid', () => {});
		expect(status, output).toBe(0);
		expect(output).toContain('Complete!');
	});

	it('a missing title', () => {
		const { status, output } = build('missing-title', (c) => edit(join(c, 'sv/guides/akut.mdx'), (t) => t.replace(/^title: .*\n/m, '')));
		expect(status).not.toBe(0);
		expect(output).toContain('sv/guides/akut');
		expect(output).toMatch(/title is required: add `title: …` to the frontmatter/);
	});

	it('an unknown service reference', () => {
		const { status, output } = build('unknown-service', (c) => edit(join(c, 'sv/guides/akut.mdx'), (t) => t.replace('<ServiceLink id="kvinnofridslinjen" />', '<ServiceLink id="kvinofridslinjen" />')));
		expect(status).not.toBe(0);
		expect(output).toMatch(/sv\/guides\/akut\.mdx → <ServiceLink id="kvinofridslinjen"> \(line \d+ of the text\): unknown service "kvinofridslinjen"/);
		expect(output).toMatch(/Fix: use the id of a facts file in content\/services\/: .*kvinnofridslinjen/);
	});

	it('a phone number without a source', () => {
		const { status, output } = build('unsourced-phone', (c) =>
			edit(join(c, 'services/kvinnofridslinjen.yaml'), (t) => t.replace(/( {2}- number: 020-50 50 50\n(?: {4}(?!sources).*\n)*) {4}sources:\n( {6}.*\n)+/, '$1')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('services/kvinnofridslinjen.yaml');
		expect(output).toMatch(/phones\.0\.sources.*sources is required for this phone number: add sources: \[\{ url: https:\/\/…, checked: YYYY-MM-DD \}\]/);
	});

	it('a malformed phone number', () => {
		const { status, output } = build('malformed-phone', (c) => edit(join(c, 'services/kvinnofridslinjen.yaml'), (t) => t.replace('020-50 50 50', '020/505050')));
		expect(status).not.toBe(0);
		expect(output).toContain('services/kvinnofridslinjen.yaml');
		expect(output).toMatch(/phones\.0\.number.*"020\/505050" is not a phone number written the Swedish way\. Write it as published, e\.g\. 020-50 50 50/);
	});

	it('a translation whose Swedish source does not exist', () => {
		const { status, output } = build('orphan-translation', (c) => {
			cpSync(join(c, 'sv/guides/akut.mdx'), join(c, 'en/guides/akutt.mdx'));
			edit(join(c, 'en/guides/akutt.mdx'), (t) => t.replace('---\n\n', 'translation: { source: "0123456789ab", reviewed: false }\n---\n\n'));
		});
		expect(status).not.toBe(0);
		expect(output).toMatch(/en\/guides\/akutt\.mdx → file name: there is no Swedish source content\/sv\/guides\/akutt\.mdx for this translation/);
		expect(output).toMatch(/Fix: slugs are the same in every locale/);
	});

	it('a duplicate slug', () => {
		const { status, output } = build('duplicate-slug', (c) => cpSync(join(c, 'sv/guides/akut.mdx'), join(c, 'sv/pages/akut.mdx')));
		expect(status).not.toBe(0);
		expect(output).toMatch(/the URL \/akut\/ is already taken by .*sv\/(guides|pages)\/akut\.mdx/);
		expect(output).toMatch(/Fix: slugs must be unique/);
	});
});
