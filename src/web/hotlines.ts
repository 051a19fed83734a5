// Hotlines by country from data/hotlines.json, validated on load (every line must name its source).
import { readFileSync } from 'node:fs';
import { inputError } from '../lib/errors.ts';
import { dataPath } from '../lib/paths.ts';

/** Terms a source may state about a line. */
export const HOTLINE_TERMS = ['free', 'confidential', 'anonymous', '24h'] as const;

/** One of HOTLINE_TERMS. */
export type HotlineTerm = (typeof HOTLINE_TERMS)[number];

/** One phone or text line. */
export interface Hotline {
  name: string;
  number: string;
  /** tel: link target in international format. */
  tel?: string;
  /** SMS short code, when the line takes texts. */
  text?: string;
  note?: string;
  /** What the source page itself says of the line (free to call, confidential…); absent when it says nothing. */
  terms?: HotlineTerm[];
  /** The organisation page the number was taken from. */
  source: string;
}

/** Where to report in one country. */
export interface CountryHotlines {
  country: string;
  emergency: string;
  lines: Hotline[];
}

/** The whole hotline file. */
export interface Hotlines {
  checked: string;
  countries: CountryHotlines[];
  forCountry(code: string): CountryHotlines | undefined;
}

/** Loads and checks the hotline file. */
export function loadHotlines(file = dataPath('hotlines.json')): Hotlines {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { checked: string; countries: CountryHotlines[] };
  for (const c of data.countries) {
    if (!/^[A-Z]{2}$/.test(c.country)) throw inputError(`${file}: bad country code ${JSON.stringify(c.country)}`);
    if (!c.emergency) throw inputError(`${file}: ${c.country} has no emergency number`);
    for (const l of c.lines) {
      if (!l.name || !l.number) throw inputError(`${file}: ${c.country}: a line lacks a name or number`);
      for (const t of l.terms ?? [])
        if (!(HOTLINE_TERMS as readonly string[]).includes(t))
          throw inputError(
            `${file}: ${c.country} "${l.name}": unknown term ${JSON.stringify(t)} (${HOTLINE_TERMS.join(', ')})`,
          );
      if (!/^https:\/\//.test(l.source ?? ''))
        throw inputError(`${file}: ${c.country} "${l.name}" has no https source`);
    }
  }
  const by = new Map(data.countries.map((c) => [c.country, c]));
  return { checked: data.checked, countries: data.countries, forCountry: (code) => by.get(code.toUpperCase()) };
}
