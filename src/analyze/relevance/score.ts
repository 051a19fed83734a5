// Relevance: is the text about trafficking in persons? Weighted cues, with "trafficking" read in its context window.
import type { Evidence } from '../../model/analysis.ts';
import type { Hit } from '../cues/phrases.ts';
import { type CueSet, hitIn, hitsOf, weigh } from '../cues/scan.ts';

/** The relevance decision with its score and the quotes behind it. */
export interface RelevanceResult {
  relevant: boolean;
  score: number;
  features: RelevanceFeatures;
  evidence: Evidence[];
}

/** The summed cue weights the decision is made from (exposed for tests and tuning). */
export interface RelevanceFeatures {
  tip: number;
  exploit: number;
  personTraffic: number;
  goodsTraffic: number;
  neutralTraffic: number;
  goods: number;
  neg: number;
  smuggle: number;
  sexwork: number;
  coercion: number;
  history: number;
}

/** Words either side of "trafficking" that decide what is trafficked. */
const WINDOW = 6;
/** Form-score ceiling that counts towards relevance. */
const FORM_CAP = 12;
/** Evidence needed before a text leans relevant. */
const BIAS = 2.5;
/** Score at and above which a text is relevant. */
export const RELEVANCE_THRESHOLD = 0.5;

/** Scores relevance from the cue set. */
export function scoreRelevance(set: CueSet, formStrength = 0): RelevanceResult {
  const f = features(set);
  // Clear signs of one form of exploitation (begging children, domestic workers, scam compounds) add to the case.
  const pos = f.tip + f.exploit + 2 * f.personTraffic + f.neutralTraffic + Math.min(formStrength, FORM_CAP) / 4;
  const dampen = pos >= 6 ? 0.3 : 1;
  const against =
    2.5 * f.goodsTraffic +
    Math.min(f.goods, 12) * 0.35 +
    f.neg +
    f.history +
    (f.smuggle + f.sexwork) * (f.coercion >= 4 ? 0.4 : 1) * dampen;
  const raw = pos - against - BIAS + Math.min(f.coercion, 4) * 0.25;
  const score = Math.round((1 / (1 + Math.exp(-raw / 2))) * 1000) / 1000;
  const relevant = score >= RELEVANCE_THRESHOLD && f.tip + f.exploit + f.personTraffic + f.neutralTraffic > 0;
  return { relevant, score, features: f, evidence: relevanceEvidence(set, relevant) };
}

function features(set: CueSet): RelevanceFeatures {
  let personTraffic = 0;
  let goodsTraffic = 0;
  let neutralTraffic = 0;
  for (const h of hitsOf(set, 'traffic')) {
    if (covered(set, h)) continue;
    const goods = hitIn(set, 'goods', h.ti - WINDOW, h.tj + WINDOW);
    const person = hitIn(set, 'person', h.ti - WINDOW, h.tj + WINDOW);
    const title = h.start < set.titleEnd ? 2 : 1;
    if (goods && (!person || Math.abs(goods.ti - h.ti) <= Math.abs(person.ti - h.ti))) goodsTraffic += title;
    else if (person) personTraffic += title;
    else neutralTraffic += title;
  }
  return {
    tip: weigh(set, 'tip'),
    exploit: weigh(set, 'exploit', 2, 2),
    personTraffic: Math.min(personTraffic, 8),
    goodsTraffic,
    neutralTraffic: Math.min(neutralTraffic, 3),
    goods: weigh(set, 'goods'),
    neg: weigh(set, 'neg'),
    smuggle: weigh(set, 'smuggle'),
    sexwork: weigh(set, 'sexwork'),
    coercion: new Set(hitsOf(set, 'coercion').map((h) => h.phrase)).size,
    history: weigh(set, 'history'),
  };
}

// A bare "trafficking" inside a stronger phrase ("human trafficking") is already counted there.
function covered(set: CueSet, h: Hit): boolean {
  return hitsOf(set, 'tip').some((t) => overlaps(t, h)) || hitsOf(set, 'neg').some((t) => overlaps(t, h));
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.ti < b.tj && b.ti < a.tj;
}

function relevanceEvidence(set: CueSet, relevant: boolean): Evidence[] {
  const cats = relevant ? ['tip', 'exploit', 'traffic'] : ['goods', 'neg', 'smuggle', 'sexwork', 'history'];
  const out: Evidence[] = [];
  for (const cat of cats) {
    for (const h of hitsOf(set, cat).slice(0, 3)) {
      out.push({
        field: relevant ? 'relevance' : 'negative',
        value: relevant,
        quote: set.text.slice(h.start, h.end),
        start: h.start,
        end: h.end,
      });
    }
  }
  return out.slice(0, 6);
}
