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
/** Share of the adult score the child score must reach when both are present. */
export const MINOR_SHARE = Number(process.env.MS ?? 0.5);
/** Tokens around a stated age in which an arrest or a sentence makes it a suspect's age. */
const SUSPECT_WINDOW = 6;

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
  // A stated child age settles the question; an adult age counts like a strong adult word.
  for (const age of statedAges(set)) add(age.value < ADULT_AGE, age.value < ADULT_AGE ? 6 : 2, age.start, age.end);
  const minors = decide(minorScore, adultScore);
  const kept = evidence.filter((e) => e.value === minors);
  return { minors, minorScore, adultScore, evidence: kept.slice(0, 3) };
}

/** Children win when their cues are strong and not outweighed by adult ones. */
function decide(minor: number, adult: number): boolean | null {
  if (minor >= MINOR_SURE && minor >= adult * MINOR_SHARE) return true;
  if (adult >= 2) return false;
  return minor >= 2 ? true : null;
}

function statedAges(set: CueSet): { value: number; start: number; end: number }[] {
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
