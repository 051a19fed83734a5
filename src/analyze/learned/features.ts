// Feature vectors of the learned decisions, built from what the rule stages already read (names match the model file).
import type { FormsResult } from '../forms/classify.ts';
import type { IncidentResult } from '../facts/incident.ts';
import type { MinorsResult } from '../facts/minors.ts';
import type { RelevanceResult } from '../relevance/score.ts';
import { soft } from './linear.ts';

/** Names of the relevance features, in vector order. */
export const RELEVANCE_FEATURES = [
  'tip',
  'exploit',
  'described',
  'personTraffic',
  'neutralTraffic',
  'goodsTraffic',
  'goods',
  'neg',
  'smuggle',
  'sexwork',
  'coercion',
  'history',
  'formOther',
  'formSexual',
  'telltale',
  'core',
  'rules',
];

/** Largest rule log-odds passed on (beyond it the rules are sure either way). */
const RULES_CLIP = 8;

/** The relevance vector: each cue family's summed weight (softened), the forms' strength, and the rules' own log-odds. */
export function relevanceVector(r: RelevanceResult, forms: FormsResult): number[] {
  const f = r.features;
  return [
    soft(f.tip),
    soft(f.exploit),
    soft(f.described),
    soft(f.personTraffic),
    soft(f.neutralTraffic),
    soft(f.goodsTraffic),
    soft(f.goods),
    soft(f.neg),
    soft(f.smuggle),
    soft(f.sexwork),
    soft(f.coercion),
    soft(f.history),
    soft(forms.top),
    soft(forms.scores.sexual ?? 0),
    soft(forms.telltale),
    r.core ? 1 : 0,
    Math.max(-RULES_CLIP, Math.min(RULES_CLIP, r.raw)),
  ];
}

/** Names of the incident features, in vector order. */
export const INCIDENT_FEATURES = ['case', 'general', 'caseTitle', 'generalTitle', 'victimCount', 'victimScore', 'rules'];

/** The incident vector: case words against general words, in the title and in all, and how firmly victims are counted. */
export function incidentVector(r: IncidentResult, victimScore: number): number[] {
  return [
    soft(r.caseScore),
    soft(r.generalScore),
    soft(r.caseTitle),
    soft(r.generalTitle),
    victimScore >= 4 ? 1 : 0,
    soft(victimScore),
    Math.max(-RULES_CLIP, Math.min(RULES_CLIP, r.caseScore - r.generalScore)),
  ];
}

/** Names of the minors features, in vector order. */
export const MINORS_FEATURES = ['minor', 'adult', 'childAge', 'adultAge', 'sure', 'minorTitle', 'adultTitle'];

/** The minors vector: child words against adult words, stated ages, a minor said outright. */
export function minorsVector(r: MinorsResult): number[] {
  return [
    soft(r.minorScore),
    soft(r.adultScore),
    r.childAge ? 1 : 0,
    r.adultAge ? 1 : 0,
    r.said ? 1 : 0,
    r.minorTitle ? 1 : 0,
    r.adultTitle ? 1 : 0,
  ];
}
