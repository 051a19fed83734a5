// Forms of exploitation: multi-label, from weighted per-language cues; `unspecified` when none is said.
import { type Evidence, EXPLOITATION_FORMS, type ExploitationForm } from '../../model/analysis.ts';
import { type CueSet, hitsOf, weigh } from '../cues/scan.ts';

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
  for (const form of FORMS) {
    const s = weigh(set, `form:${form}`, 2, 3);
    if (s > 0) scores[form] = s;
  }
  const top = Math.max(0, ...Object.values(scores));
  // Sex-trade words also fill prostitution-policy debates, so only the other forms vouch for relevance.
  const telling = Math.max(0, ...FORMS.filter((f) => f !== 'sexual').map((f) => scores[f] ?? 0));
  const telltale = Math.max(0, ...TELLTALE.map((f) => scores[f] ?? 0));
  const topSpecific = Math.max(0, ...FORMS.filter((f) => !GENERIC.has(f)).map((f) => scores[f] ?? 0));
  const need = (f: ExploitationForm) =>
    Math.max(FORM_MIN, top * FORM_SHARE, GENERIC.has(f) ? topSpecific * GENERIC_SHARE : 0);
  const types = FORMS.filter((f) => (scores[f] ?? 0) >= need(f)).sort((a, b) => scores[b]! - scores[a]!);
  if (!types.length) return { types: ['unspecified'], scores, top: telling, telltale, evidence: [] };
  const evidence = types.flatMap((form) =>
    hitsOf(set, `form:${form}`)
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
