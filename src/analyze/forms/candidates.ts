// Each form of exploitation the cues speak of, with what the learned decision weighs: how strongly, where, beside which forms.
import { EXPLOITATION_FORMS, type ExploitationForm } from '../../model/analysis.ts';
import { type CueSet, hitsOf } from '../cues/scan.ts';
import { soft } from '../learned/linear.ts';
import type { FormsResult } from './classify.ts';

/** One form with a score above zero. */
export interface FormCandidate {
  form: ExploitationForm;
  vector: number[];
}

const FORMS = EXPLOITATION_FORMS.filter((f) => f !== 'unspecified');
const GENERIC = new Set<ExploitationForm>(['labour', 'sexual']);

/** Names of the form features, in vector order: strength, share, place, then one bias per form. */
export const FORM_FEATURES = [
  'score',
  'share',
  'top',
  'title',
  'phrases',
  'underSpecific',
  'rules',
  'relevance',
  ...FORMS.map((f) => `is:${f}`),
];

/** The forms with a score, each with its feature vector. */
export function formCandidates(set: CueSet, forms: FormsResult, relevance: number): FormCandidate[] {
  const entries = FORMS.filter((f) => (forms.scores[f] ?? 0) > 0);
  const top = Math.max(0, ...entries.map((f) => forms.scores[f]!));
  const specific = Math.max(0, ...entries.filter((f) => !GENERIC.has(f)).map((f) => forms.scores[f]!));
  return entries.map((form) => {
    const score = forms.scores[form]!;
    const hits = hitsOf(set, `form:${form}`);
    const vector = [
      soft(score),
      score / top,
      score === top ? 1 : 0,
      hits.some((h) => h.start < set.titleEnd) ? 1 : 0,
      soft(new Set(hits.map((h) => h.phrase)).size),
      GENERIC.has(form) && specific > 0 ? score / specific : 0,
      forms.types.includes(form) ? 1 : 0,
      relevance,
      ...FORMS.map((f) => (f === form ? 1 : 0)),
    ];
    return { form, vector };
  });
}
