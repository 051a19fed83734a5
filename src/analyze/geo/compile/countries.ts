// Countries: names, translations and demonyms from world-countries and i18n-iso-countries, plus our alias files.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GazetteerBuilder } from './builder.ts';
import { expandBraces, readTsv, splitForms } from './data-files.ts';
import { addNationalities, LANGUAGE_WORD } from './nationalities.ts';

interface CountryRow {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m: string; f: string }>;
  latlng: [number, number];
  area: number;
  independent: boolean | null;
}

const require = createRequire(import.meta.url);
/** Short codes that are written as names in the news; other 2–3 letter spellings are too ambiguous. */
const SHORT_OK = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'PRC']);
/** Territories listed as not independent whose people's nationality is named in the news as a country's. */
const NATIONS = new Set(['PS', 'TW', 'HK', 'MO', 'PR', 'XK']);
/** Languages whose country names are often one short syllable (Vietnamese Đức, Nga, Ý): kept, matched with care. */
const SHORT_NAME_LANGS = new Set(['vi']);
/** Territories without a settled population: listed, never matched by name ("rural South Georgia" is in the US). */
const UNINHABITED = new Set(['AQ', 'BV', 'GS', 'HM', 'IO', 'TF', 'UM']);
/** world-countries translation keys (ISO 639-3) to the analyzer's ISO 639-1 codes. */
const LANG3: Record<string, string> = {
  ara: 'ar',
  ces: 'cs',
  deu: 'de',
  est: 'et',
  fin: 'fi',
  fra: 'fr',
  hrv: 'hr',
  hun: 'hu',
  ita: 'it',
  jpn: 'ja',
  kor: 'ko',
  nld: 'nl',
  per: 'fa',
  pol: 'pl',
  por: 'pt',
  rus: 'ru',
  slk: 'sk',
  spa: 'es',
  srp: 'sr',
  swe: 'sv',
  tur: 'tr',
  urd: 'ur',
  zho: 'zh',
  cym: 'cy',
  bre: 'br',
};

/** Adds every country and its aliases; returns ISO alpha-2 → entry index. */
export function addCountries(b: GazetteerBuilder, stop: Set<string>): Map<string, number> {
  const rows = require('world-countries') as CountryRow[];
  const byCode = new Map<string, number>();
  for (const c of rows) {
    const i = b.addEntry(['c', c.cca2, `country:${c.cca2}`, c.name.common, '', c.latlng[0], c.latlng[1], c.area]);
    byCode.set(c.cca2, i);
    if (UNINHABITED.has(c.cca2)) continue;
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      // Alternate spellings include words ("Mann" for the Isle of Man, Icelandic "Island"): the stop list drops them.
      if ((n.length > 3 || SHORT_OK.has(n)) && !stop.has(n)) b.addAlias(n, '*', 'n', i);
    }
    for (const [l3, t] of Object.entries({ ...c.translations, ...c.name.native })) {
      const lang = LANG3[l3] ?? l3;
      for (const n of [t.common, t.official]) {
        b.addAlias(n, lang, 'n', i);
        if (lang === 'de') for (const v of germanDative(n)) b.addAlias(v, lang, 'n', i);
        if (lang === 'hu') for (const v of hungarianAdjective(n)) b.addAlias(v, lang, 'd', i);
      }
    }
    addWorldDemonyms(b, c, i);
  }
  addI18nNames(b, byCode);
  // Nationality words of dependencies are mostly ordinary words ("navideño" for Christmas Island, "caribeño").
  const states = new Set(rows.filter((c) => c.independent || NATIONS.has(c.cca2)).map((c) => c.cca2));
  addNationalities(b, byCode, states);
  addAliasFile(b, byCode);
  return byCode;
}

function addWorldDemonyms(b: GazetteerBuilder, c: CountryRow, i: number): void {
  const eng = c.demonyms?.eng;
  if (eng) for (const d of new Set([eng.m, eng.f])) for (const f of englishForms(d)) b.addAlias(f, '*', 'd', i);
  const fra = c.demonyms?.fra;
  if (fra) {
    for (const d of new Set([fra.m, fra.f])) {
      if (d.length < 3) continue;
      for (const f of [d, `${d}s`]) {
        b.addAlias(f, 'fr', 'd', i);
        b.addAlias(f.toLowerCase(), 'fr', 'd', i);
      }
    }
  }
}

/**
 * German names decline: the genitive "Rumäniens"; an adjective after a preposition, "Demokratische Republik Kongo" →
 * "in der Demokratischen Republik Kongo", "Vereinigte Arabische Emirate" → "in den Vereinigten Arabischen Emiraten".
 */
export function germanDative(name: string): string[] {
  const words = name.split(' ');
  // The genitive of a one-word name: "die Polizei Rumäniens", "Deutschlands".
  if (words.length === 1) return /^\p{Lu}\p{Ll}{3,}[^sxzß]$/u.test(name) ? [`${name}s`] : [];
  if (!words.slice(0, -1).some((w) => /e$/.test(w))) return [];
  const head = words.slice(0, -1).map((w) => (/^\p{Lu}\p{Ll}+e$/u.test(w) ? `${w}n` : w));
  const last = words[words.length - 1]!;
  const forms = [[...head, last].join(' ')];
  if (/e$/.test(last)) forms.push([...head, `${last}n`].join(' '));
  return forms;
}

/** "Nigerian" → Nigerian, Nigerians; "Chinese" stays as it is. */
function englishForms(d: string): string[] {
  if (!d || d.length < 3) return [];
  return /(an|i|o|a)$/.test(d) ? [d, `${d}s`] : [d];
}

/** Hungarian makes a place's adjective by adding -i to its name ("Nigéria" → "nigériai", "Thaiföld" → "thaiföldi"):
 * one-word names not already ending in -i. */
export function hungarianAdjective(name: string): string[] {
  return /^\p{L}[\p{L}-]*\p{L}$/u.test(name) && !/i$/.test(name) && name.length > 3 ? [`${name.toLowerCase()}i`] : [];
}

function addI18nNames(b: GazetteerBuilder, byCode: Map<string, number>): void {
  const dir = join(dirname(require.resolve('i18n-iso-countries')), 'langs');
  for (const file of readdirSync(dir)) {
    const lang = file.replace(/\.json$/, '');
    const { countries } = require(join(dir, file)) as { countries: Record<string, string | string[]> };
    for (const [cc, names] of Object.entries(countries)) {
      const i = byCode.get(cc);
      if (i === undefined || UNINHABITED.has(cc)) continue;
      for (const n of Array.isArray(names) ? names : [names]) {
        if (lang === 'de') for (const v of germanDative(n)) b.addAlias(v, lang, 'n', i);
        if (n.length > 3 || SHORT_OK.has(n)) b.addAlias(n, lang === 'en' ? '*' : lang, 'n', i);
        // Vietnamese short names (Đức, Nga, Ý, Úc, Lào) are also given names: matched like Jordan or Chad.
        else if (SHORT_NAME_LANGS.has(lang) && n.length >= 1) b.addAlias(n, lang, 'p', i);
      }
    }
  }
}

function addAliasFile(b: GazetteerBuilder, byCode: Map<string, number>): void {
  for (const [cc, alias, lang] of [...readTsv('country-aliases.tsv'), ...readTsv('institutions.tsv')]) {
    const i = byCode.get(cc ?? '');
    if (i !== undefined && alias) b.addAlias(alias, lang || '*', 'n', i);
    else b.unresolved.push(`country alias: ${alias} (${cc})`);
  }
  for (const [cc, lang, forms] of readTsv('demonyms.tsv')) {
    const i = byCode.get(cc ?? '');
    if (i === undefined || !forms) {
      b.unresolved.push(`demonyms.tsv: ${forms} (${cc})`);
      continue;
    }
    for (const f of splitForms(forms).flatMap(expandBraces)) {
      // "en español", "in italiano": the name of a language, not a nationality.
      if (lang !== 'en' && LANGUAGE_WORD.test(f.trim())) continue;
      b.addAlias(f.trim(), lang === 'en' ? '*' : lang || '*', 'd', i);
    }
  }
}
