// The decisions: each learned model, where the model file has one, weighs the rules' features; else the rules decide.
import type { Evidence, ExploitationForm } from '../../model/analysis.ts';
import { victimsEvidence } from '../facts/victims.ts';
import { formCandidates } from '../forms/candidates.ts';
import type { FactsReading, Reading } from '../read.ts';
import { relevanceEvidence } from '../relevance/score.ts';
import { incidentVector, minorsVector, relevanceVector } from './features.ts';
import { probability } from './linear.ts';
import type { AnalysisModel } from './model.ts';

/** Probability from which a text is relevant, a form named, a country kept, a text's minors or a count stated. */
export const DECISION_MIN = 0.5;

/** Relevance as a calibrated probability, and the quotes behind the decision. */
export function decideRelevance(r: Reading, model: AnalysisModel): { relevant: boolean; score: number; evidence: Evidence[] } {
  if (!model.relevance) return { relevant: r.relevance.relevant, score: r.relevance.score, evidence: r.relevance.evidence };
  const score = Math.round(probability(model.relevance, relevanceVector(r.relevance, r.forms)) * 1000) / 1000;
  const relevant = score >= DECISION_MIN;
  const evidence =
    relevant === r.relevance.relevant ? r.relevance.evidence : relevanceEvidence(r.set, relevant, r.relevance.caseHits);
  // A text read as relevant on its form words alone cites them.
  if (relevant && !evidence.length) evidence.push(...r.forms.evidence.slice(0, 3));
  return { relevant, score, evidence };
}

/** Forms of exploitation named, strongest first, with a quote for each. */
export function decideForms(r: Reading, model: AnalysisModel, relevance: number): { types: ExploitationForm[]; evidence: Evidence[] } {
  if (!model.forms) return { types: r.forms.types, evidence: r.forms.evidence };
  const scored = formCandidates(r.set, r.forms, relevance)
    .map((c) => ({ form: c.form, p: probability(model.forms!, c.vector) }))
    .filter((c) => c.p >= DECISION_MIN)
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
  const countries = r.geo.candidates.filter((c) => probability(model.countries!, c.vector) >= DECISION_MIN).map((c) => c.cc);
  return { countries, evidence: r.geo.evidenceOf(countries) };
}

/** Whether it reports a specific case. */
export function decideIncident(r: Reading, f: FactsReading, model: AnalysisModel): boolean {
  if (!model.incident) return f.incident.incident;
  return probability(model.incident, incidentVector(f.incident, f.victim?.score ?? 0)) >= DECISION_MIN;
}

/** Children among the victims: null when the text does not say who the victims are. */
export function decideMinors(f: FactsReading, model: AnalysisModel): { minors: boolean | null; evidence: Evidence[] } {
  if (!model.minors || !model.minorsStated) return { minors: f.minors.minors, evidence: f.minors.evidence };
  const x = minorsVector(f.minors);
  if (probability(model.minorsStated, x) < (model.minorsStatedMin ?? DECISION_MIN)) return { minors: null, evidence: [] };
  const minors = probability(model.minors, x) >= DECISION_MIN;
  return { minors, evidence: f.minors.quotes.filter((e) => e.value === minors).slice(0, 3) };
}

/** Victims of the main incident: the count most likely to be theirs, or null when no count is likely enough. */
export function decideVictims(r: Reading, f: FactsReading, model: AnalysisModel): { victims: number | null; evidence: Evidence[] } {
  if (!model.victims) {
    const c = f.victim;
    return { victims: c?.n ?? null, evidence: c ? [victimsEvidence(r.set, c)] : [] };
  }
  let best: { n: number; p: number; v: (typeof f.victimValues)[number] } | undefined;
  for (const v of f.victimValues) {
    const p = probability(model.victims, v.vector);
    if (!best || p > best.p) best = { n: v.n, p, v };
  }
  if (!best || best.p < (model.victimsMin ?? DECISION_MIN)) return { victims: null, evidence: [] };
  return { victims: best.n, evidence: [victimsEvidence(r.set, best.v.best)] };
}
