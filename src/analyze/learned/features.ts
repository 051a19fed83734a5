// Feature vectors of the learned decisions, built from what the rule stages already read (names match the model file).
import type { IncidentResult } from '../facts/incident.ts';
import type { MinorsResult } from '../facts/minors.ts';
import type { RelevanceResult } from '../relevance/score.ts';
import { soft } from './linear.ts';

/**
 * Names of the relevance features: the rules' log-odds alone, so the learned model calibrates the rules' score into a
 * probability (Platt scaling). k-fold cross-validation on dev + dev2 (npm run cv) tried the cue families as features
 * too (all seventeen, and compact sets): they fitted the few hundred articles and read held-out ones worse.
 */
export const RELEVANCE_FEATURES = ['rules'];

/** Largest rule log-odds passed on (beyond it the rules are sure either way). */
const RULES_CLIP = 8;

/** The relevance vector: the rules' log-odds, clipped (the rules' ceiling for texts without a core word is kept apart). */
export function relevanceVector(r: RelevanceResult): number[] {
  return [Math.max(-RULES_CLIP, Math.min(RULES_CLIP, r.raw))];
}

/** Names of the incident features, in vector order. */
export const INCIDENT_FEATURES = [
  'case',
  'general',
  'caseTitle',
  'generalTitle',
  'victimCount',
  'victimScore',
  'rules',
];

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
