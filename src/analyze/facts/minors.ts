// Minors among the victims: stated ages and words for children against words and ages for adults.
import type { Evidence } from '../../model/analysis.ts';
import type { CueSet } from '../cues/scan.ts';
import { hitsOf } from '../cues/scan.ts';
import { statedAges } from './ages.ts';

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
export const MINOR_SHARE = 0.5;

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
  let sure = false;
  for (const age of statedAges(set)) {
    sure ||= age.value < ADULT_AGE;
    add(age.value < ADULT_AGE, age.value < ADULT_AGE ? 6 : 2, age.start, age.end);
  }
  // "Three of the women were minors": said outright, a minor among adults settles it.
  for (const h of hitsOf(set, 'minor_sure').slice(0, 2)) {
    sure = true;
    add(true, 3, h.start, h.end);
  }
  const minors = sure ? true : decide(minorScore, adultScore);
  const kept = evidence.filter((e) => e.value === minors);
  return { minors, minorScore, adultScore, evidence: kept.slice(0, 3) };
}

/** Children win when their cues are strong and not outweighed by adult ones. */
function decide(minor: number, adult: number): boolean | null {
  if (minor >= MINOR_SURE && minor >= adult * MINOR_SHARE) return true;
  if (adult >= 2) return false;
  return minor >= 2 ? true : null;
}
