/**
 * The content as a whole: the inventory the product brief asks for exists, and phone numbers live only in
 * the service facts, never in page text or interface strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { serviceSchema } from '../../src/content/schemas.ts';
import { locales } from '../../src/i18n/locales.ts';
import { contentTypes } from '../../src/content/contentTypes.ts';

const root = join(import.meta.dirname, '../../content');
const files = (dir: string, ext = '.mdx') => readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length));

/** The content the site must have (the product brief's inventory), as file names. */
export const inventory = {
	guides: ['akut', 'utsatt', 'utovar-vald', 'orolig', 'personal', 'barn-och-unga', 'aldre'],
	kinds: ['vald-i-nara-relationer', 'hedersrelaterat-vald', 'sex-mot-ersattning', 'manniskohandel', 'sexuellt-vald-oberoende-relation', 'barn-som-upplever-vald'],
	forms: ['fysiskt-vald', 'psykiskt-vald', 'sexuellt-vald', 'materiellt-och-ekonomiskt-vald', 'forsummelse', 'latent-vald', 'vald-mot-husdjur'],
	pages: ['index', 'sok', 'stod', 'vald', 'hitta-stod', 'affischer', 'surfa-sakert', 'om-webbplatsen', 'tillganglighet', '404'],
	namedServices: ['relationsvaldscentrum', 'mikamottagningen', 'kast', 'kriscentrum-for-kvinnor-och-barn'],
	services: [
		'relationsvaldsteam', 'socialjouren', 'skyddat-boende', 'mellanboende', 'stod-och-informationssamtal', 'kontaktperson-stodperson',
		'ekonomiskt-bistand', 'budget-och-skuldradgivning', 'familjebehandling', 'familjeradgivning', 'barnahus', 'ungdomsjouren',
		'ungdomsmottagningen', 'stodcentrum', 'origo', 'regionkoordinatorerna', 'kruton', 'hvilan', 'syrenen', 'kvinnofridslinjen', 'bris',
		'brottsofferjouren', 'valj-att-sluta', 'sjukvardsradgivning-1177', 'polisen', 'larmnummer-112',
		// Beyond the city's own services: the region, state agencies and civil society.
		'akutmottagning-for-valdtagna', 'migrationsverket', 'brottsoffermyndigheten', 'skatteverket', 'unizon', 'roks', 'terrafem',
		'somaya', 'stockholms-tjejjour', 'storasyster', 'foreningen-tillsammans', 'rfsl-stodmottagning', 'elektra', 'talita', 'manscentrum',
	],
};

/**
 * Text that looks like a phone number written in prose: an area-code number, a 116 line, the police's
 * number, or the short codes 112 and 1177 standing alone.
 */
const phoneLike = /(?<![\d-])(?:0\d{1,3}[- ]\d{2,3}(?:[ ]?\d{2,3}){1,3}|116[ ]?\d{3}|114[ ]?14|112|1177)(?![\d-])/;

/**
 * A page's text as a visitor reads it: without its frontmatter, without component tags (whose ids may
 * contain digits) and without the addresses that links point to (a source page's address may contain
 * "1177"), but with the links' visible text.
 */
function prose(text: string): string {
	return text
		.replace(/^---[\s\S]*?\n---/, '')
		.replace(/<(?:Phone|ServiceLink|ServiceCard)\b[^>]*>/g, '')
		.replace(/\]\([^)\s]+\)/g, ']');
}

describe('the Swedish source has the whole inventory', () => {
	for (const [type, names] of Object.entries({ guides: inventory.guides, kinds: inventory.kinds, forms: inventory.forms, pages: inventory.pages })) {
		it(`${type}: ${names.join(', ')}`, () => {
			expect(files(`sv/${type}`)).toEqual(expect.arrayContaining(names));
		});
	}

	it('at least 25 services, the four the brief names among them, each with facts and a Swedish text', () => {
		const facts = files('services', '.yaml');
		const texts = files('sv/services');
		expect(facts.length).toBeGreaterThanOrEqual(25);
		expect(facts).toEqual(expect.arrayContaining([...inventory.namedServices, ...inventory.services]));
		expect(texts.sort()).toEqual(facts.sort());
	});

	it('the four named services come first', () => {
		const order = (id: string) => parse(readFileSync(join(root, 'services', `${id}.yaml`), 'utf8')).order as number;
		const others = files('services', '.yaml').filter((id) => !inventory.namedServices.includes(id));
		const lastNamed = Math.max(...inventory.namedServices.map(order));
		for (const id of others) expect(order(id), id).toBeGreaterThan(lastNamed);
	});
});

describe('easy-to-read Swedish', () => {
	it('covers the start page, every entry guide and the four named services', () => {
		expect(files('lattlast/pages')).toContain('index');
		expect(files('lattlast/guides')).toEqual(expect.arrayContaining(inventory.guides));
		expect(files('lattlast/services')).toEqual(expect.arrayContaining(inventory.namedServices));
	});
});

describe('phone numbers', () => {
	it('every number in the facts has a source with a check date (the schema enforces it; this reads every file)', () => {
		for (const id of files('services', '.yaml')) {
			const result = serviceSchema.safeParse(parse(readFileSync(join(root, 'services', `${id}.yaml`), 'utf8')));
			expect(result.success, `content/services/${id}.yaml: ${result.error?.message}`).toBe(true);
			for (const phone of result.data!.phones) {
				expect(phone.sources.length, `${id} ${phone.number}`).toBeGreaterThan(0);
				for (const s of phone.sources) expect(s.checked, `${id} ${phone.number}`).toBeInstanceOf(Date);
			}
		}
	});

	it('never appear in page text, in any locale: numbers come from the facts through <Phone>', () => {
		const offenders: string[] = [];
		for (const locale of locales) {
			for (const type of Object.values(contentTypes).map((t) => t.folder)) {
				let names: string[];
				try {
					names = files(`${locale.code}/${type}`);
				} catch {
					continue;
				}
				for (const name of names) {
					const file = `${locale.code}/${type}/${name}.mdx`;
					const text = prose(readFileSync(join(root, file), 'utf8'));
					text.split('\n').forEach((line, i) => {
						if (phoneLike.test(line)) offenders.push(`content/${file} (text line ${i + 1}): ${line.trim().slice(0, 80)}`);
					});
				}
			}
		}
		expect(offenders).toEqual([]);
	});

	it('never appear in interface strings', () => {
		const values = (o: unknown): string[] => (typeof o === 'string' ? [o] : Object.values(o as object).flatMap(values));
		for (const locale of locales) {
			const strings = values(JSON.parse(readFileSync(join(root, '../locales', locale.code, 'ui.json'), 'utf8')));
			expect(strings.filter((v) => phoneLike.test(v)), `locales/${locale.code}/ui.json`).toEqual([]);
		}
	});

	it('the pattern used above does catch numbers written in prose', () => {
		for (const n of ['ring 112 nu', 'ring 020-50 50 50', 'ring 116 111', 'ring 114 14', 'ring 08-123 130 80', 'ring 1177'])
			expect(phoneLike.test(n), n).toBe(true);
		for (const n of ['år 2021–2025', '14 kap. 1 §', 'mellan 12 och 23 år', '18 år'])
			expect(phoneLike.test(n), n).toBe(false);
		expect(phoneLike.test(prose('Läs [1177 om tolk](https://www.1177.se/stockholm/tolk/).')), 'the link text is still checked').toBe(true);
		expect(phoneLike.test(prose('Läs [om tolk](https://www.1177.se/stockholm/tolk/).')), 'the address is not').toBe(false);
	});
});
