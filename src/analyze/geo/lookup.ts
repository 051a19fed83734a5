// The in-memory lookup tables built from the compiled gazetteer: aliases keyed by their first word.
import type { EntryKind, EntryRow, GazetteerData, LookupRow } from './gazetteer.ts';
import { changedStems, TOWN_LANGUAGE } from './stem-changes.ts';
import type { GeoWords } from './words.ts';

/** A lowercase Cyrillic letter first. */
const CYRILLIC_LOWER = /^[\u0430-\u045f]/;

/** One place of the gazetteer. */
export interface Entry {
  kind: EntryKind;
  cc: string;
  id: string;
  name: string;
  admin1: string;
  lat: number;
  lon: number;
  weight: number;
  capital: boolean;
}

/**
 * One alias, found by its first word: the compiled row itself, [table, first word, following words,
 * language, type, entry indexes], kept as it was parsed so loading allocates nothing per alias.
 */
export type AliasRec = LookupRow;

/** A lookup table of aliases by their first word. */
export interface AliasTable {
  get(key: string): AliasRec[] | undefined;
}

/** The loaded gazetteer. */
export interface GeoIndex {
  /** The place at an index of the gazetteer (the same object on every call). */
  entry: (i: number) => Entry;
  /** Aliases written with capitals, keyed by their first word as written. */
  cased: AliasTable;
  /** Lowercase aliases (Spanish "nigerianas") and those in scripts without case, keyed by lowercase first word. */
  lower: AliasTable;
  /** Languages with lowercase aliases in Latin script (Spanish demonyms), so English texts skip that lookup. */
  lowerLangs: Set<string>;
  /** One-word names in languages that decline nouns, keyed by their stem ("Пољск" for Пољска, found in "Пољској"). */
  stems: AliasTable;
  /** Entry index of each country by ISO alpha-2 code. */
  country: Map<string, number>;
  /** Entry index of each country's capital ("the Kenyan capital"). */
  capital: Map<string, number>;
  /** Per language, place names that are ordinary words in it (German "Essen", Spanish "Pueblo"). */
  common: Map<string, Set<string>>;
  /** One bit per (first letters, last letter, length) of the keys of cased and lower: most words are no key. */
  filter: Uint8Array;
  /** The small words read around place names (data/lexicons/places/words.json). */
  words: GeoWords;
}

/** The lookup tables of a compiled gazetteer, before packing (see packed.ts): everything but the places themselves. */
export interface GeoTables {
  cased: Map<string, AliasRec[]>;
  lower: Map<string, AliasRec[]>;
  stems: Map<string, AliasRec[]>;
  country: Map<string, number>;
  capital: Map<string, number>;
  lowerLangs: Set<string>;
  common: Map<string, Set<string>>;
  filter: Uint8Array;
}

const FILTER_BITS = 1 << 20;

/**
 * A word's bit in the filter: an FNV-1a hash of its letters, ASCII case folded, or -1 when it has a letter outside
 * ASCII (the caller then looks the word up as usual). Cheaper than a map lookup of a fresh string, and most words
 * of a text are no key.
 */
export function filterBit(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return -1;
    h = Math.imul(h ^ fold(c), 0x01000193);
  }
  return h >>> 12;
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** False when no key of the index can be the word (whatever its case). */
export function mayBeKey(index: GeoIndex, w: string): boolean {
  const bit = filterBit(w);
  return bit < 0 || (index.filter[bit >>> 3]! & (1 << (bit & 7))) !== 0;
}

/** Builds the lookup tables. */
export function buildTables(data: GazetteerData): GeoTables {
  const index: GeoTables = {
    cased: new Map(),
    lower: new Map(),
    stems: new Map(),
    country: new Map(),
    capital: new Map(),
    lowerLangs: new Set(),
    common: new Map(),
    filter: new Uint8Array(FILTER_BITS / 8),
  };
  for (const [lang, word] of data.common) {
    const set = index.common.get(lang) ?? new Set<string>();
    index.common.set(lang, set.add(word));
  }
  data.entries.forEach(([kind, cc], i) => {
    if (kind === 'c') index.country.set(cc, i);
  });
  capitals(data, index);
  for (const row of data.rows) {
    const [table, first, rest, lang] = row;
    push(table === 'c' ? index.cased : index.lower, first, row);
    const bit = filterBit(first);
    if (bit >= 0) index.filter[bit >>> 3]! |= 1 << (bit & 7);
    // Languages with lowercase aliases in a cased script (Latin "marroquí", Cyrillic "украинцев") match lowercase words.
    if (table === 'l' && (first.charCodeAt(0) < 0x250 || CYRILLIC_LOWER.test(first))) index.lowerLangs.add(lang);
    // Any declining language's stem serves the others: Serbian "Пољска" finds "у Пољској" in a text taken for Macedonian.
    if (table === 'c' && !rest.length && DECLINING.has(lang)) {
      push(index.stems, stemOf(first), [table, first, rest, '*', row[4], row[5]]);
      // "Дубай" → "в Дубае", "у Дубаї": read only before a case ending of the text's language ("Китаев" is a surname).
      if (JOT.test(first)) push(index.stems, TOWN_STEM + first.slice(0, -1), [table, first, rest, '*', row[4], row[5]]);
      // "Прага" → "у Празі", "Харків" → "у Харкові": a name's stem whose sound changes, read only before a case ending
      // (not a nationality's: "Polak" is no place).
      if (row[4] === 'n')
        for (const key of changedStems(first, lang, countriesOf(data, row[5])))
          push(index.stems, TOWN_STEM + key, [table, first, rest, '*', row[4], row[5]]);
    } else if (table === 'c' && !rest.length && lang === '*') declinedCity(index, data, row);
  }
  return index;
}

// Each country's capital (the most populous where several are marked).
function capitals(data: GazetteerData, index: GeoTables): void {
  const pop = (i: number | undefined) => (i === undefined ? -1 : data.entries[i]![7]);
  data.entries.forEach(([kind, cc, , , , , , weight, capital], i) => {
    if (kind === 'p' && capital === 1 && weight > pop(index.capital.get(cc))) index.capital.set(cc, i);
  });
}

/** Countries whose own languages decline their towns' names ("Lublinem", "u Zagrebu", "Szegeden"). */
const DECLINED_TOWNS = new Set(['PL', 'CZ', 'SK', 'RS', 'HR', 'BA', 'SI', 'ME', 'MK', 'HU']);
/** Least population of a town found through a declined form (small towns' stems meet ordinary words). */
const DECLINED_TOWN_MIN = 50_000;
/** A Cyrillic name's final й, which a case ending replaces. */
const JOT = /[\u0400-\u04ff]{3}й$/u;
/** Key prefix of the declined towns' stems in the stems table (read only where an ending of the language follows). */
export const TOWN_STEM = '~';

/** The a that drops when a name in -ac or -ak is declined (Kragujevac → u Kragujevcu, Čačak → u Čačku). */
const FLEETING_A = /(?<=[^aeiouаеиоу])[aа](?=[ckцк]$)/u;

// A town of such a country, by its name and its stems ("Subotic" for Subotica, found in "Subotice"; "Ostrołęc" for
// Ostrołęka, in "Ostrołęce").
function declinedCity(index: GeoTables, data: GazetteerData, row: LookupRow): void {
  const [table, first, rest, , type, ids] = row;
  if (first.length < 4) return;
  const towns = ids.filter((id) => {
    const e = data.entries[id];
    return !!e && e[0] === 'p' && DECLINED_TOWNS.has(e[1]) && e[7] >= DECLINED_TOWN_MIN;
  });
  if (!towns.length) return;
  const ccs = countriesOf(data, towns);
  const changed = ccs.flatMap((cc) => changedStems(first, TOWN_LANGUAGE[cc] ?? '', [cc]));
  for (const key of new Set([first, stemOf(first), first.replace(FLEETING_A, ''), ...changed]))
    push(index.stems, TOWN_STEM + key, [table, first, rest, '*', type, towns]);
}

/** The countries of a row's places, each once. */
function countriesOf(data: GazetteerData, ids: number[]): string[] {
  return [...new Set(ids.map((id) => data.entries[id]?.[1] ?? ''))];
}

/** The place of a compiled entry row. */
export function toEntry([kind, cc, id, name, admin1, lat, lon, weight, capital]: EntryRow): Entry {
  return { kind, cc, id, name, admin1, lat, lon, weight, capital: capital === 1 };
}

/** Languages whose nouns change their ending with case (Serbian "Пољска" → "у Пољској"). */
export const DECLINING = new Set([
  'sr',
  'hr',
  'bs',
  'sl',
  'mk',
  'bg',
  'ru',
  'uk',
  'be',
  'pl',
  'cs',
  'sk',
  'lt',
  'lv',
  'fi',
  'hu',
  'et',
]);

/** A name without its final vowel (or soft sign: Казань, в Казани), the part that stays when it is declined. */
export function stemOf(word: string): string {
  return word.replace(/[aeiouyаеиоуяыэюјjь]$/iu, '');
}

function push(map: Map<string, AliasRec[]>, key: string, rec: AliasRec): void {
  const list = map.get(key);
  if (list) list.push(rec);
  else map.set(key, [rec]);
}
