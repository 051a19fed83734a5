// Victim groups joined by "and": "fourteen women and three girls" are 17 victims, "a girl aged four and two boys" are 3.
import { type CueSet, hitIn } from '../cues/scan.ts';
import type { VictimCount } from './victims.ts';

/** Categories whose words name a person ("girl" is a child word, "man" an adult one). */
const PERSON = ['victim', 'minor', 'adult'];
/** "and" between two counted groups, in the languages with lexicons (a comma may come before it). */
const AND = /^\s*,?\s*(?:and|y|e|et|und|dan|và|en|și|na|و)\s+$/i;
/** One person said with an indefinite article, optionally with an age, right before "and": "a girl aged four and". */
const ONE_BEFORE =
  /(?:^|[\s(])(?:a|an|one|una|un|uma|um|une|ein|eine|seorang|một)\s+(\p{L}+)(?:\s+(?:aged|de|di|von|berusia)\s+[\p{L}\d]+(?:\s+(?:anos|años|ans|anni|jahren|tahun))?|,\s*\d{1,2},?)?\s*,?\s*(?:and|y|e|et|und|dan|và)\s+$/iu;

/** Merges counts of victim groups joined by "and" into one count. */
export function joinGroups(set: CueSet, all: VictimCount[]): VictimCount[] {
  const out: VictimCount[] = [];
  for (let k = 0; k < all.length; k++) {
    let c = withOneBefore(set, all[k]!);
    let next = all[k + 1];
    while (c.noun && next?.noun && AND.test(set.text.slice(c.end, next.start))) {
      const cues = c.cues && { ...c.cues, joined: true };
      c = { ...c, n: c.n + next.n, score: Math.max(c.score, next.score) + 1, end: next.end, cues };
      k++;
      next = all[k + 1];
    }
    out.push(c);
  }
  return out;
}

// "a girl aged four and two boys": the one person said before the group joins it.
function withOneBefore(set: CueSet, c: VictimCount): VictimCount {
  if (!c.noun) return c;
  const from = Math.max(0, c.start - 60);
  const m = ONE_BEFORE.exec(set.text.slice(from, c.start));
  if (!m) return c;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const ti = tokenAt(set, at);
  if (ti < 0 || !PERSON.some((cat) => hitIn(set, cat, ti, ti + 1))) return c;
  return { ...c, n: c.n + 1, start: at };
}

function tokenAt(set: CueSet, offset: number): number {
  const { start } = set.tokens;
  let lo = 0;
  let hi = set.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return start[lo] === offset ? lo : -1;
}
