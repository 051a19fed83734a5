// The analyzer: sequences the pure stages (language, relevance, forms, geo, facts, terms) over one article.
import type { Analysis } from '../model/analysis.ts';
import type { ArticleInput } from '../model/article.ts';
import { extractFacts } from './facts/facts.ts';
import { classifyForms } from './forms/classify.ts';
import { loadGeoIndex, locate } from './geo/index.ts';
import { type LanguageDetector, loadLanguageDetector } from './language/detect.ts';
import { type Lexicon, loadLexicons } from './lexicon.ts';
import { scoreRelevance } from './relevance/score.ts';
import { languageFlags, loadTermRules } from './terms/flags.ts';

/** Longest text analysed (characters); the rest of a very long article is ignored. */
export const MAX_ANALYSIS_CHARS = 200_000;

/** A loaded analyzer: every model and lexicon in memory, analysis is synchronous. */
export interface Analyzer {
  analyze(input: ArticleInput & { text: string }): Analysis;
}

/** Loads models and data once. */
export async function loadAnalyzer(): Promise<Analyzer> {
  const detect = await loadLanguageDetector();
  const lexicons = loadLexicons();
  const geoIndex = loadGeoIndex();
  const terms = loadTermRules();
  return {
    analyze(input) {
      const { text, titleEnd } = analysedText(input.title, input.text);
      const language = input.languageHint || detect(text);
      const lex = pickLexicons(lexicons, language, detect);
      const relevance = scoreRelevance(text, titleEnd, lex);
      const forms = relevance.relevant ? classifyForms(text, lex) : { types: [], evidence: [] };
      const geo = locate(text, geoIndex, { language, countryHint: input.countryHint, titleEnd });
      const facts = relevance.relevant
        ? extractFacts(text, lex)
        : { incident: false, minors: null, victims: null, evidence: [] };
      return {
        id: input.id,
        language,
        relevant: relevance.relevant,
        relevance: relevance.score,
        incident: facts.incident,
        types: forms.types,
        countries: relevance.relevant ? geo.countries : [],
        places: geo.places,
        minors: facts.minors,
        victims: facts.victims,
        evidence: [...relevance.evidence, ...forms.evidence, ...geo.evidence, ...facts.evidence],
        flags: languageFlags(text, terms),
      };
    },
  };
}

/** The text the offsets refer to: the title, a blank line, then the body (title skipped if the body starts with it). */
export function analysedText(title: string | undefined, body: string): { text: string; titleEnd: number } {
  const t = (title ?? '').trim();
  const b = body.slice(0, MAX_ANALYSIS_CHARS);
  if (!t || b.trimStart().startsWith(t)) return { text: b, titleEnd: t ? b.indexOf(t) + t.length : 0 };
  return { text: `${t}\n\n${b}`, titleEnd: t.length };
}

function pickLexicons(all: Map<string, Lexicon>, language: string, _detect: LanguageDetector): Lexicon[] {
  const own = all.get(language);
  const en = all.get('en');
  return [own, en].filter((l, i, a): l is Lexicon => !!l && a.indexOf(l) === i);
}
