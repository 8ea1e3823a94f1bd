import { describe, expect, it } from 'vitest';
import { factAge } from '../../src/content/factAge.ts';

const today = new Date('2026-12-02');
const d = (s: string) => new Date(s);

describe('factAge', () => {
	it('finds a recent, unflagged source fresh', () => {
		expect(factAge([{ url: 'https://a.se/', checked: d('2026-11-22'), published: d('2025-06-01') }], today)).toMatchObject({ mayHaveChanged: false, reasons: [] });
	});
	it('says a flagged source may have changed', () => {
		expect(factAge([{ title: 'Programmet', checked: d('2026-11-22'), recheck: true }], today).reasons).toEqual(['flagged']);
	});
	it('says a source published more than two years ago may have changed, however recently it was read', () => {
		expect(factAge([{ url: 'https://boj.se/', checked: d('2026-11-22'), published: d('2020-09-15') }], today).reasons).toEqual(['oldSource']);
		expect(factAge([{ url: 'https://boj.se/', checked: d('2026-11-22'), published: d('2024-12-10') }], today).mayHaveChanged).toBe(false);
	});
	it('says a source not read for more than twelve months may have changed', () => {
		expect(factAge([{ url: 'https://a.se/', checked: d('2025-11-01') }], today).reasons).toEqual(['notReadRecently']);
		expect(factAge([{ url: 'https://a.se/', checked: d('2025-12-10') }], today).mayHaveChanged).toBe(false);
	});
	it('takes a fact as fresh as its freshest source, and reports the newest dates', () => {
		const age = factAge(
			[
				{ url: 'https://old.se/', checked: d('2026-11-22'), published: d('2018-09-15'), recheck: true },
				{ url: 'https://new.se/', checked: d('2026-11-30'), published: d('2026-03-01') },
			],
			today,
		);
		expect(age).toMatchObject({ mayHaveChanged: false, published: d('2026-03-01'), checked: d('2026-11-30') });
	});
});
