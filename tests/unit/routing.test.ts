import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/contentError.ts';
import { locales } from '../../src/i18n/locales.ts';
import { contentTypeKeys } from '../../src/content/contentTypes.ts';
import { buildRoutes, localizedPath, pathFor, type ContentType, type ProseEntry } from '../../src/utils/routing.ts';

const entry = (id: string, data: Partial<ProseEntry['data']> = {}): ProseEntry => ({ id, filePath: `content/${id}.mdx`, data: { title: id, ...data } });
const hash = (e: ProseEntry) => `hash-${e.id}`.padEnd(12, '0').slice(0, 12);
const none = () => Object.fromEntries(contentTypeKeys.map((type) => [type, []])) as unknown as Record<ContentType, ProseEntry[]>;

describe('paths', () => {
	it('puts Swedish at the root and other locales under their prefix', () => {
		expect(pathFor('sv', '')).toBe('/');
		expect(pathFor('sv', 'akut')).toBe('/akut/');
		expect(pathFor('fa', 'stod/kast')).toBe('/fa/stod/kast/');
	});

	it('maps a path to the same page in another locale', () => {
		expect(localizedPath('/en/vald/latent-vald/', 'ar')).toBe('/ar/vald/latent-vald/');
		expect(localizedPath('/vald/', 'ti')).toBe('/ti/vald/');
		expect(localizedPath('/fi/', 'sv')).toBe('/');
	});
});

describe('buildRoutes', () => {
	it('builds every Swedish page in every locale, falling back where there is no translation', () => {
		const entries = none();
		const source = entry('sv/guides/akut');
		entries.guides = [source, entry('en/guides/akut', { translation: { source: hash(source), reviewed: false } })];
		const routes = buildRoutes(entries, hash, []);
		expect(routes).toHaveLength(locales.length);
		const byLocale = Object.fromEntries(routes.map((r) => [r.locale, r]));
		expect(byLocale.sv!.state).toBe('source');
		expect(byLocale.en!.state).toBe('unreviewed');
		expect(byLocale.en!.contentLocale).toBe('en');
		expect(byLocale.ar!.state).toBe('fallback');
		expect(byLocale.ar!.contentLocale).toBe('sv');
		expect(byLocale.ar!.path).toBe('/ar/akut/');
		expect(byLocale.ar!.entry).toBe(source);
	});

	it('marks a translation of an older source as outdated, and a reviewed one as reviewed', () => {
		const entries = none();
		const source = entry('sv/kinds/latent-vald');
		entries.kinds = [
			source,
			entry('en/kinds/latent-vald', { translation: { source: 'aaaaaaaaaaaa', reviewed: true } }),
			entry('fi/kinds/latent-vald', { translation: { source: hash(source), reviewed: true } }),
		];
		const routes = buildRoutes(entries, hash, []);
		expect(routes.find((r) => r.locale === 'en')!.state).toBe('outdated');
		expect(routes.find((r) => r.locale === 'fi')!.state).toBe('reviewed');
		expect(routes.find((r) => r.locale === 'fi')!.path).toBe('/fi/vald/latent-vald/');
	});

	it('makes index the start page of the locale', () => {
		const entries = none();
		entries.pages = [entry('sv/pages/index')];
		expect(buildRoutes(entries, hash, []).map((r) => r.path)).toContain('/so/');
	});

	it('refuses a translation without a Swedish source, naming the file', () => {
		const entries = none();
		entries.guides = [entry('en/guides/ghost', { translation: { source: 'aaaaaaaaaaaa', reviewed: false } })];
		expect(() => buildRoutes(entries, hash, [])).toThrow(ContentError);
		expect(() => buildRoutes(entries, hash, [])).toThrow(/content\/en\/guides\/ghost\.mdx → file name: there is no Swedish source/);
	});

	it('refuses a translation that does not say which source it follows', () => {
		const entries = none();
		entries.guides = [entry('sv/guides/akut'), entry('fa/guides/akut')];
		expect(() => buildRoutes(entries, hash, [])).toThrow(/translation: a translated page must say which version/);
	});

	it('refuses two pages at the same address', () => {
		const entries = none();
		entries.guides = [entry('sv/guides/om')];
		entries.pages = [entry('sv/pages/om')];
		expect(() => buildRoutes(entries, hash, [])).toThrow(/the URL \/om\/ is already taken/);
	});

	it('refuses a kind and a form with the same slug', () => {
		const entries = none();
		entries.kinds = [entry('sv/kinds/sexuellt-vald')];
		entries.forms = [entry('sv/forms/sexuellt-vald')];
		expect(() => buildRoutes(entries, hash, [])).toThrow(/already taken/);
	});

	it('refuses a page named like a locale prefix', () => {
		const entries = none();
		entries.pages = [entry('sv/pages/en')];
		expect(() => buildRoutes(entries, hash, [])).toThrow(/locale's URL prefix/);
	});

	it('refuses an unknown locale folder and a non-ASCII file name', () => {
		const entries = none();
		entries.pages = [entry('de/pages/index')];
		expect(() => buildRoutes(entries, hash, [])).toThrow(/"de" is not a locale in the registry/);
		entries.pages = [entry('sv/pages/våld')];
		expect(() => buildRoutes(entries, hash, [])).toThrow(/not an ASCII slug/);
	});

	it('requires a facts file for every service text, and a Swedish text for every facts file', () => {
		const entries = none();
		entries.services = [entry('sv/services/kast')];
		expect(() => buildRoutes(entries, hash, [])).toThrow(/no facts file content\/services\/kast\.yaml/);
		expect(() => buildRoutes(none(), hash, ['kast'])).toThrow(/content\/services\/kast\.yaml → file name: the service has no Swedish text/);
		expect(buildRoutes(entries, hash, ['kast'])[0]!.path).toBe('/stod/kast/');
	});
});
