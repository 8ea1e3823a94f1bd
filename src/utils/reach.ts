/** The service whose number a "how to reach" text names in its `{{phone}}` placeholder, if any. */
export const reachPhone: Record<string, string> = { socialjourVia112: 'larmnummer-112' };
