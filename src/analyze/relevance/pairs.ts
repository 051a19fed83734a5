// Plain descriptions of exploitation: cues that speak of it only together ("forced" + "to sell sex", two signs of control).

import { SCRIPT_STOPS } from '../../lib/text/stops.ts';
import type { Hit } from '../cues/phrases.ts';
import { type CueSet, hitIn, hitsOf } from '../cues/scan.ts';

/** Two categories that describe exploitation when they meet in one sentence. */
interface PairRule {
  /** The anchor category ("compel": forced, made to, obligadas). */
  a: string;
  /** The category looked for around each anchor ("act": sell sex, beg, work). */
  b: string;
  /** Tokens before and after the anchor in which `b` is looked for. */
  before: number;
  after: number;
  /** Weight of each distinct pair, times the weight of the `b` phrase (work words weigh less than "sell sex"). */
  weight: number;
  /** Least lexicon weight of a `b` phrase ("women" @2, not "migrants"). */
  minWeight?: number;
  /** Goods between the two halves make it another trade ("sold rice to women"). */
  notGoods?: boolean;
  /** A category the anchor must also be read as, at the same word ("rescued": a rescue and a coercion word). */
  also?: string;
  /** A category the anchor must not also be ("victims" is a rescue and a coercion word, but a noun). */
  not?: string;
}

const RULES: PairRule[] = [
  // "forced to sell sex", "made to beg and steal", "zur Prostitution gezwungen", "forced girls as young as 14 to engage in
  // commercial sex acts".
  { a: 'compel', b: 'act', before: 4, after: 10, weight: 3 },
  // "sold her 11-year-old daughter", "girls were sold", "vendió a su hija", "akiuza mabinti": people sold are trafficked.
  { a: 'sale', b: 'kin', before: 3, after: 6, weight: 3, notGoods: true },
  { a: 'sale', b: 'victim', before: 3, after: 3, weight: 3, minWeight: 2, notGoods: true },
  // "released 31 children from its ranks", "boys used as fighters": the children come first.
  { a: 'armed', b: 'minor', before: 8, after: 0, weight: 3 },
  // "intercepted seven women being taken to…": an interception of people, not of goods.
  { a: 'intercept', b: 'victim', before: 0, after: 3, weight: 3, minWeight: 2 },
  // "rescued 23 women from a brothel", "befreit … aus einem Bordell": people freed from the sex trade (a raid that
  // arrests sex workers says no liberation; rape words weigh under 2).
  // ("rescued three girls aged between 14 and 16 who were being sexually exploited": an age range may stand between.)
  { a: 'rescue', also: 'coercion', not: 'victim', b: 'form:sexual', before: 4, after: 14, weight: 3, minWeight: 2 },
];

/** Tokens more a verb-final language may put between an object and its verb. */
const VERB_FINAL_REACH = 5;
/** Most weight the pairs add. */
const PAIRS_CAP = 6;
/** Distinct signs of control (passports taken, debt to repay, wages never paid, locked in) that describe exploitation together. */
const CONTROL_MIN = 2;
const CONTROL_WEIGHT = 1.5;
const CONTROL_CAP = 6;
/** Categories that say the story is about work or sex (signs of control alone also fill kidnapping and prison news). */
const CONTEXT = ['act', 'form:labour', 'form:sexual', 'form:domestic_servitude'];

/** Summed weight of the exploitation described in plain words, and the hits that show it. */
export function describedExploitation(set: CueSet): { weight: number; hits: Hit[] } {
  const hits: Hit[] = [];
  let weight = 0;
  for (const rule of RULES) {
    // One weight per described act: "made to sell sex" counts once, with its strongest compulsion.
    const best = new Map<number, { w: number; hit: Hit }>();
    const also = rule.also ? tokenSet(set, rule.also) : undefined;
    const not = rule.not ? tokenSet(set, rule.not) : undefined;
    for (const a of hitsOf(set, rule.a)) {
      if ((also && !also.has(a.ti)) || not?.has(a.ti)) continue;
      const b = nearby(set, rule, a);
      if (!b) continue;
      // A telling act ("sell sex", "beg") needs any compulsion; a weak one ("work") weighs by how strong the compulsion is.
      const w = rule.weight * (rule.minWeight || b.weight >= 1 ? 1 : a.weight * b.weight);
      if ((best.get(b.ti)?.w ?? 0) < w) best.set(b.ti, { w, hit: a.ti < b.ti ? a : b });
    }
    for (const { w, hit } of best.values()) {
      weight += w;
      hits.push(hit);
    }
  }
  weight = Math.min(weight, PAIRS_CAP) + controlWeight(set, hits);
  return { weight, hits };
}

// The first tokens of a category's hits ("rescued" as a coercion word at the same word as the rescue).
function tokenSet(set: CueSet, cat: string): Set<number> {
  return new Set(hitsOf(set, cat).map((h) => h.ti));
}

function nearby(set: CueSet, rule: PairRule, a: Hit): Hit | undefined {
  const after = find(set, rule, a.tj, a.tj + rule.after);
  if (after && sameClause(set, a.tj - 1, after.ti) && !otherStory(set, rule, a.ti, after.tj)) return after;
  // A language that puts the verb last ("ihr Baby für 10.000 Euro an ein Paar verkauft", "sieben Frauen an der Grenze
  // gestoppt") says the object further back, even where other languages put it only after the verb.
  const reach = rule.before + (set.lexicons[0]?.verbFinal ? VERB_FINAL_REACH : 0);
  if (!reach) return undefined;
  const before = findLast(set, rule, a.ti - reach, a.ti);
  return before && sameClause(set, before.tj - 1, a.ti) && !otherStory(set, rule, before.ti, a.tj) ? before : undefined;
}

function otherStory(set: CueSet, rule: PairRule, from: number, to: number): boolean {
  return negBetween(set, from, to) || (!!rule.notGoods && !!hitIn(set, 'goods', from, to));
}

// The first `b` hit within [from, to) that is weighty enough.
function find(set: CueSet, rule: PairRule, from: number, to: number): Hit | undefined {
  for (let h = hitIn(set, rule.b, from, to); h; h = hitIn(set, rule.b, h.ti + 1, to))
    if (h.weight >= (rule.minWeight ?? 0)) return h;
  return undefined;
}

// The last `b` hit within [from, to) that is weighty enough: the one nearest an anchor after it (a title's "children"
// must not hide the body's "42 children from its ranks").
function findLast(set: CueSet, rule: PairRule, from: number, to: number): Hit | undefined {
  let last: Hit | undefined;
  for (let h = hitIn(set, rule.b, from, to); h; h = hitIn(set, rule.b, h.ti + 1, to))
    if (h.weight >= (rule.minWeight ?? 0)) last = h;
  return last;
}

// No sentence or clause end (";", ":") between two tokens. (A semicolon ends a clause with or without a space after it:
// Chinese and Japanese write "；", read as ";", with none.)
function sameClause(set: CueSet, a: number, b: number): boolean {
  if (a < set.bodyToken !== b < set.bodyToken) return false;
  return !CLAUSE_BREAK.test(set.text.slice(set.tokens.end[a]!, set.tokens.start[b]!));
}

const CLAUSE_BREAK = new RegExp(`[.!?:]\\s|;|[${SCRIPT_STOPS}]`);

// "forced to stop work", "forced to close the shop": a sign of another story between the two halves.
function negBetween(set: CueSet, from: number, to: number): boolean {
  return !!hitIn(set, 'neg', from, to);
}

// Control over a worker's movement, papers, pay or debt, told in two ways or more, in a story about work or sex.
function controlWeight(set: CueSet, hits: Hit[]): number {
  const control = hitsOf(set, 'control');
  const phrases = new Set(control.map((h) => h.phrase));
  // "freed eleven Romanians who had to work without pay": a liberation said in the clause of a sign of control is another.
  const distinct = phrases.size + (control.length && coercionBeside(set, control, phrases) ? 1 : 0);
  if (distinct < CONTROL_MIN || !CONTEXT.some((cat) => hitsOf(set, cat).length)) return 0;
  hits.push(control[0]!);
  return Math.min(distinct * CONTROL_WEIGHT, CONTROL_CAP);
}

/** Tokens between a sign of control and a coercion word said with it. */
const COERCION_REACH = 15;

// A word of liberation or of a victim's fate (freed, rescued, victims: coercion and rescue alike), other than the signs
// of control, in the clause of one of them. "Forced" alone is not one: "contraintes de travailler … pour payer leurs
// dettes" is hardship.
function coercionBeside(set: CueSet, control: Hit[], phrases: Set<string>): boolean {
  const rescue = tokenSet(set, 'rescue');
  return hitsOf(set, 'coercion').some(
    (c) =>
      !phrases.has(c.phrase) &&
      rescue.has(c.ti) &&
      control.some(
        (h) => Math.abs(c.ti - h.ti) <= COERCION_REACH && sameClause(set, Math.min(c.ti, h.ti), Math.max(c.ti, h.ti)),
      ),
  );
}
