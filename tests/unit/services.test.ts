import { describe, expect, it } from 'vitest';
import { acceptsAge, matchServices, type Service } from '../../src/content/services.ts';
import { telHref } from '../../src/utils/phone.ts';
import { describeAge, describeHours, earliestCheck } from '../../src/utils/serviceText.ts';

const sources = [{ url: 'https://example.org', checked: new Date('2026-11-22'), recheck: false }];
const make = (id: string, extra: Partial<Service>): Service => ({
	id,
	name: id,
	provider: 'city',
	order: 100,
	audiences: ['subjected'],
	kinds: [],
	genders: [],
	lifeStages: [],
	phones: [],
	emails: [],
	reach: ['districtSocialServices'],
	sources,
	...extra,
});

const adultsOnly = make('adults', { order: 1, kinds: ['sexForCompensation'], age: { min: 18, sources } });
const youth = make('youth', { order: 2, kinds: ['honour'], age: { min: 13, max: 21, sources } });
const general = make('general', { order: 3 });
const perpetrators = make('perpetrators', { order: 4, audiences: ['usesViolence'], kinds: ['closeRelationships'] });
const all = [general, perpetrators, youth, adultsOnly];

describe('matchServices', () => {
	it('respects sourced age limits', () => {
		const ids = matchServices(all, { audiences: ['subjected'], age: 15 }).map((s) => s.id);
		expect(ids).toContain('youth');
		expect(ids).not.toContain('adults');
	});

	it('puts services aimed at the kind asked for before general ones', () => {
		expect(matchServices(all, { kinds: ['honour'], audiences: ['subjected'] }).map((s) => s.id)).toEqual(['youth', 'general']);
	});

	it('filters by visitor group', () => {
		expect(matchServices(all, { audiences: ['usesViolence'] }).map((s) => s.id)).toEqual(['perpetrators']);
	});

	it('treats a service without age limits as open to every age', () => {
		expect(acceptsAge(general, 90)).toBe(true);
		expect(acceptsAge(youth, 22)).toBe(false);
	});
});

describe('service text helpers', () => {
	const t = ((key: string, opts?: Record<string, unknown>) => `${key}${opts ? JSON.stringify(opts) : ''}`) as never;

	it('dials the digits of a Swedish number', () => {
		expect(telHref('020-50 50 50')).toBe('tel:020505050');
		expect(telHref('114 14')).toBe('tel:11414');
	});

	it('says unknown hours are unknown rather than guessing', () => {
		expect(describeHours(undefined, t)).toBe('service.hoursUnknown');
		expect(describeHours('always', t)).toBe('service.always');
		expect(describeHours({ days: 'weekdays' }, t)).toBe('service.weekdaysOfficeHours');
		expect(describeHours({ days: 'everyDay', from: '09:00', to: '19:00' }, t)).toBe('service.everyDay service.timeSpan{"from":"09:00","to":"19:00"}');
	});

	it('describes age limits', () => {
		expect(describeAge({ min: 18 }, t)).toBe('service.age.min{"min":18}');
		expect(describeAge({ min: 12, max: 21 }, t)).toBe('service.age.range{"min":12,"max":21}');
	});

	it('shows the earliest check date, so no fact looks fresher than it is', () => {
		expect(earliestCheck([{ checked: new Date('2026-01-01') }, { checked: new Date('2025-06-01') }]).toISOString()).toMatch(/^2025-06-01/);
	});
});

describe('filters for the guides', () => {
	const always = make('always', { phones: [{ number: '112', label: 'main', hours: 'always', sources }], reach: [] });
	const jour = make('jour', { reach: ['socialjourVia112'] });
	const clinic = make('clinic', { reach: ['walkInAroundTheClock'] });
	it('can keep only services reachable around the clock', () => {
		expect(matchServices([...all, always, jour, clinic], { aroundTheClock: true }).map((s) => s.id)).toEqual(['always', 'clinic', 'jour']);
	});
	it('can keep only services aimed at an age', () => {
		expect(matchServices(all, { age: 15, withAgeLimit: true }).map((s) => s.id)).toEqual(['youth']);
	});
});

describe('life stages named in words', () => {
	it('stand for age ranges where no age is given in numbers', () => {
		const adultsInWords = make('adultsInWords', { lifeStages: ['adults'] });
		const youthInWords = make('youthInWords', { lifeStages: ['children', 'youth'] });
		expect(acceptsAge(adultsInWords, 15)).toBe(false);
		expect(acceptsAge(adultsInWords, 40)).toBe(true);
		expect(acceptsAge(youthInWords, 70)).toBe(false);
		expect(matchServices([adultsInWords, youthInWords], { age: 15, withAgeLimit: true }).map((s) => s.id)).toEqual(['youthInWords']);
	});
	it('narrow a sourced limit that has no upper end', () => {
		const origoLike = make('origoLike', { age: { min: 13, sources }, lifeStages: ['children', 'youth'] });
		expect(acceptsAge(origoLike, 12)).toBe(false);
		expect(acceptsAge(origoLike, 20)).toBe(true);
		expect(acceptsAge(origoLike, 70)).toBe(false);
	});
});
