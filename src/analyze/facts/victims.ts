// Victims of the main incident: a number tied to a victim noun or a rescue ("rescued 23 women", "32 víctimas"), never suspects.
import type { Evidence } from '../../model/analysis.ts';
import type { Hit } from '../cues/phrases.ts';
import { type CueSet, hitIn, hitsOf } from '../cues/scan.ts';
import { type NumberAt, numberAt } from './numbers.ts';

/** A candidate count with how strongly the context says it counts victims. */
export interface VictimCount {
  n: number;
  score: number;
  start: number;
  end: number;
}

/** Tokens allowed between a number and its noun ("19 Nepali women", "nine trafficked children"). */
const NOUN_GAP = 3;
/** Tokens before a number in which a rescue verb makes it a count of victims ("rescued 23"). */
const RESCUE_BEFORE = 3;
/** Tokens after a count in which a rescue verb makes it a count of victims ("260 rescued", "32 were freed"). */
const RESCUE_AFTER = 4;
/** Least score for a count to be reported. */
export const VICTIMS_MIN = 2;

/** Finds the best-supported count of victims. */
export function countVictims(set: CueSet): VictimCount | null {
  let best: VictimCount | null = null;
  for (let i = 0; i < set.tokens.length; i++) {
    const num = numberAt(set, i);
    if (!num) continue;
    const c = candidate(set, num);
    if (c && (!best || c.score > best.score)) best = c;
    i = num.tj - 1;
  }
  return best && best.score >= VICTIMS_MIN ? best : null;
}

/** Evidence for a count. */
export function victimsEvidence(set: CueSet, c: VictimCount): Evidence {
  return { field: 'victims', value: c.n, quote: set.text.slice(c.start, c.end), start: c.start, end: c.end };
}

function candidate(set: CueSet, num: NumberAt): VictimCount | null {
  if (isAgeOrDate(set, num)) return null;
  const noun = firstStarting(set, 'victim', num.tj, num.tj + NOUN_GAP);
  const suspectNoun = firstStarting(set, 'suspect', num.tj, num.tj + NOUN_GAP);
  if (suspectNoun && (!noun || suspectNoun.ti <= noun.ti)) return null;
  const end = noun ? noun.tj : num.tj;
  const after = hitIn(set, 'suspect', end, end + 3);
  const rescueAfter = hitIn(set, 'rescue', end, end + RESCUE_AFTER);
  const rescueBefore = hitIn(set, 'rescue', num.ti - RESCUE_BEFORE, num.ti);
  if (after && !(rescueAfter && rescueAfter.ti < after.ti)) return null;
  if (hitIn(set, 'suspect', num.ti - 2, num.ti) && !rescueBefore) return null;
  let score = 0;
  if (noun) score += noun.weight >= 2 ? 3 : 2;
  if (rescueAfter || rescueBefore) score += 2;
  if (!noun && !(rescueAfter || rescueBefore)) return null;
  if (num.ti < set.bodyToken) score += 2;
  else if (num.ti < set.bodyToken + 80) score += 1;
  const start = set.tokens.start[num.ti]!;
  return { n: num.value, score, start, end: set.tokens.end[end - 1]! };
}

function firstStarting(set: CueSet, cat: string, from: number, to: number): Hit | undefined {
  for (const h of hitsOf(set, cat)) {
    if (h.ti >= to) return undefined;
    if (h.ti >= from) return h;
  }
  return undefined;
}

// "16-year-old", "aged 14", "in 2019", "3 June": numbers that are not counts of people.
function isAgeOrDate(set: CueSet, num: NumberAt): boolean {
  if (hitIn(set, 'age', num.tj, num.tj + 3) || hitIn(set, 'age', num.ti - 2, num.ti)) return true;
  const v = num.value;
  return v >= 1900 && v <= 2100 && Number.isInteger(v) && /^\d{4}$/.test(set.tokens.lower[num.ti]!);
}
