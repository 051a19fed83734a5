// Minors among the victims: stated ages and words for children against words and ages for adults.
import { NOUNS_CAPITALISED } from '../../lib/text/capitals.ts';
import { SCRIPT_STOPS } from '../../lib/text/stops.ts';
import type { Evidence } from '../../model/analysis.ts';
import type { Hit } from '../cues/phrases.ts';
import type { CueSet } from '../cues/scan.ts';
import { hitIn, hitsOf } from '../cues/scan.ts';
import { isOwnerS, isPossessive } from '../cues/words.ts';
import { statedAges } from './ages.ts';
import { numberAt } from './numbers.ts';

/** The minors decision with the weighed evidence on each side. */
export interface MinorsResult {
  minors: boolean | null;
  minorScore: number;
  adultScore: number;
  /** A child's age, an adult's age, a minor said outright among adults; child or adult words in the title. */
  childAge: boolean;
  adultAge: boolean;
  said: boolean;
  minorTitle: boolean;
  adultTitle: boolean;
  evidence: Evidence[];
  /** Every quote weighed, both sides (the learned decision picks the side). */
  quotes: Evidence[];
}

/** Age below which a person is a child. */
const ADULT_AGE = 18;
/** Score from child cues that settles the question. */
export const MINOR_SURE = 3;
/** Weight of a statement that no minors were among the victims (as much as a stated child age on the other side). */
const NONE_WEIGHT = 6;
/** Share of the adult score the child score must reach when both are present. */
export const MINOR_SHARE = 0.5;

/** Weighs child and adult cues, including stated ages. */
export function readMinors(set: CueSet): MinorsResult {
  const t: Tally = { minorScore: 0, adultScore: 0, minorTitle: false, adultTitle: false, evidence: [] };
  // "Minderjährige seien nicht dabei gewesen", "no minors were among them": said outright, no child among the victims.
  const none = hitsOf(set, 'minor_none').slice(0, 2);
  for (const cat of ['minor', 'adult'] as const) {
    const seen = new Map<string, number>();
    for (const h of hitsOf(set, cat)) {
      // (The child word inside such a statement is no child.)
      if (cat === 'minor' && none.some((n) => h.start >= n.start && h.end <= n.end)) continue;
      // "caring for four children", "the couple's children": children a worker minds, not victims.
      if (cat === 'minor' && mindedChildren(set, h.ti)) continue;
      // "Save the Children", "Unidade de Combate à Exploração Sexual de Meninos, Meninas e Adolescentes": a name.
      if (inProperName(set, h)) continue;
      const n = (seen.get(h.phrase) ?? 0) + 1;
      seen.set(h.phrase, n);
      if (n <= 3) add(t, set, cat === 'minor', h.weight * (h.start < set.titleEnd ? 2 : 1), h.start, h.end);
    }
  }
  // A stated child age settles the question; an adult age counts like a strong adult word.
  let sure = false;
  let adultAge = false;
  for (const age of statedAges(set)) {
    sure ||= age.value < ADULT_AGE;
    adultAge ||= age.value >= ADULT_AGE;
    add(t, set, age.value < ADULT_AGE, age.value < ADULT_AGE ? 6 : 2, age.start, age.end);
  }
  const childAge = sure;
  // "Three of the women were minors": said outright, a minor among adults settles it.
  const said = hitsOf(set, 'minor_sure').slice(0, 2);
  // "among them five teenagers", "darunter drei Kinder", "including minors": children named as part of the group.
  const among = hitsOf(set, 'minor').find((h) => amongGroup(set, h) && !none.some((n) => h.start >= n.start));
  if (among && !said.some((h) => h.start <= among.start && h.end >= among.end)) said.push(among);
  for (const h of said) {
    sure = true;
    add(t, set, true, 3, h.start, h.end);
  }
  for (const h of none) add(t, set, false, NONE_WEIGHT, h.start, h.end);
  const minors = sure ? true : none.length ? false : decide(t.minorScore, t.adultScore);
  const kept = t.evidence.filter((e) => e.value === minors);
  return {
    minors,
    minorScore: t.minorScore,
    adultScore: t.adultScore,
    childAge,
    adultAge,
    said: said.length > 0,
    minorTitle: t.minorTitle,
    adultTitle: t.adultTitle,
    evidence: kept.slice(0, 3),
    quotes: t.evidence,
  };
}

/** The scores and quotes weighed so far, on both sides. */
interface Tally {
  minorScore: number;
  adultScore: number;
  minorTitle: boolean;
  adultTitle: boolean;
  evidence: Evidence[];
}

// Weighs one cue for a side: its score, whether it is in the title, and its quote (the first eight are kept).
function add(t: Tally, set: CueSet, isMinor: boolean, w: number, start: number, end: number): void {
  if (isMinor) t.minorScore += w;
  else t.adultScore += w;
  if (start < set.titleEnd) {
    if (isMinor) t.minorTitle = true;
    else t.adultTitle = true;
  }
  if (t.evidence.length < 8)
    t.evidence.push({ field: 'minors', value: isMinor, quote: set.text.slice(start, end), start, end });
}

/** Children win when their cues are strong and not outweighed by adult ones. */
function decide(minor: number, adult: number): boolean | null {
  if (minor >= MINOR_SURE && minor >= adult * MINOR_SHARE) return true;
  if (adult >= 2) return false;
  return minor >= 2 ? true : null;
}

/** Tokens before a child word in which a word for part of a group ("among them") may end. */
const PART_WINDOW = 6;

// Whether the child word `h` directly follows a word for part of a group, with at most a count between (and a word for
// people after the count: "printre care cinci fete minore").
function amongGroup(set: CueSet, h: Hit): boolean {
  const part = hitIn(set, 'part', h.ti - PART_WINDOW, h.ti);
  if (!part || part.tj > h.ti) return false;
  if (part.tj === h.ti) return true;
  const num = numberAt(set, part.tj);
  if (!num || num.tj > h.ti) return false;
  return num.tj === h.ti || hitIn(set, 'person', num.tj, h.ti)?.ti === num.tj;
}

/** Tokens before a child word in which a verb of minding ("looking after") makes them the employer's children. */
const CARE_WINDOW = 4;

// Whether the child word at token `ti` names children someone minds or owns ("her employer's two sons").
function mindedChildren(set: CueSet, ti: number): boolean {
  if (hitIn(set, 'care', ti - CARE_WINDOW, ti)) return true;
  if (isOwnerS(set, ti - 1) || isOwnerS(set, ti - 2)) return true;
  // "her own children", "their two sons": someone's family, unless sold, freed or forced ("sold her two daughters",
  // "their newborns were sold", "obligar a su hija de 17 años a casarse").
  if (!isPossessive(set, ti - 1) && !isPossessive(set, ti - 2)) return false;
  const from = ti - CARE_WINDOW;
  const to = ti + CARE_WINDOW + 1;
  return !hitIn(set, 'sale', from, to) && !hitIn(set, 'rescue', from, to) && !hitIn(set, 'compel', from, ti);
}

const SENTENCE_END = new RegExp(`[.!?:;\\n"“«${SCRIPT_STOPS}]\\s*$`);

/** A person word written with a capital in the body, not opening a sentence: part of a name, not the victims. */
function inProperName(set: CueSet, h: Hit): boolean {
  if (h.start < set.titleEnd || !set.tokens.cap[h.ti] || NOUNS_CAPITALISED.has(set.lexicons[0]?.language ?? ''))
    return false;
  const before = set.text.slice(Math.max(0, h.start - 3), h.start);
  return h.ti > set.bodyToken && !SENTENCE_END.test(before);
}
