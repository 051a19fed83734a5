// The rule stages over one article: cues, forms, relevance, places, facts, each with the features the learned decisions weigh.
import { analysedText } from '../lib/analysed-text.ts';
import { asciiForms } from '../lib/text/forms.ts';
import type { ArticleInput } from '../model/article.ts';
import { type CueSet, scanCues } from './cues/scan.ts';
import { MAX_TOKENS } from './cues/tokens.ts';
import { type VictimValue, victimValues } from './facts/counts.ts';
import { type IncidentResult, readIncident } from './facts/incident.ts';
import { type MinorsResult, readMinors } from './facts/minors.ts';
import { countVictims, type VictimCount } from './facts/victims.ts';
import { classifyForms, type FormsResult } from './forms/classify.ts';
import { type GeoIndex, type GeoResult, locate } from './geo/index.ts';
import type { LanguageDetector } from './language/detect.ts';
import type { RelatedMasker } from './language/related-lines.ts';
import type { LanguageTags } from './language/tags.ts';
import type { Lexicon, Lexicons } from './lexicon.ts';
import { type RelevanceResult, scoreRelevance } from './relevance/score.ts';

/** The lexicon every text is also read with: English terms turn up in news in every language. */
export const PIVOT_LANGUAGE = 'en';

/** What the rule stages need loaded. */
export interface Readers {
  detect: LanguageDetector;
  /** Blanks "Read also: …" lines (another story's headline). */
  related: RelatedMasker;
  /** Reads a language tag ("zh-CN", "nb") as the code lexicons and place words are keyed by. */
  tags: LanguageTags;
  lexicons: Lexicons;
  geoIndex: GeoIndex;
}

/** What the rules read in one article, before the decisions. */
export interface Reading {
  id: string;
  /** The text the stages read: full-width forms and CJK commas in ASCII (lib/text/forms.ts), offsets as written. */
  text: string;
  /** The text as written (related-story lines blanked): quotes are cut from it. */
  written: string;
  language: string;
  set: CueSet;
  forms: FormsResult;
  relevance: RelevanceResult;
  geo: GeoResult;
}

/** The facts of a text read as relevant (or of any text, when training). */
export interface FactsReading {
  incident: IncidentResult;
  /** The rules' count and its score (0 when none). */
  victim: VictimCount | null;
  victimValues: VictimValue[];
  minors: MinorsResult;
}

/** Runs the stages every text goes through: language, cues, forms, relevance, places. */
export function readArticle(r: Readers, input: ArticleInput & { text: string }): Reading {
  const analysed = analysedText(input.title, input.text);
  const written = r.related(analysed.text);
  // ("女子高校生（16）", "女性１２人": brackets, commas and digits of the full-width forms read as ASCII ones.)
  const text = asciiForms(written);
  const titleEnd = analysed.titleEnd;
  // A feed's tag when it names a language ("pt-BR" is pt), else the detected one; both read through the same aliases.
  const language = r.tags(input.languageHint) ?? r.tags(r.detect(written)) ?? 'und';
  const set = scanCues(text, titleEnd, pickLexicons(r.lexicons, language));
  const forms = classifyForms(set);
  const relevance = scoreRelevance(set, forms.top, forms.telltale);
  // The cue tokens are every word of the text unless the text ran past their cap: then geo cuts its own.
  const spans = set.tokens.length < MAX_TOKENS ? set.tokens : undefined;
  const geo = locate(text, r.geoIndex, { language, countryHint: input.countryHint, titleEnd, spans });
  // The facts read nationality words as people ("15 bolivianos"): the places stage found them. Set on the set itself:
  // a copy would be an object of a second shape, which every stage reading sets would then have to handle.
  set.people = geo.people;
  set.nationals = geo.nationals;
  return { id: input.id, text, written, language, set, forms, relevance, geo };
}

/** Reads the facts: incident, the counts of people, minors; every count's features only when asked (training, a model). */
export function readFactsOf(set: CueSet, values = false): FactsReading {
  const victim = countVictims(set);
  return {
    incident: readIncident(set, !!victim && victim.score >= 4),
    victim,
    victimValues: values ? victimValues(set, victim?.n) : [],
    minors: readMinors(set),
  };
}

function pickLexicons(all: Lexicons, language: string): Lexicon[] {
  // The same few languages come up text after text: their lists are made once per set of lexicons (never changed by
  // the stages, so one list serves every text of a language).
  let byLanguage = picked.get(all);
  if (!byLanguage) {
    byLanguage = new Map();
    picked.set(all, byLanguage);
  }
  let list = byLanguage.get(language);
  if (!list) {
    list = lexiconsFor(all, language);
    byLanguage.set(language, list);
  }
  return list;
}

/** The lexicon lists already picked, by set of lexicons and language. */
const picked = new WeakMap<Lexicons, Map<string, Lexicon[]>>();

// The text's own lexicon, then the pivot's (once when they are the same); none for a language without one.
function lexiconsFor(all: Lexicons, language: string): Lexicon[] {
  const own = all.get(language);
  const pivot = all.get(PIVOT_LANGUAGE);
  return [own, pivot].filter((l, i, a): l is Lexicon => !!l && a.indexOf(l) === i);
}
