// The geo stage's public face: load the gazetteer once, then locate a text's countries and places.
import { emptyList } from '../../lib/empty-list.ts';
import type { Evidence, Place } from '../../model/analysis.ts';
import { type CountryCandidate, countryCandidates } from './candidates.ts';
import { citiesOfRank } from './descriptors.ts';
import { readGeoIndex } from './load.ts';
import type { GeoIndex } from './lookup.ts';
import { findMentions } from './match.ts';
import { type CountryStats, namesPeople, scoreCountries, selectCountries } from './rank.ts';
import { type Resolved, resolveMentions } from './resolve.ts';
import { tokenize, tokensOfSpans, type WordSpans } from './tokens.ts';
import { loadGeoWords } from './words.ts';

export type { CountryCandidate } from './candidates.ts';
export type { GeoIndex } from './lookup.ts';

/** Hints that help disambiguation (the source's country, the article's language, where the title ends). */
export interface GeoContext {
  language?: string;
  countryHint?: string;
  titleEnd?: number;
  /** The text's words when a caller has cut them already (each word read once); the whole text's, or none. */
  spans?: WordSpans;
}

/** Countries (most central first), places with offsets, and the quotes behind the countries. */
export interface GeoResult {
  countries: string[];
  places: Place[];
  evidence: Evidence[];
  /** Every country named, with the features the learned selection weighs, most central first. */
  candidates: CountryCandidate[];
  /** Quotes for any of the candidate countries (the learned selection may keep one the rules left out). */
  evidenceOf: (countries: string[]) => Evidence[];
  /** Character spans of nationality words that name people ("15 bolivianos", "dertien Roemenen"). */
  people: [number, number][];
  /** Character spans of every nationality word, as a person's or as an adjective ("one Bulgarian", "Bulgarian police"). */
  nationals: [number, number][];
  /** The country of each nationality word, in the order of `nationals`. */
  nationalCountries: string[];
}

/**
 * The one country where a language is mostly written (Vietnamese → VN): its provinces and towns need no
 * country name beside them. Languages of several countries (Spanish, French, Arabic, ...) have none.
 */
const HOME_COUNTRY: Record<string, string> = {
  vi: 'VN',
  th: 'TH',
  id: 'ID',
  ms: 'MY',
  tl: 'PH',
  ja: 'JP',
  ko: 'KR',
  he: 'IL',
  ne: 'NP',
  km: 'KH',
  my: 'MM',
  lo: 'LA',
  bn: 'BD',
  si: 'LK',
  ro: 'RO',
  pl: 'PL',
  it: 'IT',
  cs: 'CZ',
  sk: 'SK',
  hu: 'HU',
  el: 'GR',
  uk: 'UA',
  tr: 'TR',
  fa: 'IR',
  ny: 'MW',
  ml: 'IN',
  ta: 'IN',
  hi: 'IN',
  mr: 'IN',
  te: 'IN',
  kn: 'IN',
  gu: 'IN',
  pa: 'IN',
};

/** Most places listed for one text. */
export const MAX_PLACES = 100;

/** Loads the gazetteer's packed index (build/gazetteer.bin; compiled and packed on first use when missing). */
export function loadGeoIndex(): GeoIndex {
  return readGeoIndex(loadGeoWords());
}

let shared: GeoIndex | undefined;

/** The gazetteer's index loaded once per process, for the analyzer and the story prints alike. */
export function sharedGeoIndex(): GeoIndex {
  shared ??= loadGeoIndex();
  return shared;
}

/** Whether a folded single word is a nationality word of the gazetteer ("mexican", "colombianas"). */
export function isNationalityWord(index: GeoIndex, folded: string): boolean {
  const rows = [
    ...(index.cased.get(folded.charAt(0).toUpperCase() + folded.slice(1)) ?? []),
    ...(index.lower.get(folded) ?? []),
  ];
  return rows.some((r) => r[4] === 'd' && r[2].length === 0);
}

/** Finds where a story takes place. */
export function locate(text: string, index: GeoIndex, ctx: GeoContext = {}): GeoResult {
  const tokens = ctx.spans ? tokensOfSpans(text, ctx.spans) : tokenize(text);
  const lang = (ctx.language ?? 'en').toLowerCase().slice(0, 3);
  const mentions = findMentions(text, tokens, index, lang);
  const home = HOME_COUNTRY[lang];
  const hint = ctx.countryHint?.toUpperCase();
  const found = resolveMentions(text, tokens, mentions, index, ctx.titleEnd ?? 0, lang, hint, home);
  abbreviationsInPassing(text, found);
  const stats = new Map<string, CountryStats>();
  const ranked = scoreCountries(text, found, ctx.titleEnd ?? 0, home, index.words, stats);
  const countries = selectCountries(ranked);
  const origin = impliedOrigin(lang, found, countries);
  if (origin) countries.push(origin);
  return {
    countries,
    places: withCitiesOfRank(text, found, index, lang),
    evidence: evidenceFor(text, countries, found),
    candidates: countryCandidates(ranked, stats, countries, origin),
    evidenceOf: evidenceOfFound(text, found),
    people: nationalSpans(text, found, index, true),
    nationals: nationalSpans(text, found, index, false),
    nationalCountries: nationalCountries(found),
  };
}

// The country of each nationality word, in the order nationalSpans lists them.
function nationalCountries(found: Resolved[]): string[] {
  const out: string[] = emptyList();
  for (const r of found) if (r.mention.type === 'd') out.push(r.entry.cc);
  return out;
}

// The spans of the nationality words (`people`: those naming people). Empty or not, the list has one hidden class (an
// empty filter or map result has another): the facts read these lists for every number.
function nationalSpans(text: string, found: Resolved[], index: GeoIndex, people: boolean): [number, number][] {
  const out: [number, number][] = emptyList();
  for (const r of found)
    if (r.mention.type === 'd' && (!people || namesPeople(text, r, index.words)))
      out.push([r.mention.start, r.mention.end]);
  return out;
}

/** Languages written almost only in one country whose press writes about its own nationals abroad. */
const DOMESTIC_PRESS = new Set(['vi', 'id', 'th', 'km', 'lo', 'my', 'ne', 'si', 'tl']);

/**
 * "Nhiều thanh niên bị lừa sang Campuchia": in a Vietnamese text, people taken to a named foreign country and no
 * Vietnamese place named are Vietnamese; their country is the origin.
 */
function impliedOrigin(lang: string, found: Resolved[], countries: string[]): string | undefined {
  const home = HOME_COUNTRY[lang];
  if (!home || !DOMESTIC_PRESS.has(lang) || countries.includes(home) || found.some((r) => r.entry.cc === home))
    return undefined;
  // "14 phụ nữ, trong đó có 11 người Myanmar": the text gives the people's own country.
  if (found.some((r) => r.ctx.people && r.entry.cc !== home)) return undefined;
  const abroad = found.some((r) => countries.includes(r.entry.cc) && r.ctx.strongLocative && !r.ctx.passing);
  return abroad ? home : undefined;
}

/**
 * "referred by the Federal Bureau of Investigation (FBI)": an abbreviation in brackets right after a passing mention of
 * the same country is as passing as the name it abbreviates.
 */
function abbreviationsInPassing(text: string, found: Resolved[]): void {
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1]!;
    const r = found[i]!;
    if (
      prev.ctx.passing &&
      prev.entry.cc === r.entry.cc &&
      /^\s*\($/.test(text.slice(prev.mention.end, r.mention.start))
    )
      r.ctx.passing = true;
  }
}

// The places named, and the cities named by their rank in a country ("the Kenyan capital").
function withCitiesOfRank(text: string, found: Resolved[], index: GeoIndex, lang: string): Place[] {
  const places = named(found).slice(0, MAX_PLACES).map(toPlace);
  return [...places, ...citiesOfRank(text, found, index, lang, places)].slice(0, MAX_PLACES);
}

/** Places named in the text: demonyms ("Nigerian") count for the country but name no place. */
function named(found: Resolved[]): Resolved[] {
  return found.filter((r) => r.mention.type !== 'd');
}

function toPlace(r: Resolved): Place {
  const { entry: e, mention: m } = r;
  const kind = e.kind === 'c' ? 'country' : e.kind === 'r' ? 'region' : 'city';
  const place: Place = {
    name: e.name,
    id: e.id,
    kind,
    country: e.cc,
    lat: e.lat,
    lon: e.lon,
    start: m.start,
    end: m.end,
  };
  if (e.admin1 && kind !== 'country') place.admin1 = e.admin1;
  return place;
}

// The quotes of any list of countries among those found. (Returned, not written in the result's literal: a function
// named there is renamed on every call when the code runs through a transpiler that keeps names.)
function evidenceOfFound(text: string, found: Resolved[]): (countries: string[]) => Evidence[] {
  return (list) => evidenceFor(text, list, found);
}

/** One quote per reported country: its first non-passing mention. */
function evidenceFor(text: string, countries: string[], found: Resolved[]): Evidence[] {
  const out: Evidence[] = [];
  for (const cc of countries) {
    const r = found.find((f) => f.entry.cc === cc && !f.ctx.passing) ?? found.find((f) => f.entry.cc === cc);
    if (!r) continue;
    const { start, end } = r.mention;
    out.push({ field: 'countries', value: cc, quote: text.slice(start, end), start, end });
  }
  return out;
}
