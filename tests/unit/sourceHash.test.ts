import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../src/utils/sourceHash.ts';

const page = (title: string, body: string, extra = '') => `---\ntitle: ${title}\ndescription: Om våld.\n${extra}---\n\n${body}\n`;

describe('sourceHash', () => {
	it('is 12 hex characters and stable', () => {
		expect(sourceHash(page('Akut', 'Ring.'))).toMatch(/^[0-9a-f]{12}$/);
		expect(sourceHash(page('Akut', 'Ring.'))).toBe(sourceHash(page('Akut', 'Ring.')));
	});
	it('changes when the title or the text changes', () => {
		expect(sourceHash(page('Akut', 'Ring.'))).not.toBe(sourceHash(page('Akut hjälp', 'Ring.')));
		expect(sourceHash(page('Akut', 'Ring.'))).not.toBe(sourceHash(page('Akut', 'Ring nu.')));
	});
	it('ignores keywords, structure and line endings, which are not translated text', () => {
		const base = sourceHash(page('Akut', 'Ring.'));
		expect(sourceHash(page('Akut', 'Ring.', 'keywords: [larm, nöd]\norder: 3\n'))).toBe(base);
		expect(sourceHash(page('Akut', 'Ring.').replace(/\n/g, '\r\n'))).toBe(base);
	});
});
