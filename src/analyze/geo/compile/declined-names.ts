// Given names that are also a declined form of a place's name (Ukrainian "Мілана", a woman's name and Milan's
// genitive): read with a person's name's care, as person-names.txt asks, instead of through the declined-stem rule.
import type { AliasRow } from '../gazetteer.ts';
import { DECLINING, stemOf } from '../lookup.ts';

/** Most letters the declined-stem rule cuts off a word (match.ts reads up to three). */
const CUT_MAX = 3;
/** Fewest letters of a stem that rule reads. */
const STEM_MIN = 4;

/** Rows of type `p` for the given names that are no alias but a declined form of a one-word name of a declining language. */
export function declinedNameRows(aliases: AliasRow[], persons: Set<string>): AliasRow[] {
  const names = new Set(aliases.map((a) => a[0]));
  const byStem = new Map<string, Set<number>>();
  for (const [text, lang, type, ...ids] of aliases) {
    if (!DECLINING.has(lang) || type === 'x' || type === 'd' || text.includes(' ')) continue;
    const stem = stemOf(text);
    byStem.set(stem, new Set([...(byStem.get(stem) ?? []), ...ids]));
  }
  const out: AliasRow[] = [];
  for (const name of persons) {
    if (names.has(name)) continue;
    for (let cut = 1; cut <= CUT_MAX && name.length - cut >= STEM_MIN; cut++) {
      const ids = byStem.get(name.slice(0, -cut));
      if (ids) {
        out.push([name, '*', 'p', ...ids]);
        break;
      }
    }
  }
  return out;
}
