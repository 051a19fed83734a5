// Stated ages of victims ("a 16-year-old", "aged 14", "15 años"), leaving out suspects' ages.
import { type CueSet, hitIn, hitsOf } from '../cues/scan.ts';
import { numberAt } from './numbers.ts';

/** An age in the text, with the offsets of the words that state it. */
export interface StatedAge {
  value: number;
  start: number;
  end: number;
}

/** Tokens around a stated age in which an arrest or a sentence makes it a suspect's age. */
const SUSPECT_WINDOW = 6;

/** Ages stated for people who are not suspects (the youngest of a range), at most eight. */
export function statedAges(set: CueSet): { value: number; start: number; end: number }[] {
  const out: { value: number; start: number; end: number }[] = [];
  const ages = [...hitsOf(set, 'age'), ...hitsOf(set, 'age_weak')];
  for (const h of ages) {
    const before = findNumber(set, h.ti - 2, h.ti, h.ti);
    const after = before || h.cat !== 'age' ? null : findNumber(set, h.tj, h.tj + 2);
    let num = before ?? after;
    if (!num || num.value > 110 || out.length >= 8) continue;
    if (h.cat === 'age_weak' && !(before && hitIn(set, 'victim', num.ti - 4, num.ti))) continue;
    if (hitIn(set, 'suspect', Math.min(num.ti, h.ti) - SUSPECT_WINDOW, Math.max(num.tj, h.tj) + SUSPECT_WINDOW))
      continue;
    // "from 17 to over 60 years old", "aged 16 to 19": the youngest age of a range.
    const low = findNumber(set, num.ti - 4, num.ti);
    if (low && low.value < num.value) num = low;
    const a = Math.min(set.tokens.start[num.ti]!, h.start);
    const b = Math.max(set.tokens.end[num.tj - 1]!, h.end);
    out.push({ value: num.value, start: a, end: b });
  }
  return out;
}

/** The first number starting in [from, to) (and ending at `endAt` when given). */
function findNumber(set: CueSet, from: number, to: number, endAt?: number) {
  for (let i = Math.max(0, from); i < to; i++) {
    const n = numberAt(set, i);
    if (n && (endAt === undefined || n.tj === endAt)) return n;
  }
  return null;
}
