// The compiled gazetteer's shape: what build/gazetteer.json holds and how its rows read.

/** Bumped whenever the compiled format or the compiler's rules change, so stale files are rebuilt. */
export const GAZETTEER_VERSION = 24;

/** Kind of a place row: country, region (first-level subdivision) or city. */
export type EntryKind = 'c' | 'r' | 'p';

/**
 * One place: [kind, ISO alpha-2, stable id, name, admin1 name, lat, lon, weight (population, or area for
 * countries), 1 for a national capital].
 */
export type EntryRow = [EntryKind, string, string, string, string, number, number, number, (0 | 1)?];

/**
 * How an alias names its places: `n` a name, `d` a demonym or adjective ("Nigerian"),
 * `p` a name that is also a person's name (Jordan, Victoria), matched with care,
 * `x` a name that holds a country's name but is no place of it ("Latin America"): it names nothing.
 */
export type AliasType = 'n' | 'd' | 'p' | 'x';

/** One alias: [text, language ('*' for any), type, ...indexes into entries]. */
export type AliasRow = [string, string, AliasType, ...number[]];

/** Which lookup table an alias goes to: `c` names written with capitals, `l` lowercase words and caseless scripts. */
export type LookupTable = 'c' | 'l';

/** One alias ready for lookup: [table, first word, following words, language, type, entry indexes]. */
export type LookupRow = [LookupTable, string, string[], string, AliasType, number[]];

/** The whole compiled gazetteer. */
export interface GazetteerData {
  version: number;
  entries: EntryRow[];
  rows: LookupRow[];
  /** [language, word]: place names that are ordinary words in that language (German "Essen"), matched with care. */
  common: [string, string][];
}
