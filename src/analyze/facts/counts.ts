// The counts a text gives for its victims, one per value with what the context says of it: what the learned decision ranks.

import type { CueSet } from '../cues/scan.ts';
import { soft } from '../learned/linear.ts';
import { oneNamedVictim, oneRescued, type VictimCount, victimCandidates } from './victims.ts';

/** One value the text gives as a count of people, with its strongest mention. */
export interface VictimValue {
  n: number;
  /** The mention quoted as evidence (the best-scored one). */
  best: VictimCount;
  vector: number[];
}

/** Names of the count features, in vector order. */
export const VICTIM_FEATURES = [
  'score',
  'noun',
  'rescue',
  'title',
  'lead',
  'total',
  'partAll',
  'approx',
  'mentions',
  'joined',
  'named',
  'rescuedOne',
  'size',
  'largest',
  'rules',
];

/** Most values weighed per text (the earliest ones; a count worth reporting comes early). */
const MAX_VALUES = 24;

/** Every value the text gives as a count of people, with the features of its mentions together (`chosen`: the rules' count). */
export function victimValues(set: CueSet, chosen: number | undefined): VictimValue[] {
  const groups = new Map<number, VictimCount[]>();
  for (const c of victimCandidates(set)) {
    const list = groups.get(c.n);
    if (list) list.push(c);
    else if (groups.size < MAX_VALUES) groups.set(c.n, [c]);
  }
  const named = oneNamedVictim(set);
  const rescued = oneRescued(set);
  if ((named || rescued) && !groups.has(1)) groups.set(1, []);
  const largest = Math.max(0, ...groups.keys());
  return [...groups.entries()].map(([n, list]) => {
    const best = list.reduce<VictimCount | undefined>((a, c) => (!a || c.score > a.score ? c : a), undefined);
    const of = (f: (c: VictimCount) => boolean) => (list.some(f) ? 1 : 0);
    const vector = [
      best ? Math.max(-4, best.score) : 0,
      Math.max(0, ...list.map((c) => c.cues?.noun ?? 0)),
      of((c) => !!c.cues?.rescue),
      of((c) => (c.cues?.place ?? 0) >= 4),
      of((c) => (c.cues?.place ?? 0) >= 2),
      of((c) => !!c.cues?.total),
      list.length && list.every((c) => c.cues?.part) ? 1 : 0,
      of((c) => c.approx),
      soft(list.length),
      of((c) => !!c.cues?.joined),
      n === 1 && named ? 1 : 0,
      n === 1 && rescued ? 1 : 0,
      Math.log10(n),
      n === largest ? 1 : 0,
      n === chosen ? 1 : 0,
    ];
    return { n, best: best ?? (named ?? rescued)!, vector };
  });
}
