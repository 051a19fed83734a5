// Relevance: is the text about trafficking in persons? Weighted cues, with "trafficking" read in its context window.

import { SCRIPT_STOPS } from '../../lib/text/stops.ts';
import type { Evidence } from '../../model/analysis.ts';
import type { Hit } from '../cues/phrases.ts';
import { type CueSet, hitIn, hitsOf, weigh } from '../cues/scan.ts';
import { isWord } from '../cues/words.ts';
import { describedExploitation } from './pairs.ts';

/** The relevance decision with its score and the quotes behind it. */
export interface RelevanceResult {
  relevant: boolean;
  score: number;
  features: RelevanceFeatures;
  /** The rules' log-odds before the sigmoid (a feature of the learned decision). */
  raw: number;
  /** Whether a word for trafficking or exploitation, or a telling form with coercion, is present. */
  core: boolean;
  /** The hits that made the case for relevance ("trafficking" read with people around it, described exploitation). */
  caseHits: Hit[];
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
  /** Exploitation described in plain words ("forced to sell sex", passports taken and a debt to repay). */
  described: number;
}

/** Words either side of "trafficking" that decide what is trafficked. */
const WINDOW = 6;
/** Weight of one "trafficking" with people around it (doubled in the title). */
const PERSON_TRAFFIC = 1.5;
/** Form-score ceiling that counts towards relevance. */
const FORM_CAP = 12;
/** Evidence needed before a text leans relevant. */
const BIAS = 2.5;
/** Score of a telltale form (maids, begging, child soldiers…) that stands in for a word for trafficking. */
const TELLTALE_MIN = 8;
/** Highest score of a text with no trafficking or exploitation word. */
export const NO_CORE_CEILING = 0.4;
/** Score at and above which a text is relevant. */
export const RELEVANCE_THRESHOLD = 0.5;

/** Scores relevance from the cue set. */
export function scoreRelevance(set: CueSet, formStrength = 0, telltale = 0): RelevanceResult {
  const personHits: Hit[] = [];
  const described = describedExploitation(set);
  const f = features(set, personHits, described.weight);
  // Clear signs of one form of exploitation (begging children, domestic workers, scam compounds) add to the case.
  const pos =
    f.tip + f.exploit + f.described + 2 * f.personTraffic + f.neutralTraffic + Math.min(formStrength, FORM_CAP) / 4;
  const dampen = pos >= 6 ? 0.3 : 1;
  const against =
    2.5 * f.goodsTraffic +
    Math.min(f.goods, 12) * 0.35 +
    f.neg +
    f.history +
    (f.smuggle + f.sexwork) * (f.coercion >= 4 ? 0.4 : 1) * dampen;
  const raw = pos - against - BIAS + Math.min(f.coercion, 4) * 0.25;
  // Form words alone make a story relevant only when they speak of exploitation by themselves and coercion is described.
  const core =
    f.tip + f.exploit + f.described + f.personTraffic + f.neutralTraffic > 0 ||
    (telltale >= TELLTALE_MIN && f.coercion >= 1);
  const sigmoid = Math.round((1 / (1 + Math.exp(-raw / 2))) * 1000) / 1000;
  const score = core ? sigmoid : Math.min(sigmoid, NO_CORE_CEILING);
  const relevant = score >= RELEVANCE_THRESHOLD;
  const caseHits = [...personHits, ...described.hits];
  return { relevant, score, features: f, raw, core, caseHits, evidence: relevanceEvidence(set, relevant, caseHits) };
}

function features(set: CueSet, personHits: Hit[], described: number): RelevanceFeatures {
  let personTraffic = 0;
  let goodsTraffic = 0;
  let neutralTraffic = 0;
  // "tráfico", "traffico", "trafic" alone are also road traffic and any illicit trade: they need people beside them.
  for (const h of [...hitsOf(set, 'traffic'), ...hitsOf(set, 'traffic_weak')]) {
    if (covered(set, h)) continue;
    const goods = hitIn(set, 'goods', h.ti - WINDOW, h.tj + WINDOW);
    const person = hitIn(set, 'person', h.ti - WINDOW, h.tj + WINDOW);
    const title = h.start < set.titleEnd ? 2 : 1;
    if (
      goods &&
      (!person || (Math.abs(goods.ti - h.ti) <= Math.abs(person.ti - h.ti) && !peopleMoved(set, h, person, goods)))
    )
      goodsTraffic += title;
    else if (person) {
      personTraffic += PERSON_TRAFFIC * title;
      personHits.push(h);
    } else if (h.cat === 'traffic') neutralTraffic += title;
  }
  const asides = asideSpans(set);
  return {
    tip: asides.length ? weighOutside(set, 'tip', asides) : weigh(set, 'tip'),
    exploit: asides.length ? weighOutside(set, 'exploit', asides, 2) : weigh(set, 'exploit', 2, 2),
    personTraffic: Math.min(personTraffic, 8),
    goodsTraffic,
    neutralTraffic: Math.min(neutralTraffic, 3),
    goods: weigh(set, 'goods'),
    neg: weigh(set, 'neg'),
    smuggle: weigh(set, 'smuggle'),
    sexwork: weigh(set, 'sexwork'),
    coercion: new Set(hitsOf(set, 'coercion').map((h) => h.phrase)).size,
    history: weigh(set, 'history'),
    described,
  };
}

/** Longest credit line read ("Photo courtesy of the Anti-Human Trafficking Unit"), in characters. */
const CREDIT_LINE = 160;

/**
 * Spans whose trafficking words tell nothing about the story: credit lines, office names ("the Human Trafficking Unit",
 * "Project Safe Childhood") and press-release boilerplate sentences ("This case is part of Project Safe Childhood, a
 * nationwide initiative to combat child sexual exploitation"), as [start, end) character offsets.
 */
function asideSpans(set: CueSet): [number, number][] {
  const out = creditLines(set);
  for (const h of hitsOf(set, 'office')) out.push([h.start, h.end]);
  for (const h of hitsOf(set, 'boilerplate')) out.push([h.start, sentenceEnd(set.text, h.end)]);
  return out;
}

const SENTENCE_RUN_END = new RegExp(`[.!?](?:\\s|$)|[\\n${SCRIPT_STOPS}]`);

/** Offset of the end of the sentence or line that runs on from `from`. */
function sentenceEnd(text: string, from: number): number {
  const m = SENTENCE_RUN_END.exec(text.slice(from));
  return m ? from + m.index + 1 : text.length;
}

/** Credit and caption lines ("Photo: Human Trafficking Unit"): [start, end) offsets from the credit word to the line's end. */
function creditLines(set: CueSet): [number, number][] {
  const out: [number, number][] = [];
  for (const h of hitsOf(set, 'credit')) {
    const lineStart = set.text.lastIndexOf('\n', h.start) + 1;
    // Only a credit word opening its line ("Source:", "Photo by") makes a credit line, not "a source said".
    if (h.start - lineStart > 3) continue;
    const nl = set.text.indexOf('\n', h.end);
    const end = nl < 0 ? set.text.length : nl;
    if (end - lineStart <= CREDIT_LINE) out.push([h.start, end]);
  }
  return out;
}

// A category's weight without the hits that lie on credit lines (an office's name in a credit is no story about it).
function weighOutside(set: CueSet, cat: string, spans: [number, number][], perPhrase = 3): number {
  const seen = new Map<string, number>();
  let sum = 0;
  for (const h of hitsOf(set, cat)) {
    if (spans.some(([a, b]) => h.start >= a && h.start < b)) continue;
    const n = (seen.get(h.phrase) ?? 0) + 1;
    seen.set(h.phrase, n);
    if (n <= perPhrase) sum += h.weight * (h.start < set.titleEnd ? 2 : 1);
  }
  return sum;
}

// "Children were trafficked to work in gold mines": the people come before, the goods only name the destination.
function peopleMoved(set: CueSet, h: Hit, person: Hit, goods: Hit): boolean {
  return person.ti < h.ti && goods.ti >= h.tj && isWord(set, 'purpose', h.tj);
}

// A bare "trafficking" inside a stronger phrase ("human trafficking") is already counted there; in an office's name
// ("the Trafficking Unit") it names no story.
function covered(set: CueSet, h: Hit): boolean {
  return ['tip', 'neg', 'office'].some((cat) => hitsOf(set, cat).some((t) => overlaps(t, h)));
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.ti < b.tj && b.ti < a.tj;
}

// The hits outside the asides (an office's name, a release's boilerplate).
function told(hits: Hit[], asides: [number, number][]): Hit[] {
  return asides.length ? hits.filter((h) => !asides.some(([a, b]) => h.start >= a && h.start < b)) : hits;
}

/** Quotes behind a relevance decision: the words for trafficking and exploitation, or those of the other story. */
export function relevanceEvidence(set: CueSet, relevant: boolean, personHits: Hit[]): Evidence[] {
  // An office's name or a release's boilerplate is no quote for the story's relevance.
  const asides = relevant ? asideSpans(set) : [];
  const groups = relevant
    ? [told(hitsOf(set, 'tip'), asides), told(hitsOf(set, 'exploit'), asides), personHits]
    : ['goods', 'neg', 'smuggle', 'sexwork', 'history'].map((cat) => hitsOf(set, cat));
  const out: Evidence[] = [];
  for (const hits of groups) {
    for (const h of hits.slice(0, 3)) {
      const quote = set.text.slice(h.start, h.end);
      out.push({ field: relevant ? 'relevance' : 'negative', value: relevant, quote, start: h.start, end: h.end });
    }
  }
  return out.slice(0, 6);
}
