// Stated ages of victims ("a 16-year-old", "aged 14", "15 años"), leaving out suspects' ages.

import { SENTENCE_BREAK } from '../../lib/text/stops.ts';
import type { Hit } from '../cues/phrases.ts';
import { type CueSet, firstAtOrAfter, hitIn, hitsOf } from '../cues/scan.ts';
import { isWord } from '../cues/words.ts';
import { type NumberAt, numberAt } from './numbers.ts';

/** An age in the text, with the offsets of the words that state it. */
export interface StatedAge {
  value: number;
  start: number;
  end: number;
  /** First token and one past the last token of the whole phrase. */
  ti: number;
  tj: number;
  /** Given as a range ("aged 16 to 19", "between 14 and 17"). */
  range: boolean;
}

/** Tokens after "aged" in which the age may come ("âgée aujourd'hui de 41 ans"). */
const AFTER_WINDOW = 5;
/** Tokens before a bare "years" number in which a person word makes it an age ("varones de entre 22 y 50 años"). */
const WEAK_WINDOW = 6;
/** Tokens before a stated age in which an arrest or a sentence makes it a suspect's age. */
const BEFORE_WINDOW = 3;
/** Tokens after a stated age in which an arrest or a sentence makes it a suspect's age. */
const SUSPECT_WINDOW = 6;

/** Ages stated for people who are not suspects (the youngest of a range), at most eight. */
export function statedAges(set: CueSet): StatedAge[] {
  // Read by both the victims and the minors stages: found once per text.
  const known = agesOf.get(set);
  if (known) return known;
  const ages = findAges(set);
  agesOf.set(set, ages);
  return ages;
}

const agesOf = new WeakMap<CueSet, StatedAge[]>();

function findAges(set: CueSet): StatedAge[] {
  const out: StatedAge[] = [];
  const ages = [...hitsOf(set, 'age'), ...hitsOf(set, 'age_weak')];
  for (const h of ages) {
    // A phrase with the age inside it ("tenía _ años", "was _ when"): its number is the age.
    const inner = h.tj - h.ti >= 3 ? findNumber(set, h.ti + 1, h.tj - 1) : null;
    // An age word that opens an age ("aged", "berusia", "edad") takes the number after it: "two aged 16" is not 2.
    const before = inner || isWord(set, 'aged', h.ti) ? null : findNumber(set, h.ti - 2, h.ti, h.ti);
    const after = inner || before || h.cat !== 'age' ? null : numberAfter(set, h);
    let num = inner ?? before ?? after;
    if (!num || num.value > 110 || out.length >= 8) continue;
    if (h.cat === 'age_weak' && !(before && personBefore(set, num.ti))) continue;
    // "zwei Jahre lang", "for two years", "durante tres años": a length of time, not an age.
    if (h.cat === 'age_weak' && isDuration(set, num.ti, h.tj)) continue;
    // "raising the minimum age of marriage to 18": a legal threshold, not a person's age.
    if (after && isWord(set, 'threshold', h.ti - 1)) continue;
    if (isSuspectAge(set, Math.min(num.ti, h.ti), Math.max(num.tj, h.tj))) continue;
    // "from 17 to over 60 years old", "aged 16 to 19": the youngest age of a range.
    const low = rangeStart(set, num.ti);
    if (low && low.value < num.value) num = low;
    const a = Math.min(set.tokens.start[num.ti]!, h.start);
    const b = Math.max(set.tokens.end[num.tj - 1]!, h.end);
    const ti = Math.min(num.ti, h.ti);
    const tj = Math.max(num.tj, h.tj);
    out.push({ value: num.value, start: a, end: b, ti, tj, range: !!low || rangeAfter(set, tj) });
  }
  for (const age of namedAges(set)) if (out.length < 8) out.push(age);
  return out;
}

// The number an age word opens ("aged 14", "im Alter von 16"), in its sentence and paragraph: a subheading's "Jahre
// alt" is not the age of the count that opens the next paragraph ("Opfer zwischen 19 und 22 Jahre alt\n\nDie 13 Opfer").
function numberAfter(set: CueSet, h: Hit): NumberAt | null {
  const num = findNumber(set, h.tj, h.tj + AFTER_WINDOW);
  if (!num || !sameSentence(set, h.tj - 1, num.ti)) return null;
  return set.text.slice(h.end, set.tokens.start[num.ti]!).includes('\n') ? null : num;
}

/** Categories naming people before a bare "years" number: "varones de 22 años", "dos de ellas de 16 años", "su hija de 17 años". */
const PERSON_CATS = ['victim', 'part_of', 'part', 'kin', 'minor'];

// (In the number's sentence: "treated these men as disposable. Stanciu received eight years" states no age.)
function personBefore(set: CueSet, ti: number): boolean {
  let from = Math.max(0, ti - WEAK_WINDOW);
  while (from < ti && !sameSentence(set, from, ti)) from++;
  return PERSON_CATS.some((cat) => hitIn(set, cat, from, ti));
}

// "for two years", "zwei Jahre lang": the lexicons' words for a length of time before or after the number.
function isDuration(set: CueSet, ti: number, tj: number): boolean {
  return isWord(set, 'duration_before', ti - 1) || isWord(set, 'duration_after', tj);
}

const NAME_AGE_BEFORE = /^,\s?$|^\s?\($/;
// A comma after the age, but not a list of numbers ("India, 13, 7 and 17 were kept").
const NAME_AGE_AFTER = /^(?:,(?!\s*\d)|\))/;

// "Amina Bello, 14, was rescued" / "Hoa (16)" / "her niece, then 12, was": a capitalised name or a word for a victim,
// then an age between commas or brackets ("then" and its like may open the age).
function namedAges(set: CueSet): StatedAge[] {
  const { tokens, text } = set;
  const out: StatedAge[] = [];
  for (let i = 1; i < tokens.length && out.length < 4; i++) {
    const w = tokens.lower[i]!;
    const c = w.charCodeAt(0);
    if (w.length > 2 || c < 48 || c > 57 || !/^\d+$/.test(w)) continue;
    const then = isWord(set, 'age_then', i - 1) && text.slice(tokens.end[i - 1]!, tokens.start[i]!) === ' ' ? 1 : 0;
    const k = i - 1 - then;
    if (k < 0 || !(tokens.cap[k] || personEndsAt(set, k + 1))) continue;
    const before = text.slice(tokens.end[k]!, tokens.start[k + 1]!);
    if (!NAME_AGE_BEFORE.test(before)) continue;
    // "two girls, 14 and 16, were found": two ages between the commas, joined by "and".
    const last = NAME_AGE_AFTER.test(text.slice(tokens.end[i]!, tokens.end[i]! + 4)) ? i : secondAge(set, i);
    if (last < 0 || isSuspectAge(set, i, last + 1)) continue;
    out.push({ value: Number(w), start: tokens.start[k]!, end: tokens.end[i]!, ti: k, tj: i + 1, range: false });
    if (last > i) {
      const v = Number(tokens.lower[last]!);
      out.push({ value: v, start: tokens.start[k]!, end: tokens.end[last]!, ti: k, tj: last + 1, range: false });
    }
  }
  return out;
}

// The token of a second age joined to the one at `i` by "and" and closed by a comma or bracket ("14 and 16,"), or -1.
function secondAge(set: CueSet, i: number): number {
  const { tokens, text } = set;
  const j = i + 2;
  if (j >= tokens.length || !isWord(set, 'and', i + 1) || !/^\d{1,2}$/.test(tokens.lower[j]!)) return -1;
  return NAME_AGE_AFTER.test(text.slice(tokens.end[j]!, tokens.end[j]! + 4)) ? j : -1;
}

/** Categories of a word for the person an age between commas belongs to ("the girl, 14,", "her niece, then 12,"). */
const AGED_PERSON_CATS = ['victim', 'minor', 'kin'];

// Whether a word for a victim, a child or a relative ends right before token `tj`.
function personEndsAt(set: CueSet, tj: number): boolean {
  return AGED_PERSON_CATS.some((cat) => {
    const list = hitsOf(set, cat);
    for (let k = firstAtOrAfter(list, tj - 3); k < list.length && list[k]!.ti < tj; k++)
      if (list[k]!.tj === tj) return true;
    return false;
  });
}

// "aged 16, 17 and 19": another number right after the age, in the same sentence ("was 15. Now 23" is not a range).
function rangeAfter(set: CueSet, tj: number): boolean {
  const n = findNumber(set, tj, tj + 2);
  return !!n && sameSentence(set, tj - 1, n.ti);
}

/** The first number starting in [from, to) (and ending at `endAt` when given). */
function findNumber(set: CueSet, from: number, to: number, endAt?: number) {
  for (let i = Math.max(0, from); i < to; i++) {
    const n = numberAt(set, i);
    if (n && (endAt === undefined || n.tj === endAt)) return n;
  }
  return null;
}

// "a 45-year-old man was arrested" (a suspect) against "a 16-year-old girl was rescued" (a victim): the nearer cue decides.
function isSuspectAge(set: CueSet, from: number, to: number): boolean {
  const suspect = nearest(set, 'suspect', from, to);
  if (suspect === Infinity) return false;
  return suspect < Math.min(nearest(set, 'rescue', from, to), nearest(set, 'victim', from, to));
}

function nearest(set: CueSet, cat: string, from: number, to: number): number {
  let best = Infinity;
  const after = hitIn(set, cat, to, to + SUSPECT_WINDOW);
  if (after && sameSentence(set, to - 1, after.ti)) best = after.ti - to;
  // Before the age only the words right in front count ("arrested a 45-year-old"), not "arrested for trafficking their 15-year-old niece".
  for (let h = hitIn(set, cat, from - BEFORE_WINDOW, from); h; h = hitIn(set, cat, h.ti + 1, from)) {
    if (sameSentence(set, h.tj - 1, from)) best = Math.min(best, from - h.tj);
  }
  return best;
}

/** Whether no sentence end or title end lies between two tokens. */
export function sameSentence(set: CueSet, a: number, b: number): boolean {
  if (a < set.bodyToken !== b < set.bodyToken) return false;
  const between = set.text.slice(set.tokens.end[a]!, set.tokens.start[b]!);
  return !SENTENCE_BREAK.test(between);
}

/** What joins the two ends of a range written side by side: a hyphen or dash, maybe spaced. */
const RANGE_DASH = /^\s*[-‐‑–—]\s*$/;

// The lower end of a range that ends at token `end`: "16-19", "from 17 to over 60".
function rangeStart(set: CueSet, end: number) {
  for (let gap = 0; gap <= 2; gap++) {
    const n = findNumber(set, end - gap - 1, end - gap, end - gap);
    if (!n) continue;
    // Side by side, two numbers make a range only when a dash joins them ("16-19"; not "isang 34-anyos", one aged 34).
    if (n.tj === end && !RANGE_DASH.test(set.text.slice(set.tokens.end[n.tj - 1]!, set.tokens.start[end]!)))
      return null;
    for (let k = n.tj; k < end; k++) if (!isWord(set, 'range', k)) return null;
    return n;
  }
  return null;
}
