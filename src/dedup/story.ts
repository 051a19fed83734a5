// Story keys: the facts a report can share with other reports of its incident — cities, regions, names, operation,
// distinctive numbers — filed in the store's LSH table so candidates are found by what identifies a case, in any
// language. The decision itself is compareReports (compare.ts) and placeInStory (place.ts).
import { asAlias, type IncidentPrint } from './incident.ts';

/** Most story keys per report. */
const MAX_KEYS = 48;
/** Numbers under this are too common to look candidates up by. */
const KEY_NUMBER_MIN = 5;

/** Lookup keys of an incident print (prefixed 's' so they share the store's table with near-duplicate keys). */
export function storyKeys(p: IncidentPrint): string[] {
  const keys = [
    // A nickname read from quotes finds the reports that give it as an alias.
    ...p.operations.map((o) => `so:${asAlias(o)}`),
    ...p.names.map((n) => `sn:${n}`),
    ...p.cities.map((c) => `sc:${c}`),
    ...p.numbers.filter((n) => n >= KEY_NUMBER_MIN).map((n) => `sd:${n}`),
    ...(p.victims !== null && p.victims >= KEY_NUMBER_MIN ? [`sd:${p.victims}`] : []),
    ...p.regions.map((r) => `sr:${r}`),
  ];
  // Country and form find the reports naming no place finer than a country (buckets are read newest first).
  for (const c of p.countries.slice(0, 2))
    for (const f of p.forms.length ? p.forms : ['any']) keys.push(`sk:${c}:${f}`);
  return [...new Set(keys)].slice(0, MAX_KEYS);
}
