/**
 * Phone numbers as the site shows and dials them. Numbers are stored written the Swedish way
 * (`020-50 50 50`); the `tel:` link dials the digits.
 */

/**
 * The `tel:` address of a number written the Swedish way.
 * @example telHref('020-50 50 50') // 'tel:020505050'
 */
export function telHref(number: string): string {
	return `tel:${number.replace(/\D/g, '')}`;
}
