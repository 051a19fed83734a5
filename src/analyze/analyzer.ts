// The analyzer: the rule stages read an article (read.ts), then each decision is made by its learned model and the rules.

import type { Analysis } from '../model/analysis.ts';
import type { ArticleInput } from '../model/article.ts';
import { MAX_TOKENS } from './cues/tokens.ts';
import { incidentEvidence } from './facts/incident.ts';
import { victimOrigins } from './facts/origins.ts';
import { sharedGeoIndex } from './geo/index.ts';
import { loadLanguageDetector } from './language/detect.ts';
import { loadRelatedMasker } from './language/related-lines.ts';
import { loadLanguageTags } from './language/tags.ts';
import {
  decideCountries,
  decideForms,
  decideIncident,
  decideMinors,
  decideRelevance,
  decideVictims,
  victimsOfCase,
} from './learned/decide.ts';
import { type AnalysisModel, loadModel } from './learned/model.ts';
import { loadLexicons } from './lexicon.ts';
import { privacyFlags } from './privacy/flags.ts';
import { PIVOT_LANGUAGE, type Readers, type Reading, readArticle, readFactsOf } from './read.ts';
import { languageFlags, loadTermRules, type TermRules } from './terms/flags.ts';

/** A loaded analyzer: every model and lexicon in memory, analysis is synchronous. */
export interface Analyzer {
  analyze(input: ArticleInput & { text: string }): Analysis;
}

/** Everything an analysis needs in memory. */
export interface Loaded extends Readers {
  terms: TermRules;
  model: AnalysisModel;
}

/** Loads lexicons, gazetteer, language model and the learned weights once (`model` replaces the committed weights). */
export async function loadAnalyzer(options: { model?: AnalysisModel } = {}): Promise<Analyzer> {
  const loaded = await loadParts(options.model);
  return { analyze: (input) => analyzeWith(loaded, input) };
}

/** The loaded parts, for tools that run the stages themselves (training, cross-validation). */
export async function loadParts(model?: AnalysisModel): Promise<Loaded> {
  const detect = await loadLanguageDetector();
  const terms = loadTermRules();
  const lexicons = loadLexicons(undefined, { [PIVOT_LANGUAGE]: terms.cues });
  return {
    detect,
    related: loadRelatedMasker(),
    tags: loadLanguageTags(),
    lexicons,
    geoIndex: sharedGeoIndex(),
    terms,
    model: model ?? loadModel(),
  };
}

/** The text's tokens when they cover all of it (they stop at a cap on very long texts). */
function wholeText(r: Reading): readonly string[] | undefined {
  return r.set.tokens.length < MAX_TOKENS ? r.set.tokens.lower : undefined;
}

/** One article through every stage; the facts are read for relevant texts only. */
export function analyzeWith(m: Loaded, input: ArticleInput & { text: string }): Analysis {
  const r = readArticle(m, input);
  const rel = decideRelevance(r, m.model);
  const flags = languageFlags(r.set, m.terms);
  const head = { id: input.id, language: r.language, relevant: rel.relevant, relevance: rel.score };
  if (!rel.relevant) {
    const none = { incident: false, types: [], countries: [], places: r.geo.places, minors: null, victims: null };
    return { ...head, ...none, evidence: asWritten(r, rel.evidence), flags: asWritten(r, flags) };
  }
  const f = readFactsOf(r.set, !!m.model.victims);
  const forms = decideForms(r, m.model);
  const geo = decideCountries(r, m.model);
  const minors = decideMinors(f, m.model);
  const incident = decideIncident(f, m.model);
  const victims = victimsOfCase(incident, f, decideVictims(r, f, m.model));
  const incidentQuotes = incident === f.incident.incident ? f.incident.evidence : incidentEvidence(r.set, incident);
  return {
    ...head,
    incident,
    types: forms.types,
    countries: geo.countries,
    places: r.geo.places,
    minors: minors.minors,
    victims: victims.victims,
    origins: victimOrigins(r.set, r.geo.nationals, r.geo.nationalCountries, r.geo.places),
    // concat, not spreads: spreads compiled for lists of one hidden class deoptimise on an empty list of another.
    evidence: asWritten(
      r,
      rel.evidence.concat(incidentQuotes, forms.evidence, geo.evidence, minors.evidence, victims.evidence),
    ),
    flags: asWritten(r, flags.concat(privacyFlags(r.text, minors.minors, wholeText(r)))),
  };
}

/** Quotes as written: the stages read full-width forms as ASCII ("（16）" as "(16)"), at the same offsets. */
function asWritten<T extends { quote: string; start: number; end: number }>(r: Reading, list: T[]): T[] {
  if (r.written === r.text) return list;
  return list.map((e) =>
    e.start >= 0 && r.text.slice(e.start, e.end) === e.quote ? { ...e, quote: r.written.slice(e.start, e.end) } : e,
  );
}
