/**
 * Service facts put into words in the visitor's language, for the contact block and the service cards.
 */
import type { TFunction } from 'i18next';
import type { ServiceData } from '../content/schemas.ts';

type Hours = ServiceData['phones'][number]['hours'];

/**
 * Opening hours in words; unknown hours are said to be unknown.
 * @example describeHours({ days: 'everyDay', from: '09:00', to: '19:00' }, t) // 'Alla dagar 09:00–19:00'
 */
export function describeHours(hours: Hours, t: TFunction): string {
	if (!hours) return t('service.hoursUnknown');
	if (hours === 'always') return t('service.always');
	if (!hours.from || !hours.to) return hours.days === 'weekdays' ? t('service.weekdaysOfficeHours') : t('service.everyDay');
	return `${t(`service.${hours.days}`)} ${t('service.timeSpan', { from: hours.from, to: hours.to })}`;
}

/**
 * Age limits in words.
 * @example describeAge({ min: 18 }, t) // 'Från 18 år'
 */
export function describeAge(age: { min?: number; max?: number }, t: TFunction): string {
	if (age.min !== undefined && age.max !== undefined) return t('service.age.range', { min: age.min, max: age.max });
	if (age.min !== undefined) return t('service.age.min', { min: age.min });
	if (age.max !== undefined) return t('service.age.max', { max: age.max });
	return '';
}

/**
 * The earliest date any of the sources was checked: every fact shown was checked on that date or later.
 */
export function earliestCheck(sources: readonly { checked: Date }[]): Date {
	return new Date(Math.min(...sources.map((s) => s.checked.getTime())));
}
