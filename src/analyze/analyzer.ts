// The analyzer: sequences the pure stages (language, cues, relevance, forms, geo, facts, terms, privacy) over one article.

import { analysedText } from '../lib/analysed-text.ts';
import type { Analysis } from '../model/analysis.ts';
import type { ArticleInput } from '../model/article.ts';
import { type CueSet, scanCues } from './cues/scan.ts';
import { readIncident } from './facts/incident.ts';
import { readMinors } from './facts/minors.ts';
import { countVictims, victimsEvidence } from './facts/victims.ts';
import { classifyForms } from './forms/classify.ts';
import { type GeoIndex, loadGeoIndex, locate } from './geo/index.ts';
import { type LanguageDetector, loadLanguageDetector } from './language/detect.ts';
import { type Lexicon, loadLexicons } from './lexicon.ts';
import { privacyFlags } from './privacy/flags.ts';
import { scoreRelevance } from './relevance/score.ts';
import { languageFlags, loadTermRules, type TermRules } from './terms/flags.ts';

/** The lexicon every text is also read with: English terms turn up in news in every language. */
const PIVOT_LANGUAGE = 'en';

/** A loaded analyzer: every model and lexicon in memory, analysis is synchronous. */
export interface Analyzer {
  analyze(input: ArticleInput & { text: string }): Analysis;
}

/** Loads models and data once. */
export async function loadAnalyzer(): Promise<Analyzer> {
  const detect = await loadLanguageDetector();
  const terms = loadTermRules();
  const lexicons = loadLexicons(undefined, { [PIVOT_LANGUAGE]: terms.cues });
  const geoIndex = loadGeoIndex();
  const models: Models = { detect, lexicons, geoIndex, terms };
  return { analyze: (input) => analyzeOne(models, input) };
}

interface Models {
  detect: LanguageDetector;
  lexicons: Map<string, Lexicon>;
  geoIndex: GeoIndex;
  terms: TermRules;
}

// One article through every stage; stages after relevance run on relevant texts only.
function analyzeOne(m: Models, input: ArticleInput & { text: string }): Analysis {
  const { text, titleEnd } = analysedText(input.title, input.text);
  const language = input.languageHint || m.detect(text);
  const set = scanCues(text, titleEnd, pickLexicons(m.lexicons, language));
  const forms = classifyForms(set);
  const relevance = scoreRelevance(set, forms.top, forms.telltale);
  const geo = locate(text, m.geoIndex, { language, countryHint: input.countryHint, titleEnd });
  const flags = languageFlags(set, m.terms);
  const head = { id: input.id, language, relevant: relevance.relevant, relevance: relevance.score };
  if (!relevance.relevant) {
    const none = { incident: false, types: [], countries: [], places: geo.places, minors: null, victims: null };
    return { ...head, ...none, evidence: relevance.evidence, flags };
  }
  const facts = readFacts(set);
  return {
    ...head,
    incident: facts.incident,
    types: forms.types,
    countries: geo.countries,
    places: geo.places,
    minors: facts.minors,
    victims: facts.victims,
    evidence: [...relevance.evidence, ...facts.incidentEvidence, ...forms.evidence, ...geo.evidence, ...facts.evidence],
    flags: [...flags, ...privacyFlags(text, facts.minors)],
  };
}

/** Incident, minors and victims of a relevant text. */
export function readFacts(set: CueSet) {
  const count = countVictims(set);
  const incident = readIncident(set, !!count && count.score >= 4);
  const minors = readMinors(set);
  return {
    incident: incident.incident,
    incidentEvidence: incident.evidence,
    minors: minors.minors,
    victims: count?.n ?? null,
    evidence: [...minors.evidence, ...(count ? [victimsEvidence(set, count)] : [])],
  };
}

function pickLexicons(all: Map<string, Lexicon>, language: string): Lexicon[] {
  const own = all.get(language);
  const pivot = all.get(PIVOT_LANGUAGE);
  return [own, pivot].filter((l, i, a): l is Lexicon => !!l && a.indexOf(l) === i);
}
