/** The kinds of page a search can be narrowed to; each has a label under `taxonomy.type.*`. */
export const searchTypes = ['services', 'kinds', 'forms', 'guides'] as const;
