/**
 * The finder's answers, on the real service facts: for each combination in
 * tests/finder/combinations.json, the services it must show and must not show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { serviceSchema } from '../../src/content/schemas.ts';
import type { Service } from '../../src/content/services.ts';
import { finderMatches, finderPath, type FinderAnswers } from '../../src/utils/finder.ts';

const dir = join(import.meta.dirname, '../../content/services');
const services: Service[] = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ ...serviceSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))), id: f.replace('.yaml', '') }));
const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, '../finder/combinations.json'), 'utf8')) as {
	cases: (FinderAnswers & { name: string; show: string[]; hide: string[] })[];
};

describe('finder combinations', () => {
	it('has at least 20, each naming services that exist', () => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
		const ids = services.map((s) => s.id);
		for (const c of cases) for (const id of [...c.show, ...c.hide]) expect(ids, `${c.name}: ${id}`).toContain(id);
	});

	for (const c of cases) {
		it(c.name, () => {
			const shown = finderMatches(services, c).map((s) => s.id);
			for (const id of c.show) expect(shown, `should show ${id}`).toContain(id);
			for (const id of c.hide) expect(shown, `should not show ${id}`).not.toContain(id);
		});
	}

	it('puts services aimed at the chosen kind of violence before general ones', () => {
		const shown = finderMatches(services, { group: 'subjected', age: '13to17', kind: 'honour' });
		const firstGeneral = shown.findIndex((s) => s.kinds.length === 0);
		const lastSpecific = shown.map((s) => s.kinds.includes('honour')).lastIndexOf(true);
		expect(lastSpecific).toBeLessThan(firstGeneral);
	});
});

describe('finder paths', () => {
	it('are ASCII and the same in every locale but the prefix', () => {
		expect(finderPath('sv')).toBe('/hitta-stod/');
		expect(finderPath('ar', { group: 'worried', age: '13to17' })).toBe('/ar/hitta-stod/orolig/13-17/');
	});
});
