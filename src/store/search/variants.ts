// Spelling variants and synonyms (data/search/variants.json): a query word or a word of a quoted phrase also
// finds the other words of its group, so "forced labor" finds "forced labour". Applied before either dialect.
import { readFileSync } from 'node:fs';
import { LanternError } from '../../lib/errors.ts';
import { dataPath } from '../../lib/paths.ts';
import type { Clause, ParsedQuery } from './query.ts';
import { fold } from './snippet.ts';

/** Most alternatives one word or phrase expands to (a phrase's word variants multiply). */
export const MAX_ALTERNATIVES = 8;

/** Word → every word of its group (itself first); words are lower case without accents. */
export type VariantTable = Map<string, string[]>;

let loaded: VariantTable | null = null;

/** Builds the table from a variants file's groups; bad groups are an error naming them. */
export function variantTable(groups: unknown): VariantTable {
  if (!Array.isArray(groups)) throw new LanternError('internal', 'variants: "groups" must be a list');
  const out: VariantTable = new Map();
  for (const g of groups) {
    if (!Array.isArray(g) || g.length < 2 || !g.every((w) => typeof w === 'string' && /^[\p{L}\p{N}'-]+$/u.test(w))) {
      throw new LanternError('internal', `variants: bad group ${JSON.stringify(g).slice(0, 80)}`);
    }
    const words = [...new Set(g.map((w: string) => fold(w)))];
    for (const w of words) out.set(w, [w, ...words.filter((x) => x !== w), ...(out.get(w)?.slice(1) ?? [])]);
  }
  return out;
}

/** The bundled table (read once). */
export function bundledVariants(): VariantTable {
  if (!loaded) {
    const file = JSON.parse(readFileSync(dataPath('search', 'variants.json'), 'utf8')) as { groups: unknown };
    loaded = variantTable(file.groups);
  }
  return loaded;
}

/** The query with every word and phrase widened to its variants (an OR of alternatives). */
export function withVariants(p: ParsedQuery, table: VariantTable = bundledVariants()): ParsedQuery {
  const widen = (c: Clause) => expand(c, table);
  return { ...p, must: p.must.map(widen), not: p.not.map(widen) };
}

function expand(c: Clause, table: VariantTable): Clause {
  if (c.kind === 'or') return { kind: 'or', items: c.items.flatMap((x) => alternatives(x, table)) };
  const alts = alternatives(c, table);
  return alts.length === 1 ? alts[0]! : { kind: 'or', items: alts };
}

function alternatives(c: Clause, table: VariantTable): Clause[] {
  if (c.kind === 'or') return c.items.flatMap((x) => alternatives(x, table));
  if (c.kind === 'word') return (table.get(fold(c.text)) ?? [c.text]).map((w, i) => (i ? { ...c, text: w } : c));
  let texts = [''];
  for (const word of c.text.split(/\s+/)) {
    const options = table.get(fold(word)) ?? [word];
    const next: string[] = [];
    for (const t of texts) for (const o of options) if (next.length < MAX_ALTERNATIVES) next.push(t ? `${t} ${o}` : o);
    texts = next;
  }
  return texts.map((text, i) => (i ? { ...c, text } : c));
}
