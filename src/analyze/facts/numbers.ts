// Numbers in running text: numerals ("32", "3.151", "1,000") and number words of the loaded lexicons ("two", "dos", "dua").
import { type CueSet, hitsOf } from '../cues/scan.ts';

/** A number read at a token position. */
export interface NumberAt {
  value: number;
  ti: number;
  /** One past the last token of the number. */
  tj: number;
}

const DIGITS = /^\d{1,3}(?:[.,\u00a0\u202f]\d{3})+$|^\d+$/;
const SEPARATORS = /[.,\u00a0\u202f]/g;
/** Largest count read as a number of people. */
export const MAX_COUNT = 1_000_000;

/** Reads the number starting at token i, if there is one. */
export function numberAt(set: CueSet, i: number): NumberAt | null {
  const { tokens } = set;
  const word = tokens.lower[i];
  if (word === undefined) return null;
  if (DIGITS.test(word)) {
    if (set.text[tokens.end[i]!] === '%') return null;
    return withScale(set, Number(word.replace(SEPARATORS, '')), i, i + 1);
  }
  const base = wordValue(set, i);
  if (base === undefined) return articleScale(set, i);
  let value = base;
  let tj = i + 1;
  const unit = base >= 20 && base < 100 && base % 10 === 0 ? wordValue(set, tj) : undefined;
  if (unit !== undefined && unit < 10) {
    value += unit;
    tj++;
  }
  return withScale(set, value, i, tj);
}

function wordValue(set: CueSet, i: number): number | undefined {
  for (const lex of set.lexicons) {
    const v = lex.numbers.get(lex.fold ? set.tokens.fold[i]! : set.tokens.lower[i]!);
    if (v !== undefined) return v;
  }
  return undefined;
}

function scaleValue(set: CueSet, i: number): number | undefined {
  if (i >= set.tokens.length) return undefined;
  for (const lex of set.lexicons) {
    const v = lex.scales.get(lex.fold ? set.tokens.fold[i]! : set.tokens.lower[i]!);
    if (v !== undefined) return v;
  }
  return undefined;
}

// "a dozen", "a hundred": the article is not a number by itself.
function articleScale(set: CueSet, i: number): NumberAt | null {
  const w = set.tokens.lower[i];
  if (w !== 'a' && w !== 'one') return null;
  const s = scaleValue(set, i + 1);
  return s ? { value: s, ti: i, tj: i + 2 } : null;
}

function withScale(set: CueSet, value: number, ti: number, tj: number): NumberAt | null {
  const s = scaleValue(set, tj);
  const v = s && s > value ? value * s : value;
  if (!(v > 0) || v > MAX_COUNT) return null;
  return { value: v, ti, tj: s && s > value ? tj + 1 : tj };
}

/** Whether an age word sits right next to the number ("16-year-old", "15 años", "aged 14", "aged between 20"). */
export function isAge(set: CueSet, num: NumberAt): boolean {
  for (const cat of ['age', 'age_weak']) {
    for (const h of hitsOf(set, cat)) {
      if (h.ti > num.tj) break;
      if (h.ti === num.tj || (cat === 'age' && (h.tj === num.ti || h.tj === num.ti - 1))) return true;
    }
  }
  return false;
}
