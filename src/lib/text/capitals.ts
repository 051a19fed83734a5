// Languages whose spelling capitalises more than names: a capital there says nothing about a name.

/** Languages that write every noun with a capital ("die Kinder", "Berliner Bordellen"). */
export const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(['de', 'lb']);
