import { createHash } from 'node:crypto';
import { parse } from 'yaml';

/**
 * A short fingerprint of the text of a Swedish source page: its title, description and body. A
 * translation records the fingerprint of the version it was made from; when the text changes, the
 * fingerprints differ and the translation shows as outdated. Keywords and structural fields (order,
 * service filters) are left out: each locale has its own search words, and structure is not translated.
 * Line endings are normalised so a checkout on Windows gives the same hash.
 * @example sourceHash('---\ntitle: Akut hjälp\ndescription: …\n---\n\nRing …') // 'a1b2c3d4e5f6' (12 hex characters)
 */
export function sourceHash(text: string): string {
	const normalised = text.replace(/\r\n/g, '\n');
	const match = normalised.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
	const frontmatter = (match ? parse(match[1]!) : {}) as { title?: string; description?: string };
	const body = match ? match[2]! : normalised;
	return createHash('sha256')
		.update(JSON.stringify([frontmatter.title ?? '', frontmatter.description ?? '', body.trim()]))
		.digest('hex')
		.slice(0, 12);
}
