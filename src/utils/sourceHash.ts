import { createHash } from 'node:crypto';

/**
 * A short fingerprint of a Swedish source file. A translation records the fingerprint of the version it
 * was made from; when the source changes, the fingerprints differ and the translation shows as outdated.
 * Line endings are normalised so a checkout on Windows gives the same hash.
 * @example sourceHash('---\ntitle: Akut hjälp\n---\n') // 'a1b2c3d4e5f6' (12 hex characters)
 */
export function sourceHash(text: string): string {
	return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}
