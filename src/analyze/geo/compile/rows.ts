// Splits each alias into the words the matcher looks up, so loading the index does no text work.
import type { AliasRow, LookupRow } from '../gazetteer.ts';
import { isCapitalised, nameWords } from '../tokens.ts';

/** Lookup rows for the aliases: capitalised names keep their case, the others are lowercased. */
export function toLookupRows(aliases: AliasRow[]): LookupRow[] {
  const rows: LookupRow[] = [];
  for (const [text, lang, type, ...ids] of aliases) {
    const words = nameWords(text);
    const first = words[0];
    if (!first) continue;
    const cased = words.some(isCapitalised) && text !== text.toLowerCase();
    const key = cased ? first : first.toLowerCase();
    const rest = words.slice(1);
    rows.push([cased ? 'c' : 'l', key, cased ? rest : rest.map((w) => w.toLowerCase()), lang, type, ids]);
  }
  return rows;
}
