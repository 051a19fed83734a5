// Victim groups joined by "and": "fourteen women and three girls" are 17 victims, "a girl aged four and two boys" are 3,
// "13 men and a woman" are 14, "eleven Romanians and one Bulgarian" 12.
import { SENTENCE_BREAK } from '../../lib/text/stops.ts';
import { type CueSet, hitIn, nationalAt, tokenAt } from '../cues/scan.ts';
import { isWord } from '../cues/words.ts';
import { sameSentence } from './ages.ts';
import { numberAt } from './numbers.ts';
import type { VictimCount } from './victims.ts';

/** Categories whose words name a person ("girl" is a child word, "man" an adult one). */
const PERSON = ['victim', 'minor', 'adult'];
/** Characters allowed around the "and" between two groups: spaces and a comma. */
const JOIN_GAP = /^[\s,]*$/;

/** Merges counts of victim groups joined by "and" into one count. */
export function joinGroups(set: CueSet, all: VictimCount[]): VictimCount[] {
  const out: VictimCount[] = [];
  for (let k = 0; k < all.length; k++) {
    let c = withOneBefore(set, all[k]!);
    let next = all[k + 1];
    while (
      c.noun &&
      next?.noun &&
      (joined(set, c.end, next.start) || joinedInTitle(set, c.end, next.start) || listedBeforeAnd(set, all, c, k + 1))
    ) {
      const cues = c.cues && { ...c.cues, joined: true };
      c = { ...c, n: c.n + next.n, score: Math.max(c.score, next.score) + 1, end: next.end, cues };
      k++;
      next = all[k + 1];
    }
    out.push(withAnother(set, withOneAfter(set, c)));
  }
  return out;
}

// Two groups joined by "and" (or, where counts follow their nouns, by "and" and the next group's noun).
function joined(set: CueSet, from: number, to: number): boolean {
  return joinedByAnd(set, from, to) || joinedNounFirst(set, from, to);
}

// "19 Kenyans, 11 Ethiopians, seven Ugandans and four Sri Lankans", "ជនជាតិឥណ្ឌូនេស៊ី ៤៥ នាក់ ជនជាតិថៃ ២៨ នាក់ និង…": groups
// listed one after another (a comma between, or only the next group's noun where counts follow their nouns) join when
// the list ends with "and" ("rescued 12 women, arrested 3 men and…" is no list: the arrest's count is no group).
function listedBeforeAnd(set: CueSet, all: VictimCount[], c: VictimCount, k: number): boolean {
  let prev = c;
  for (let j = k; j < all.length; j++) {
    const next = all[j]!;
    if (!next.noun) return false;
    if (joined(set, prev.end, next.start)) return j > k;
    if (!listed(set, prev.end, next.start)) return false;
    prev = next;
  }
  return false;
}

// Whether only a list's comma (or, where counts follow their nouns, the next group's person words) stands between two groups.
function listed(set: CueSet, from: number, to: number): boolean {
  if (LIST_COMMA.test(set.text.slice(from, to))) return true;
  if (!set.lexicons[0]?.numberAfterNoun) return false;
  const a = tokenAt(set, from, true);
  const b = tokenAt(set, to);
  if (a < 0 || b < a || b - a > NOUN_FIRST_GAP || !sameSentence(set, a - 1, b)) return false;
  // (Nothing between: the first count took the next group's noun as its own, "៤៥ នាក់ ជនជាតិថៃ | ២៨ នាក់".)
  return b === a || PERSON.some((cat) => !!hitIn(set, cat, a, b)) || nationalAt(set, set.tokens.start[b - 1]);
}

/** Characters between two groups of a list: a comma and spaces. */
const LIST_COMMA = /^\s*,\s*$/;

/** Tokens after a group in which "and" opens the second part, and around that part's number the word "another". */
const ANOTHER_REACH = 10;
const ANOTHER_AFTER = 4;
const ANOTHER_BEFORE = 2;

// "freed 20 workers from one farm and 15 from another", "liberó a 20 en una finca y a 15 en otra", "altri 15": a bare
// number after "and" with "another" beside it is a second part of the same count.
function withAnother(set: CueSet, c: VictimCount): VictimCount {
  if (!c.noun) return c;
  const from = tokenAt(set, c.end, true);
  if (from < 0) return c;
  for (let k = from; k < from + ANOTHER_REACH && k < set.tokens.length; k++) {
    if (!isWord(set, 'and', k)) continue;
    if (!sameSentence(set, from, k)) return c;
    // "two girls, one aged 14 and the other 16": ages of the group's members, not a second part.
    if (hitIn(set, 'age', from, k)) return c;
    for (let j = k + 1; j <= k + 3; j++) {
      const num = numberAt(set, j);
      if (!num) continue;
      if (!sameSentence(set, k, num.ti) || hitIn(set, 'suspect', num.tj, num.tj + 2)) return c;
      if (!anotherAround(set, num.ti, num.tj)) return c;
      return { ...c, n: c.n + num.value, end: set.tokens.end[num.tj - 1]! };
    }
    return c;
  }
  return c;
}

function anotherAround(set: CueSet, ti: number, tj: number): boolean {
  for (let k = Math.max(0, ti - ANOTHER_BEFORE); k < tj + ANOTHER_AFTER && k < set.tokens.length; k++)
    if (k < ti || k >= tj) if (isWord(set, 'another', k) && sameSentence(set, ti, k)) return true;
  return false;
}

// "13 men and a woman", "13 bărbați și o femeie", "cinco mujeres y una niña": one person said after the group joins it
// (then "and", an indefinite article or "one", and a person word).
function withOneAfter(set: CueSet, c: VictimCount): VictimCount {
  if (!c.noun) return c;
  const k = tokenAt(set, c.end, true);
  if (k < 0 || !isWord(set, 'and', k) || !JOIN_GAP.test(set.text.slice(c.end, set.tokens.start[k]))) return c;
  if (!isWord(set, 'one', k + 1)) return c;
  // ("four women and a 16-year-old girl": an age may stand between the article and the person.)
  const p = personAt(set, k + 2) ? k + 2 : pastAge(set, k + 2);
  if (p < 0 || !personAt(set, p)) return c;
  return { ...c, n: c.n + 1, end: set.tokens.end[p]! };
}

// The token after an age said before a person ("16-year-old", "16 ans"), or -1 when token k opens no age.
function pastAge(set: CueSet, k: number): number {
  if (!SHORT_AGE.test(set.tokens.lower[k] ?? '')) return -1;
  const age = hitIn(set, 'age', k + 1, k + 4);
  return age && age.ti === k + 1 ? age.tj : -1;
}

// A person word at token k, or a nationality word (after "one" it is a person: "eleven Romanians and one Bulgarian").
function personAt(set: CueSet, k: number): boolean {
  if (PERSON.some((cat) => hitIn(set, cat, k, k + 1))) return true;
  return nationalAt(set, set.tokens.start[k]);
}

// "Fourteen women, three teenagers freed": in a headline a comma alone joins two groups, as "and" does.
function joinedInTitle(set: CueSet, from: number, to: number): boolean {
  return to < set.titleEnd && TITLE_JOIN.test(set.text.slice(from, to));
}

/** Characters between two groups of a headline that join them: a comma and spaces. */
const TITLE_JOIN = /^\s*,\s*$/;

/** Most tokens between two groups where counts follow their nouns (a classifier, "and", the next group's noun). */
const NOUN_FIRST_GAP = 6;

// "หญิงชาวลาว 12 คน และหญิงชาวเมียนมา 5 คน", "wanawake 12 na wasichana 5": where counts follow their nouns, "and" and the
// next group's person word between two counts of one sentence join them.
function joinedNounFirst(set: CueSet, from: number, to: number): boolean {
  if (!set.lexicons[0]?.numberAfterNoun) return false;
  const a = tokenAt(set, from, true);
  const b = tokenAt(set, to);
  if (a < 0 || b <= a || b - a > NOUN_FIRST_GAP || !sameSentence(set, a, b)) return false;
  for (let k = a; k < b; k++)
    if (isWord(set, 'and', k))
      return PERSON.some((cat) => !!hitIn(set, cat, k + 1, b)) || nationalAt(set, set.tokens.start[k + 1]);
  return false;
}

// One word of the lexicons' "and" between two offsets, with at most spaces and a comma around it.
function joinedByAnd(set: CueSet, from: number, to: number): boolean {
  const t = tokenAt(set, from, true);
  if (t < 0 || set.tokens.end[t]! > to || tokenAt(set, to) !== t + 1 || !isWord(set, 'and', t)) return false;
  return (
    JOIN_GAP.test(set.text.slice(from, set.tokens.start[t])) && JOIN_GAP.test(set.text.slice(set.tokens.end[t], to))
  );
}

// "a girl aged four and two boys", "una niña de 12 años y dos niños", "Amina, 14, and two boys": the one person said
// before the group joins it (an indefinite article or "one", a person word, maybe an age, then "and").
function withOneBefore(set: CueSet, c: VictimCount): VictimCount {
  if (!c.noun) return c;
  let k = tokenAt(set, c.start) - 1;
  if (k < 1 || !isWord(set, 'and', k) || !JOIN_GAP.test(set.text.slice(set.tokens.end[k], c.start))) return c;
  k = skipAge(set, k - 1);
  if (k < 1 || !personAt(set, k) || !isWord(set, 'one', k - 1)) return c;
  return { ...c, n: c.n + 1, start: set.tokens.start[k]! };
}

/** Most characters between a number said as an age and its person ("Amina, 14,"). */
const SHORT_AGE = /^\d{1,2}$/;

// Steps back over an age said after a person word: ", 14," / "aged four" / "de 12 años"; returns the person word's index.
function skipAge(set: CueSet, k: number): number {
  const w = set.tokens.lower[k] ?? '';
  if (SHORT_AGE.test(w) && /,\s*$/.test(set.text.slice(set.tokens.end[k - 1] ?? 0, set.tokens.start[k]))) return k - 1;
  const year = isWord(set, 'years', k) ? 1 : 0;
  if (isWord(set, 'aged', k - year - 1)) return k - year - 2;
  return k;
}

/** Characters after a count within which counts that add up to it may follow as its parts. */
const PARTS_REACH = 120;
/** What the parts of a whole lose, and the whole gains, when they add up to it. */
const PARTS_SHIFT = 1;

/** "fourteen people, ten pregnant girls and women and four infants": a count followed in its sentence by two or more
 * counts that add up to it is the whole, and they are its parts. */
export function wholesAndParts(set: CueSet, all: VictimCount[]): VictimCount[] {
  const out = all.slice();
  for (let i = 0; i < out.length; i++) {
    const whole = out[i]!;
    let sum = 0;
    let j = i + 1;
    for (; j < out.length && sum < whole.n; j++) {
      const part = out[j]!;
      const gap = set.text.slice(whole.end, part.start);
      if (part.start - whole.end > PARTS_REACH || SENTENCE_BREAK.test(gap) || gap.includes('\n')) break;
      sum += part.n;
    }
    if (j - i - 1 < 2 || sum !== whole.n) continue;
    out[i] = { ...whole, score: whole.score + PARTS_SHIFT, cues: whole.cues && { ...whole.cues, total: true } };
    for (let k = i + 1; k < j; k++) {
      const part = out[k]!;
      out[k] = { ...part, score: part.score - PARTS_SHIFT, cues: part.cues && { ...part.cues, part: true } };
    }
  }
  return out;
}
