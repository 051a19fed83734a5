// What a count's wider context says of it: a numbered reference, a running or wider total, a part said to be the
// victims, the title's order of magnitude (read by the victims rules beside the count's own noun and verbs).

import { SCRIPT_STOPS } from '../../lib/text/stops.ts';
import type { Hit } from '../cues/phrases.ts';
import { type CueSet, hitIn, hitsOf, inTitle } from '../cues/scan.ts';
import { isWord } from '../cues/words.ts';
import { sameSentence } from './ages.ts';
import type { NumberAt } from './numbers.ts';

/** Punctuation that ends a clause. */
export const CLAUSE_END = new RegExp(`[:;.!?${SCRIPT_STOPS}]`);
/** Tokens after a count in which a verb of counting ("registered", "gezählt") makes it a statistic. */
export const TALLY_AFTER = 14;
/** Tokens after a count in which "since" and a date make it a running total. */
const SINCE_AFTER = 8;

/** Score a count gains by being of the order of magnitude the title gives ("Thousands rescued": 7,000). */
export const MAGNITUDE_BONUS = 3;

/** "Hundreds of Thai nationals rescued", "Miles de víctimas": the order of magnitude a title gives, if any. */
export function titleMagnitude(set: CueSet): number | undefined {
  const h = hitsOf(set, 'magnitude')[0];
  return h && inTitle(set, h) ? h.weight : undefined;
}

/** A subdivision right after a number ("372 (2)", "4(1)") or in brackets right after one: a numbered reference. */
const SUBDIVISION_AFTER = /^ ?\([0-9a-z]{1,3}\)/i;
const SUBDIVISION_OF = /\d ?\($/;

/** "section 372 (2)", "Section 4(1)": a number with a subdivision, or the subdivision itself. */
export function subdivided(set: CueSet, num: NumberAt): boolean {
  const a = set.tokens.start[num.ti]!;
  const b = set.tokens.end[num.tj - 1]!;
  return SUBDIVISION_AFTER.test(set.text.slice(b, b + 6)) || SUBDIVISION_OF.test(set.text.slice(Math.max(0, a - 3), a));
}

/** Weight of the victim noun that names the victims as such ("victims", "víctimas"). */
export const NAMED_WEIGHT = 3;

/** Tokens after a part ("12 of them") in which "victims" says the part is the victims. */
const NAMED_PART_AFTER = 8;

/** "12 of them were found to be victims": the victims noun, strongest weight, in the sentence after the part. */
export function namedVictims(set: CueSet, end: number): Hit | undefined {
  for (
    let h = hitIn(set, 'victim', end, end + NAMED_PART_AFTER);
    h;
    h = hitIn(set, 'victim', h.ti + 1, end + NAMED_PART_AFTER)
  )
    if (h.weight >= NAMED_WEIGHT && sameSentence(set, end - 1, h.ti)) return h;
  return undefined;
}

/** "200 people rescued since 2019", "desde enero": a count over a span since a date is a running total, not a case's. */
export function sinceDate(set: CueSet, end: number): boolean {
  for (let k = end; k < end + SINCE_AFTER && k < set.tokens.length; k++) {
    if (!isWord(set, 'since', k) || !sameSentence(set, end - 1, k)) continue;
    if (CLAUSE_END.test(set.text.slice(set.tokens.end[end - 1]!, set.tokens.start[k]!))) return false;
    if (dated(set, k + 1)) return true;
  }
  return false;
}

// A month or a year at token `k` ("since January", "desde 2020"; not "desde Colombia", "since they had no papers").
function dated(set: CueSet, k: number): boolean {
  return !!hitIn(set, 'date', k, k + 1) || isYear(set.tokens.lower[k]);
}

/** Tokens before a count searched for a running-total word or a sentence's opening "since". */
const RUNNING_BEFORE = 12;

/** A running-total word ending right before the count, or "since" and a date earlier in its sentence. */
export function runningTotal(set: CueSet, ti: number): boolean {
  for (let h = hitIn(set, 'running', ti - 4, ti); h; h = hitIn(set, 'running', h.ti + 1, ti))
    if (h.tj === ti) return true;
  // ("Since January, 200 victims were freed"; not "Since Monday, police have rescued 20 women".)
  for (let k = ti - 1; k >= Math.max(0, ti - RUNNING_BEFORE) && sameSentence(set, k, ti); k--)
    if (isWord(set, 'since', k) && dated(set, k + 1)) return true;
  // "En lo que va de año, la Policía ha liberado a 200", "Since it was set up, the task force has rescued 200".
  // (Every span in reach is tried: the first may close the sentence before.)
  return openedBefore(set, 'running_span', ti, RUNNING_BEFORE);
}

// Whether a hit of the category stands in the `reach` tokens before token `ti`, in its sentence (every hit in reach is
// tried: the first may close the sentence before).
function openedBefore(set: CueSet, cat: string, ti: number, reach: number): boolean {
  for (let h = hitIn(set, cat, ti - reach, ti); h; h = hitIn(set, cat, h.ti + 1, ti))
    if (sameSentence(set, h.ti, ti)) return true;
  return false;
}

function isYear(w: string | undefined): boolean {
  return !!w && /^(?:19|20)\d\d$/.test(w);
}

/** Tokens before a count searched for a phrase that opens another case's sentence. */
const OTHER_CASE_BEFORE = 15;

/** "She recalled a case in which three Filipino women were kept", "in a separate case, 12 men…": a count in a
 * sentence that tells another case is that case's. */
export function otherCase(set: CueSet, ti: number): boolean {
  return openedBefore(set, 'other_case', ti, OTHER_CASE_BEFORE);
}
