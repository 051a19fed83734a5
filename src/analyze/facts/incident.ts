// Incident: a specific case (arrest, rescue, raid, trial, a victim's story) against awareness, policy and statistics.
import type { Evidence } from '../../model/analysis.ts';
import { type CueSet, hitsOf, weigh } from '../cues/scan.ts';

/** The incident decision with its cue weights. */
export interface IncidentResult {
  incident: boolean;
  caseScore: number;
  generalScore: number;
  /** The share of each score said in the title. */
  caseTitle: number;
  generalTitle: number;
  evidence: Evidence[];
}

/** How much more case language than general language makes an incident. */
export const INCIDENT_MARGIN = 2;

/** Weighs case cues (title counts double) against general cues; a counted victim adds to the case side. */
export function readIncident(set: CueSet, hasVictimCount: boolean): IncidentResult {
  const caseScore = weigh(set, 'incident', 2, 2) + (hasVictimCount ? 2 : 0);
  const generalScore = weigh(set, 'general', 2, 2);
  const caseTitle = caseScore - (hasVictimCount ? 2 : 0) - weigh(set, 'incident', 1, 2);
  const generalTitle = generalScore - weigh(set, 'general', 1, 2);
  const incident = caseScore - generalScore >= INCIDENT_MARGIN;
  return { incident, caseScore, generalScore, caseTitle, generalTitle, evidence: incidentEvidence(set, incident) };
}

/** Quotes behind an incident decision: case words for a case, general words for the rest. */
export function incidentEvidence(set: CueSet, incident: boolean): Evidence[] {
  return hitsOf(set, incident ? 'incident' : 'general')
    .slice(0, 3)
    .map((h) => ({
      field: 'incident' as const,
      value: incident,
      quote: set.text.slice(h.start, h.end),
      start: h.start,
      end: h.end,
    }));
}
