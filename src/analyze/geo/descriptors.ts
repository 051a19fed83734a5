// Cities named by what they are to their country ("the Kenyan capital", "Greece's second city"): the phrases, the
// largest and second cities and the countries whose "capital" is ambiguous in the press are data
// (data/lexicons/places/descriptors.json); capitals are the gazetteer's.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';
import type { Place } from '../../model/analysis.ts';
import type { GeoIndex } from './lookup.ts';
import type { Resolved } from './resolve.ts';

/** What a phrase names: the country's capital, its largest city or its second city. */
type Rank = 'capital' | 'largest_city' | 'second_city';
const RANKS: readonly Rank[] = ['capital', 'largest_city', 'second_city'];

/** One phrase split at its placeholder: the words before and after it, lower case. */
interface Phrase {
  rank: Rank;
  before: string;
  after: string;
  /** {D}: the placeholder is a nationality word; {C}: the country's name. */
  demonym: boolean;
}

/** A descriptors file read: phrases by language, the named cities by rank and country, and the ambiguous capitals. */
export interface Descriptors {
  phrases: Map<string, Phrase[]>;
  cities: Map<Rank, Map<string, string>>;
  noCapital: Set<string>;
}

interface DescriptorsFile {
  no_capital: string[];
  cities: Partial<Record<Rank, Record<string, string>>>;
  [rank: string]: unknown;
}

const DESCRIPTORS = loadDescriptors(dataPath('lexicons', 'places', 'descriptors.json'));

/** The phrases, cities and ambiguous capitals of a descriptors file. */
export function loadDescriptors(file: string): Descriptors {
  const data = JSON.parse(readFileSync(file, 'utf8')) as DescriptorsFile;
  const phrases = new Map<string, Phrase[]>();
  for (const rank of RANKS) {
    const byLang = data[rank] as Record<string, string[]> | undefined;
    if (!byLang || typeof byLang !== 'object') throw new Error(`${file}: no "${rank}" phrases`);
    for (const [lang, list] of Object.entries(byLang))
      for (const text of list) {
        const m = /^(.*)\{([DC])\}(.*)$/u.exec(text);
        if (!m) throw new Error(`${file}: "${text}" (${rank}, ${lang}) has no {D} or {C}`);
        const phrase = { rank, before: m[1]!.toLowerCase(), after: m[3]!.toLowerCase(), demonym: m[2] === 'D' };
        phrases.set(lang, [...(phrases.get(lang) ?? []), phrase]);
      }
  }
  const cities = new Map(RANKS.map((r) => [r, new Map(Object.entries(data.cities?.[r] ?? {}))] as const));
  return { phrases, cities, noCapital: new Set(data.no_capital ?? []) };
}

/** Cities the text names by their rank in a country, beside a mention of that country or its people, with the
 * phrase's span; none already among `places`. */
export function citiesOfRank(
  text: string,
  found: readonly Resolved[],
  index: GeoIndex,
  lang: string,
  places: readonly Place[],
  descriptors: Descriptors = DESCRIPTORS,
): Place[] {
  const phrases = descriptors.phrases.get(lang);
  if (!phrases) return [];
  const out: Place[] = [];
  const seen = new Set(places.map((p) => p.id));
  for (const r of found) {
    if (r.entry.kind !== 'c') continue;
    const { start, end } = r.mention;
    for (const p of phrases) {
      if (p.demonym !== (r.mention.type === 'd')) continue;
      if (text.slice(start - p.before.length, start).toLowerCase() !== p.before) continue;
      if (text.slice(end, end + p.after.length).toLowerCase() !== p.after) continue;
      const at = cityOfRank(index, descriptors, p.rank, r.entry.cc);
      if (at === undefined) continue;
      const e = index.entry(at);
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      out.push({
        name: e.name,
        id: e.id,
        kind: 'city',
        country: e.cc,
        lat: e.lat,
        lon: e.lon,
        start: start - p.before.length,
        end: end + p.after.length,
        ...(e.admin1 ? { admin1: e.admin1 } : {}),
      });
    }
  }
  return out;
}

/** The entry index of a country's city of that rank, or undefined where the data names none. */
export function cityOfRank(index: GeoIndex, d: Descriptors, rank: Rank, cc: string): number | undefined {
  if (rank === 'capital') return d.noCapital.has(cc) ? undefined : index.capital.get(cc);
  const name = d.cities.get(rank)?.get(cc);
  return name === undefined ? undefined : cityNamed(index, cc, name);
}

// The most populous town of the country with that gazetteer name, found by the name's first word.
function cityNamed(index: GeoIndex, cc: string, name: string): number | undefined {
  let best: number | undefined;
  for (const row of index.cased.get(name.split(' ')[0]!) ?? [])
    for (const id of row[5]) {
      const e = index.entry(id);
      if (
        e.kind === 'p' &&
        e.cc === cc &&
        e.name === name &&
        (best === undefined || e.weight > index.entry(best).weight)
      )
        best = id;
    }
  return best;
}
