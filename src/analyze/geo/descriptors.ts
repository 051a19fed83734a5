// Cities named by what they are to their country ("the Kenyan capital", "Greece's second city"): the phrases are data
// (data/lexicons/places/descriptors.json); the city is the gazetteer's capital or its second most populous city.
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

const PHRASES = loadPhrases(dataPath('lexicons', 'places', 'descriptors.json'));

/** The phrases of a descriptors file, by language. */
export function loadPhrases(file: string): Map<string, Phrase[]> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string[]> | string>;
  const out = new Map<string, Phrase[]>();
  for (const rank of RANKS) {
    const byLang = data[rank];
    if (!byLang || typeof byLang === 'string') throw new Error(`${file}: no "${rank}" phrases`);
    for (const [lang, list] of Object.entries(byLang))
      for (const text of list) {
        const m = /^(.*)\{([DC])\}(.*)$/u.exec(text);
        if (!m) throw new Error(`${file}: "${text}" (${rank}, ${lang}) has no {D} or {C}`);
        const phrase = { rank, before: m[1]!.toLowerCase(), after: m[3]!.toLowerCase(), demonym: m[2] === 'D' };
        out.set(lang, [...(out.get(lang) ?? []), phrase]);
      }
  }
  return out;
}

/** Cities the text names by their rank in a country, beside a mention of that country or its people, with the
 * phrase's span; none already among `places`. */
export function citiesOfRank(
  text: string,
  found: readonly Resolved[],
  index: GeoIndex,
  lang: string,
  places: readonly Place[],
): Place[] {
  const phrases = PHRASES.get(lang);
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
      const at = rankTable(index, p.rank).get(r.entry.cc);
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

function rankTable(index: GeoIndex, rank: Rank): Map<string, number> {
  return rank === 'capital' ? index.capital : rank === 'largest_city' ? index.largestCity : index.secondCity;
}
