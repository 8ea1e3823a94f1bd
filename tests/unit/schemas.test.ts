import { describe, expect, it } from 'vitest';
import { serviceSchema, swedishPhone } from '../../src/content/schemas.ts';

const source = { url: 'https://example.org/page', checked: '2026-11-22' };
const service = (extra: Record<string, unknown> = {}) => ({ name: 'Test', provider: 'national', audiences: ['subjected'], sources: [source], ...extra });
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	(result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');

describe('phone numbers written the Swedish way', () => {
	it.each(['112', '1177', '114 14', '116 111', '116 006', '020-50 50 50', '020-555 666', '08-123 130 80', '020-80 80 80'])('accepts %s', (n) => {
		expect(swedishPhone.test(n)).toBe(true);
	});
	it.each(['+46 20 50 50 50', '020505050', '08/123 130 80', '020 - 50 50 50', '12', 'call 112', '020-5'])('rejects %s', (n) => {
		expect(swedishPhone.test(n)).toBe(false);
	});
});

describe('service facts', () => {
	it('accepts a service with a sourced number', () => {
		const result = serviceSchema.safeParse(service({ phones: [{ number: '020-50 50 50', hours: 'always', sources: [source] }] }));
		expect(messages(result)).toBe('');
		expect(result.data!.phones[0]!.label).toBe('main');
	});

	it('refuses a phone number without a source, and says what to add', () => {
		const result = serviceSchema.safeParse(service({ phones: [{ number: '020-50 50 50' }] }));
		expect(messages(result)).toMatch(/phones\.0\.sources: sources is required for this phone number: add sources: \[\{ url: https:\/\/…, checked: YYYY-MM-DD \}\]/);
	});

	it('refuses an empty source list', () => {
		const result = serviceSchema.safeParse(service({ phones: [{ number: '112', sources: [] }] }));
		expect(messages(result)).toMatch(/phones\.0\.sources: sources is empty for this phone number/);
	});

	it('refuses a malformed number and shows the accepted forms', () => {
		const result = serviceSchema.safeParse(service({ phones: [{ number: '08/123 45', sources: [source] }] }));
		expect(messages(result)).toMatch(/phones\.0\.number: "08\/123 45" is not a phone number written the Swedish way/);
	});

	it('refuses a source without a check date, or without an address or title', () => {
		expect(messages(serviceSchema.safeParse(service({ sources: [{ url: 'https://example.org' }] })))).toMatch(/sources\.0\.checked: checked must be a date/);
		expect(messages(serviceSchema.safeParse(service({ sources: [{ checked: '2026-11-22' }] })))).toMatch(/a source needs a url/);
	});

	it('refuses an age limit without a source', () => {
		expect(messages(serviceSchema.safeParse(service({ age: { min: 18 } })))).toMatch(/age\.sources: sources is required for this age limit/);
	});

	it('refuses unknown audiences and kinds, listing the allowed ones', () => {
		expect(messages(serviceSchema.safeParse(service({ audiences: ['everyone'] })))).toMatch(/each audience must be one of: subjected, usesViolence/);
		expect(messages(serviceSchema.safeParse(service({ kinds: ['robbery'] })))).toMatch(/each kind must be one of: closeRelationships/);
	});
});
