// Compiles the gazetteer from the data packages and our alias files (build time, or first use).
import type { GazetteerData } from '../gazetteer.ts';
import { addArabicNisba } from './arabic.ts';
import { GazetteerBuilder } from './builder.ts';
import { addCountries } from './countries.ts';
import { readList, readTsv } from './data-files.ts';
import { declinedNameRows } from './declined-names.ts';
import { addCities, addRegions, stopNames } from './places.ts';
import { toLookupRows } from './rows.ts';

/** Builds the whole gazetteer in memory (about a second). */
export function compileGazetteer(): GazetteerData {
  return compileWithReport().data;
}

/** The gazetteer and the rows of our data files that named no known place. */
export function compileWithReport(): { data: GazetteerData; unresolved: string[] } {
  const stop = stopNames();
  const b = new GazetteerBuilder(stop);
  addCountries(b, stop);
  const regions = addRegions(b, stop);
  addCities(b, regions, stop);
  const built = b.build();
  const persons = readList('person-names.txt');
  for (const row of built.aliases) if (row[2] === 'n' && persons.has(row[0])) row[2] = 'p';
  built.aliases.push(...declinedNameRows(built.aliases, persons));
  addArabicNisba(built);
  for (const name of readList('not-places.txt')) built.aliases.push([name, '*', 'x']);
  const common = readTsv('common-words.tsv').filter((r): r is [string, string] => !!r[0] && !!r[1]);
  const names = new Set(built.aliases.map((a) => a[0]));
  for (const [lang, word] of common) if (!names.has(word)) b.unresolved.push(`common-words.tsv: ${word} (${lang})`);
  const data = { version: built.version, entries: built.entries, rows: toLookupRows(built.aliases), common };
  return { data, unresolved: b.unresolved };
}
