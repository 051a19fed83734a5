// The decisions: each learned model, where the model file has one, weighs the rules' features; else the rules decide.
import type { Evidence, ExploitationForm } from '../../model/analysis.ts';
import { INCIDENT_MARGIN } from '../facts/incident.ts';
import { victimsEvidence } from '../facts/victims.ts';
import { formCandidates } from '../forms/candidates.ts';
import type { FactsReading, Reading } from '../read.ts';
import { NO_CORE_CEILING, relevanceEvidence } from '../relevance/score.ts';
import { incidentVector, minorsVector, relevanceVector } from './features.ts';
import { probability } from './linear.ts';
import type { AnalysisModel } from './model.ts';

/** Probability from which a text is relevant, a form named, a country kept, a text's minors or a count stated. */
export const DECISION_MIN = 0.5;
/**
 * How sure a learned model must be to overrule the rules on a form, a country or the incident (chosen by k-fold
 * cross-validation: with a few hundred articles the models correct the rules' clear mistakes, not their close calls).
 */
export const OVERRULE = 0.2;

/** How sure the minors model must be to overrule the rules (it reads child and adult cues better than their thresholds). */
const MINORS_OVERRULE = 0.05;

/** How much likelier another count must be than the rules' count to replace it. */
const VICTIMS_OVERRULE = 0.2;

/** The rules' yes or no, turned over only when the model is sure enough of the other answer. */
export function combine(rule: boolean, p: number, margin = OVERRULE): boolean {
  return rule ? p >= DECISION_MIN - margin : p >= DECISION_MIN + margin;
}

/** Relevance as a calibrated probability, and the quotes behind the decision. */
export function decideRelevance(
  r: Reading,
  model: AnalysisModel,
): { relevant: boolean; score: number; evidence: Evidence[] } {
  if (!model.relevance)
    return { relevant: r.relevance.relevant, score: r.relevance.score, evidence: r.relevance.evidence };
  const p = probability(model.relevance, relevanceVector(r.relevance));
  // No word for trafficking or exploitation, and no telling form with coercion: never relevant, whatever the odds.
  const score = Math.round((r.relevance.core ? p : Math.min(p, NO_CORE_CEILING)) * 1000) / 1000;
  const relevant = score >= DECISION_MIN;
  const evidence =
    relevant === r.relevance.relevant ? r.relevance.evidence : relevanceEvidence(r.set, relevant, r.relevance.caseHits);
  // A text read as relevant on its form words alone cites them.
  if (relevant && !evidence.length) evidence.push(...r.forms.evidence.slice(0, 3));
  return { relevant, score, evidence };
}

/** Forms of exploitation named, strongest first, with a quote for each. */
export function decideForms(r: Reading, model: AnalysisModel): { types: ExploitationForm[]; evidence: Evidence[] } {
  if (!model.forms) return { types: r.forms.types, evidence: r.forms.evidence };
  const scored = formCandidates(r.set, r.forms, r.relevance.score)
    .map((c) => ({ form: c.form, p: probability(model.forms!, c.vector) }))
    .filter((c) => combine(r.forms.types.includes(c.form), c.p))
    .sort((a, b) => b.p - a.p);
  if (!scored.length) return { types: ['unspecified'], evidence: [] };
  const types = scored.map((c) => c.form);
  const evidence = types.flatMap((form) => formQuotes(r, form));
  return { types, evidence };
}

function formQuotes(r: Reading, form: ExploitationForm): Evidence[] {
  const known = r.forms.evidence.filter((e) => e.value === form);
  if (known.length) return known;
  const h = r.set.byCat.get(`form:${form}`)?.[0];
  return h ? [{ field: 'types', value: form, quote: r.text.slice(h.start, h.end), start: h.start, end: h.end }] : [];
}

/** Countries kept, in the rules' order of centrality, each with its quote. */
export function decideCountries(r: Reading, model: AnalysisModel): { countries: string[]; evidence: Evidence[] } {
  if (!model.countries) return { countries: r.geo.countries, evidence: r.geo.evidence };
  const countries = r.geo.candidates
    .filter((c) => combine(r.geo.countries.includes(c.cc), probability(model.countries!, c.vector)))
    .map((c) => c.cc);
  return { countries, evidence: r.geo.evidenceOf(countries) };
}

/** Whether it reports a specific case. */
export function decideIncident(f: FactsReading, model: AnalysisModel): boolean {
  if (!model.incident) return f.incident.incident;
  return combine(f.incident.incident, probability(model.incident, incidentVector(f.incident, f.victim?.score ?? 0)));
}

/** Children among the victims: null when the text does not say who the victims are. */
export function decideMinors(f: FactsReading, model: AnalysisModel): { minors: boolean | null; evidence: Evidence[] } {
  // The rules abstain when no child or adult words or ages are said of anyone: then the text does not tell.
  if (!model.minors || f.minors.minors === null) return { minors: f.minors.minors, evidence: f.minors.evidence };
  // Who the victims are is weighed by the model alone: it reads the child and adult cues better than the rules' thresholds.
  const minors = combine(f.minors.minors, probability(model.minors, minorsVector(f.minors)), MINORS_OVERRULE);
  return { minors, evidence: f.minors.quotes.filter((e) => e.value === minors).slice(0, 3) };
}

/** Victims of the main incident: the count most likely to be theirs, or null when no count is likely enough. */
export function decideVictims(
  r: Reading,
  f: FactsReading,
  model: AnalysisModel,
): { victims: number | null; evidence: Evidence[] } {
  if (!model.victims) {
    const c = f.victim;
    return { victims: c?.n ?? null, evidence: c ? [victimsEvidence(r.set, c)] : [] };
  }
  let best: { n: number; p: number; v: (typeof f.victimValues)[number] } | undefined;
  let ruled: typeof best;
  for (const v of f.victimValues) {
    const p = probability(model.victims, v.vector);
    if (!best || p > best.p) best = { n: v.n, p, v };
    if (v.n === f.victim?.n) ruled = { n: v.n, p, v };
  }
  // The rules' count stands unless another is clearly likelier.
  if (ruled && best && best.p - ruled.p < VICTIMS_OVERRULE) best = ruled;
  if (!best || (best !== ruled && best.p < (model.victimsMin ?? DECISION_MIN))) return { victims: null, evidence: [] };
  return { victims: best.n, evidence: [victimsEvidence(r.set, best.v.best)] };
}

/** Smallest count that, in a text telling no case, is read as a total rather than a case's victims. */
const STATISTIC_MIN = 100;

/**
 * Victims only of a case: a text that reports none and speaks of reports, statistics and policy more than of a case (by the
 * incident margin, so that a case told in weak case words keeps its count) has no
 * main incident whose victims it counts (its figures are totals or estimates), so the count is withheld. The story of one
 * person (a stated age, one rescued) still stands.
 */
export function victimsOfCase(
  incident: boolean,
  f: FactsReading,
  v: { victims: number | null; evidence: Evidence[] },
): { victims: number | null; evidence: Evidence[] } {
  if (incident || v.victims === null) return v;
  // A figure in the hundreds or more in a text that tells no case is a total or an estimate, whatever the margin.
  if (v.victims >= STATISTIC_MIN) return { victims: null, evidence: [] };
  if (f.incident.generalScore - f.incident.caseScore < INCIDENT_MARGIN) return v;
  const onePerson = !!f.victim && !f.victim.cues && f.victim.n === v.victims;
  return onePerson ? v : { victims: null, evidence: [] };
}
