// The learned half of the story decision: a logistic model over the evidence a comparison weighs (points by kind, days
// apart, languages), fitted on labelled report pairs (scripts/train-stories.ts → data/models/stories.json). Hand-set
// thresholds fitted the writers they were tuned on; learned weights carried better to sets no one tuned on.
import { existsSync, readFileSync } from 'node:fs';
import { type Linear, logit } from '../analyze/learned/linear.ts';
import { checkLinear } from '../analyze/learned/model.ts';
import { dataPath } from '../lib/paths.ts';

/** Kinds of evidence, by the start of their label in a comparison ("victims 26/24" is "victims"). */
export const EVIDENCE_KINDS = [
  'operation',
  'names',
  'other names',
  'other victims',
  'other destinations',
  'officials',
  'name words',
  'numbers',
  'sums',
  'near counts',
  'victims',
  'ages',
  'age ranges',
  'dates',
  'day',
  'months',
  'recalls the month',
  'weekday',
  'days',
  'small counts',
  'counts together',
  'one release rewritten',
  'places',
  'one count, one place, one week',
  'route of',
  'town abroad',
  'forms',
  'rare form',
  'settings',
  'countries',
  'wording',
] as const;

/** Days apart at which the time features peak: the same news day, a few days, weeks, a season, half a year or more. A
 * pair between two of them belongs to both, by where it falls on a log scale, so that a day more never flips a
 * decision (hard spans cost a 4.1-day pair about 3 log-odds against a 3.9-day one). */
export const DAY_KNOTS = [0, 4, 21, 90, 365] as const;
/** The knots on the log scale they are read on (log of 1 + days). */
const LOG_KNOTS = DAY_KNOTS.map((d) => Math.log1p(d));

/** Names of the features, in the order pairFeatures writes them. */
export const PAIR_FEATURES: readonly string[] = [
  ...EVIDENCE_KINDS,
  ...DAY_KNOTS.map((d) => `near ${d} days`),
  'other languages',
  'undated',
];

/** The shipped model: a logistic model and the probability from which a pair is one incident. */
export interface PairModel extends Linear {
  threshold: number;
  /** Log-odds per rule point given to evidence the labelled pairs could not weigh (a kind never seen, or left out as
   * pointing against its sign): the mean rate of the kinds they did weigh, so that a rare fact still counts. */
  unweighedRate: number;
}

/** Where the model lives. */
export const PAIR_MODEL_FILE = dataPath('models', 'stories.json');

/** Log-odds a pooled comparison (a story's reports together) must exceed the threshold by, per unit of margin: a
 * pool's facts come from several reports, so chance meets it more often. */
export const MARGIN_LOGIT = 2;

/** The feature vector of one comparison: points by kind of evidence, the span of days, other languages, undated. */
export function pairFeatures(
  parts: readonly [why: string, points: number][],
  days: number,
  otherLanguages: boolean,
  undated: boolean,
): number[] {
  const x = new Array<number>(PAIR_FEATURES.length).fill(0);
  for (const [why, points] of parts) {
    const k = kindOf(why);
    if (k >= 0) x[k]! += points;
  }
  const near = nearKnots(days);
  for (let k = 0; k < DAY_KNOTS.length; k++) x[EVIDENCE_KINDS.length + k] = near[k]!;
  x[EVIDENCE_KINDS.length + DAY_KNOTS.length] = otherLanguages ? 1 : 0;
  x[EVIDENCE_KINDS.length + DAY_KNOTS.length + 1] = undated ? 1 : 0;
  return x;
}

/** How near a distance in days is to each knot: the two knots around it share 1 by where it falls between them on a
 * log scale (log of 1 + days); before the first or past the last, that knot takes it all. */
export function nearKnots(days: number): number[] {
  const out = new Array<number>(LOG_KNOTS.length).fill(0);
  const t = Math.log1p(Math.max(0, days));
  const last = LOG_KNOTS.length - 1;
  if (!(t < LOG_KNOTS[last]!)) {
    out[last] = 1;
    return out;
  }
  let k = 0;
  while (t >= LOG_KNOTS[k + 1]!) k++;
  const share = (t - LOG_KNOTS[k]!) / (LOG_KNOTS[k + 1]! - LOG_KNOTS[k]!);
  out[k] = 1 - share;
  out[k + 1] = share;
  return out;
}

// The kind of an evidence label: the longest kind it starts with ("names" and "name words" apart), or -1.
function kindOf(why: string): number {
  let best = -1;
  for (let k = 0; k < EVIDENCE_KINDS.length; k++) {
    const kind = EVIDENCE_KINDS[k]!;
    if ((why === kind || why.startsWith(`${kind} `)) && (best < 0 || kind.length > EVIDENCE_KINDS[best]!.length))
      best = k;
  }
  return best;
}

let loaded: PairModel | null | undefined;

/** The shipped model, or null where none is built yet or LANTERN_STORY_MODEL=off (the rules decide alone then:
 * training reads the evidence that way, and benchmarks compare the two). LANTERN_STORY_MODEL=<file> decides with
 * another model file (held-out evaluations). */
export function pairModel(): PairModel | null {
  if (loaded !== undefined) return loaded;
  const setting = process.env.LANTERN_STORY_MODEL;
  const file = setting && setting !== 'off' ? setting : PAIR_MODEL_FILE;
  if (file !== PAIR_MODEL_FILE && !existsSync(file)) throw new Error(`LANTERN_STORY_MODEL: no model file ${file}`);
  if (setting === 'off' || !existsSync(file)) {
    loaded = null;
    return loaded;
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<PairModel>;
  const linear = checkLinear(raw, PAIR_FEATURES, file, 'npm run train:stories');
  const { threshold, unweighedRate } = raw;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1))
    throw new Error(`${file}: threshold must be a number between 0 and 1`);
  if (typeof unweighedRate !== 'number' || !Number.isFinite(unweighedRate))
    throw new Error(`${file}: unweighedRate must be a finite number`);
  loaded = { ...linear, threshold, unweighedRate };
  return loaded;
}

/** Whether the model calls a pair one incident; `margin` raises the log-odds needed (pooled prints). */
export function learnedSame(model: PairModel, x: readonly number[], margin: number): boolean {
  return pairLogit(model, x) >= Math.log(model.threshold / (1 - model.threshold)) + margin * MARGIN_LOGIT;
}

/** The model's probability for a pair (for explanations). */
export function pairProbability(model: PairModel, x: readonly number[]): number {
  return 1 / (1 + Math.exp(-pairLogit(model, x)));
}

// The model's log-odds, with evidence it could not weigh counted at its mean rate per rule point.
function pairLogit(model: PairModel, x: readonly number[]): number {
  let z = logit(model, x);
  for (let k = 0; k < EVIDENCE_KINDS.length; k++) if (model.weights[k] === 0) z += model.unweighedRate * (x[k] ?? 0);
  return z;
}
