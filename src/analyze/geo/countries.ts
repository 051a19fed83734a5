// Countries from names, alternate spellings and demonyms (world-countries); passing mentions ("US-based") are skipped.
import { createRequire } from 'node:module';
import type { Evidence, Place } from '../../model/analysis.ts';
import type { GeoResult } from './index.ts';

interface CountryRow {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: [number, number];
}

/** A compiled country matcher. */
export interface CountryIndex {
  re: RegExp;
  byName: Map<string, CountryRow>;
}

const PASSING_AFTER = /^[\s-]*(?:based|headquartered|registered)\b/i;

/** Builds the matcher from the world-countries package. */
export function buildCountryIndex(): CountryIndex {
  const rows = createRequire(import.meta.url)('world-countries') as CountryRow[];
  const byName = new Map<string, CountryRow>();
  for (const c of rows) {
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((s) => s.length > 3),
      c.demonyms?.eng?.m,
      c.demonyms?.eng?.f,
    ];
    for (const n of names) if (n && !byName.has(n)) byName.set(n, c);
    if (c.cca2 === 'US' || c.cca2 === 'GB') byName.set(c.cca2, c);
  }
  const escaped = [...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), byName };
}

/** Finds countries by name or demonym and ranks them by mentions. */
export function findCountries(text: string, index: CountryIndex): GeoResult {
  const counts = new Map<string, number>();
  const places: Place[] = [];
  const evidence: Evidence[] = [];
  for (const m of text.matchAll(index.re)) {
    const row = index.byName.get(m[0]);
    const start = m.index ?? 0;
    if (!row || PASSING_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 20))) continue;
    counts.set(row.cca2, (counts.get(row.cca2) ?? 0) + 1);
    if (places.length < 50) {
      places.push({
        name: m[0],
        id: `country:${row.cca2}`,
        kind: 'country',
        country: row.cca2,
        lat: row.latlng[0],
        lon: row.latlng[1],
        start,
        end: start + m[0].length,
      });
    }
    if (counts.get(row.cca2) === 1)
      evidence.push({ field: 'countries', value: row.cca2, quote: m[0], start, end: start + m[0].length });
  }
  const countries = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  return { countries, places, evidence };
}
