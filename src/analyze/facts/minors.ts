// Minors among the victims: stated ages and words for children against words and ages for adults.
import type { Evidence } from '../../model/analysis.ts';
import type { CueSet } from '../cues/scan.ts';
import { hitIn, hitsOf } from '../cues/scan.ts';
import { numberAt } from './numbers.ts';

/** The minors decision with the weighed evidence on each side. */
export interface MinorsResult {
  minors: boolean | null;
  minorScore: number;
  adultScore: number;
  evidence: Evidence[];
}

/** Age below which a person is a child. */
const ADULT_AGE = 18;
/** Score from child cues that settles the question. */
export const MINOR_SURE = 3;

/** Weighs child and adult cues, including stated ages. */
export function readMinors(set: CueSet): MinorsResult {
  const evidence: Evidence[] = [];
  let minorScore = 0;
  let adultScore = 0;
  const add = (isMinor: boolean, w: number, start: number, end: number) => {
    if (isMinor) minorScore += w;
    else adultScore += w;
    if (evidence.length < 4)
      evidence.push({ field: 'minors', value: isMinor, quote: set.text.slice(start, end), start, end });
  };
  for (const cat of ['minor', 'adult'] as const) {
    const seen = new Map<string, number>();
    for (const h of hitsOf(set, cat)) {
      const n = (seen.get(h.phrase) ?? 0) + 1;
      seen.set(h.phrase, n);
      if (n <= 3) add(cat === 'minor', h.weight * (h.start < set.titleEnd ? 2 : 1), h.start, h.end);
    }
  }
  for (const age of statedAges(set)) add(age.value < ADULT_AGE, age.value < ADULT_AGE ? 3 : 1.5, age.start, age.end);
  const minors = minorScore >= MINOR_SURE ? true : adultScore >= 2 ? false : minorScore >= 2 ? true : null;
  const kept = evidence.filter((e) => e.value === minors);
  return { minors, minorScore, adultScore, evidence: kept.slice(0, 3) };
}

function statedAges(set: CueSet): { value: number; start: number; end: number }[] {
  const out: { value: number; start: number; end: number }[] = [];
  for (const h of hitsOf(set, 'age')) {
    const before = findNumber(set, h.ti - 2, h.ti);
    const after = before ? null : findNumber(set, h.tj, h.tj + 2);
    const num = before ?? after;
    if (!num || num.value > 110 || out.length >= 8) continue;
    const a = Math.min(set.tokens.start[num.ti]!, h.start);
    const b = Math.max(set.tokens.end[num.tj - 1]!, h.end);
    out.push({ value: num.value, start: a, end: b });
  }
  return out;
}

function findNumber(set: CueSet, from: number, to: number) {
  for (let i = Math.max(0, from); i < to; i++) {
    const n = numberAt(set, i);
    if (n && !hitIn(set, 'approx', i, i + 1)) return n;
  }
  return null;
}
