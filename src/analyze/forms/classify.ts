// Forms of exploitation: multi-label, from weighted per-language cues; `unspecified` when none is said.
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
  const scores: Partial<Record<ExploitationForm, number>> = {};
  const lists = listingSentences(set);
  for (const form of FORMS) {
    const s = weighForm(set, hitsOf(set, `form:${form}`), lists);
    if (s > 0) scores[form] = s;
  }
  // "held seven men in servitude" on a farm is not domestic: servitude counts as domestic only beside household words.
  // Elsewhere ("on a farm", "at a car wash") it is the servitude of forced labour.
  const servitude = weighForm(set, hitsOf(set, 'servitude'), lists);
  if (scores.domestic_servitude) scores.domestic_servitude += servitude;
  else if (servitude) scores.labour = (scores.labour ?? 0) + servitude;
  const top = Math.max(0, ...Object.values(scores));
  // Sex-trade words also fill prostitution-policy debates, so only the other forms vouch for relevance.
  const telling = Math.max(0, ...FORMS.filter((f) => f !== 'sexual').map((f) => scores[f] ?? 0));
  const telltale = Math.max(0, ...TELLTALE.map((f) => scores[f] ?? 0));
  const topSpecific = Math.max(0, ...FORMS.filter((f) => !GENERIC.has(f)).map((f) => scores[f] ?? 0));
  // Domestic servitude is itself forced labour: labour beside it needs words of its own at least as strong.
  const servant = (scores.domestic_servitude ?? 0) * LABOUR_BESIDE_SERVITUDE;
  const need = (f: ExploitationForm) =>
    Math.max(
      FORM_MIN,
      top * FORM_SHARE,
      GENERIC.has(f) ? topSpecific * GENERIC_SHARE : 0,
      f === 'labour' ? servant : 0,
    );
  const types = FORMS.filter((f) => (scores[f] ?? 0) >= need(f)).sort((a, b) => scores[b]! - scores[a]!);
  if (!types.length) return { types: ['unspecified'], scores, top: telling, telltale, evidence: [] };
  const evidence = types.flatMap((form) =>
    hitsOf(set, `form:${form}`)
      .filter((h) => !inside(h, lists))
      .slice(0, 2)
      .map((h) => ({
        field: 'types' as const,
        value: form,
        quote: set.text.slice(h.start, h.end),
        start: h.start,
        end: h.end,
      })),
  );
  return { types, scores, top: telling, telltale, evidence };
}

/** Sentences that list legal categories ("added forced marriage to the list of offences"): [start, end) offsets. */
function listingSentences(set: CueSet): [number, number][] {
  return hitsOf(set, 'listing').map((h) => [sentenceEdge(set.text, h.start, -1), sentenceEdge(set.text, h.end, 1)]);
}

const STOPS = '.!?\n';

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
