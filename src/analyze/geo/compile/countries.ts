// Countries: names, translations and demonyms from world-countries and i18n-iso-countries, plus our alias files.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GazetteerBuilder } from './builder.ts';
import { expandBraces, readTsv, splitForms } from './data-files.ts';

interface CountryRow {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m: string; f: string }>;
  latlng: [number, number];
  area: number;
}

const require = createRequire(import.meta.url);
/** Short codes that are written as names in the news; other 2–3 letter spellings are too ambiguous. */
const SHORT_OK = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'PRC']);
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
export function addCountries(b: GazetteerBuilder): Map<string, number> {
  const rows = require('world-countries') as CountryRow[];
  const byCode = new Map<string, number>();
  for (const c of rows) {
    const i = b.addEntry(['c', c.cca2, `country:${c.cca2}`, c.name.common, '', c.latlng[0], c.latlng[1], c.area]);
    byCode.set(c.cca2, i);
    if (UNINHABITED.has(c.cca2)) continue;
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (n.length > 3 || SHORT_OK.has(n)) b.addAlias(n, '*', 'n', i);
    }
    for (const [l3, t] of Object.entries({ ...c.translations, ...c.name.native })) {
      const lang = LANG3[l3] ?? l3;
      for (const n of [t.common, t.official]) b.addAlias(n, lang, 'n', i);
    }
    addWorldDemonyms(b, c, i);
  }
  addI18nNames(b, byCode);
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

/** "Nigerian" → Nigerian, Nigerians; "Chinese" stays as it is. */
function englishForms(d: string): string[] {
  if (!d || d.length < 3) return [];
  return /(an|i|o|a)$/.test(d) ? [d, `${d}s`] : [d];
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
        if (n.length > 3 || SHORT_OK.has(n)) b.addAlias(n, lang === 'en' ? '*' : lang, 'n', i);
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
    for (const f of splitForms(forms).flatMap(expandBraces))
      b.addAlias(f.trim(), lang === 'en' ? '*' : lang || '*', 'd', i);
  }
}
