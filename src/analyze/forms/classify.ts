// Forms of exploitation: multi-label, from weighted per-language cues; `unspecified` when none is said.
import { emptyList } from '../../lib/empty-list.ts';
import { SCRIPT_STOPS } from '../../lib/text/stops.ts';
import { type Evidence, EXPLOITATION_FORMS, type ExploitationForm } from '../../model/analysis.ts';
import type { Hit } from '../cues/phrases.ts';
import { type CueSet, hitsOf } from '../cues/scan.ts';

/** The forms found and their evidence. */
export interface FormsResult {
  types: ExploitationForm[];
  scores: Partial<Record<ExploitationForm, number>>;
  /** The strongest score among the forms other than sexual exploitation (0 when none). */
  top: number;
  /** The strongest score among forms whose words speak of exploitation by themselves (maids, begging, child soldiers…). */
  telltale: number;
  evidence: Evidence[];
}

/** Least score for a form to be named. */
export const FORM_MIN = 3;
/** A form must also reach this share of the strongest form's score. */
export const FORM_SHARE = 0.2;
/** Share the generic forms (labour, sexual) need beside a specific form that usually includes them. */
export const GENERIC_SHARE = 0.5;
/** Share of the domestic-servitude score labour needs to be named beside it ("a maid … forced to work"). */
export const LABOUR_BESIDE_SERVITUDE = 1;
const GENERIC = new Set<ExploitationForm>(['labour', 'sexual']);

const FORMS = EXPLOITATION_FORMS.filter((f) => f !== 'unspecified');
/** Each form's cue category, by position in FORMS (built once: a category name made per text is hashed anew each time). */
const FORM_CATS = FORMS.map((f) => `form:${f}`);
/** Forms whose vocabulary is not shared with ordinary work, sex-trade or crime news. */
const TELLTALE: ExploitationForm[] = [
  'domestic_servitude',
  'forced_begging',
  'forced_marriage',
  'organ_removal',
  'illegal_adoption',
  'child_soldiers',
];

/** Scores every form and keeps those clearly present, strongest first. */
export function classifyForms(set: CueSet): FormsResult {
  const lists = listingSentences(set);
  // Scores by position in FORMS (0: none), read in plain loops (chains of filter, map and spread cost this function
  // more to compile than to run); a typed array, since whole and fractional scores would give a plain one two shapes.
  const v = Float64Array.from(FORM_CATS, (cat) => Math.max(0, weighForm(set, hitsOf(set, cat), lists)));
  // "held seven men in servitude" on a farm is not domestic: servitude counts as domestic only beside household words.
  // Elsewhere ("on a farm", "at a car wash") it is the servitude of forced labour.
  const servitude = weighForm(set, hitsOf(set, 'servitude'), lists);
  const named = Array.from(v, (s) => s > 0);
  if (v[DOMESTIC]) v[DOMESTIC] = v[DOMESTIC]! + servitude;
  else if (servitude) {
    v[LABOUR] = v[LABOUR]! + servitude;
    named[LABOUR] = true;
  }
  const scores = scoreRecord(v, named);
  const top = maxOf(v, () => true);
  // Sex-trade words also fill prostitution-policy debates, so only the other forms vouch for relevance.
  const telling = maxOf(v, (f) => f !== 'sexual');
  const telltale = maxOf(v, (f) => TELLTALE.includes(f));
  const topSpecific = maxOf(v, (f) => !GENERIC.has(f));
  // Domestic servitude is itself forced labour: labour beside it needs words of its own at least as strong. Words
  // for the terms of the work ("unpaid wages", "made to work", "forced labor" as the charge) tell how the servant was
  // held, not another form: beside domestic servitude labour also needs FORM_MIN of other words (a farm, debt bondage).
  const served = v[DOMESTIC]! >= FORM_MIN;
  const terms = served ? weighForm(set, hitsOf(set, 'labour_terms'), lists) : 0;
  const servant =
    served && v[LABOUR]! - terms < FORM_MIN ? Number.POSITIVE_INFINITY : v[DOMESTIC]! * LABOUR_BESIDE_SERVITUDE;
  const types: ExploitationForm[] = [];
  for (let k = 0; k < FORMS.length; k++) if (v[k]! >= need(FORMS[k]!, top, topSpecific, servant)) types.push(FORMS[k]!);
  types.sort((a, b) => scores[b]! - scores[a]!);
  if (!types.length) return { types: ['unspecified'], scores, top: telling, telltale, evidence: [] };
  const evidence: Evidence[] = [];
  for (const form of types) formEvidence(set, form, lists, evidence);
  return { types, scores, top: telling, telltale, evidence };
}

const LABOUR = FORMS.indexOf('labour');
const DOMESTIC = FORMS.indexOf('domestic_servitude');

// The score a form needs to be kept, given the top score, the top specific one and labour's servitude floor.
function need(f: ExploitationForm, top: number, topSpecific: number, servant: number): number {
  return Math.max(
    FORM_MIN,
    top * FORM_SHARE,
    GENERIC.has(f) ? topSpecific * GENERIC_SHARE : 0,
    f === 'labour' ? servant : 0,
  );
}

// The scores as a record of the forms named: those whose own words scored, and labour given servitude's score.
function scoreRecord(v: Float64Array, named: boolean[]): Partial<Record<ExploitationForm, number>> {
  const scores: Partial<Record<ExploitationForm, number>> = {};
  for (let k = 0; k < FORMS.length; k++) if (named[k]) scores[FORMS[k]!] = v[k]!;
  return scores;
}

// The highest score among the forms chosen (0 when none is above it).
function maxOf(v: Float64Array, chosen: (f: ExploitationForm) => boolean): number {
  let max = 0;
  for (let k = 0; k < FORMS.length; k++) if (chosen(FORMS[k]!) && v[k]! > max) max = v[k]!;
  return max;
}

// The first two hits of a form outside listing sentences, as evidence.
function formEvidence(set: CueSet, form: ExploitationForm, lists: [number, number][], out: Evidence[]): void {
  let kept = 0;
  for (const h of hitsOf(set, `form:${form}`)) {
    if (kept === 2) return;
    if (inside(h, lists)) continue;
    out.push({ field: 'types', value: form, quote: set.text.slice(h.start, h.end), start: h.start, end: h.end });
    kept++;
  }
}

/** Sentences that list legal categories ("added forced marriage to the list of offences"): [start, end) offsets. */
function listingSentences(set: CueSet): [number, number][] {
  const listing = hitsOf(set, 'listing');
  // (An empty map() result has another hidden class than a list of spans: the readers would deoptimise on it.)
  if (!listing.length) return NO_SPANS;
  return listing.map((h) => [sentenceEdge(set.text, h.start, -1), sentenceEdge(set.text, h.end, 1)]);
}

const NO_SPANS: [number, number][] = emptyList();

const STOPS = `.!?\n${SCRIPT_STOPS}`;

// The offset of the sentence end before (dir -1) or after (dir 1) an offset.
function sentenceEdge(text: string, from: number, dir: 1 | -1): number {
  for (let i = dir < 0 ? from - 1 : from; i >= 0 && i < text.length; i += dir) if (STOPS.includes(text[i]!)) return i;
  return dir < 0 ? 0 : text.length;
}

function inside(h: Hit, spans: [number, number][]): boolean {
  return spans.some(([a, b]) => h.start >= a && h.start < b);
}

// A form's weight: title hits count double, each phrase at most three times, hits in lists of legal categories not at all.
function weighForm(set: CueSet, hits: Hit[], lists: [number, number][]): number {
  const seen = new Map<string, number>();
  let sum = 0;
  for (const h of hits) {
    if (lists.length && inside(h, lists)) continue;
    const n = (seen.get(h.phrase) ?? 0) + 1;
    seen.set(h.phrase, n);
    if (n <= 3) sum += h.weight * (h.start < set.titleEnd ? 2 : 1);
  }
  return sum;
}
