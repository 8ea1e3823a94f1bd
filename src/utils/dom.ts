/**
 * The one element a component's script needs, or an error that names the component and what is missing,
 * so a change to the markup fails loudly instead of silently disabling the quick exit, search or finder.
 * @example const input = requireElement<HTMLInputElement>(root, '[data-search-input]', 'Search');
 */
export function requireElement<T extends Element>(within: ParentNode, selector: string, component: string): T {
	const el = within.querySelector<T>(selector);
	if (!el) throw new Error(`${component}: ${selector} is missing from its markup.`);
	return el;
}
