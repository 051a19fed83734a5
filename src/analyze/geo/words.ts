// The small words the geo stage reads around place names (data/lexicons/places/words.json), by role and language.

import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';
import { escapeRegExp, WORD_CHAR, WORD_END, WORD_START } from '../../lib/text/regexp.ts';

/** Where the geo words are kept. */
export const GEO_WORDS_FILE = dataPath('lexicons', 'places', 'words.json');

/** Roles of the file, each a list of words per language ('*' = any). */
const ROLES = [
  'locative',
  'weak_locative',
  'locative_suffix',
  'place_between',
  'article',
  'people_before',
  'agency_before',
  'place_prefix',
  'title_small',
  'of',
  'fused',
  'and_or',
  'list_article',
  'place_word',
  'in_word',
  'passing_article',
  'passing_word',
  'passing_pair',
  'passing_noun',
  'continent',
  'central_noun',
  'agency_level',
  'agency_noun',
  'designator',
  'subunit',
  'said_after',
  'route_head',
  'speak_verb',
  'speak_degree',
  'language_noun',
  'written_noun',
  'housing_noun',
  'offer_word',
  'promised_word',
  'passing_suffix',
  'passing_after',
  'passing_after_spaced',
  'neighbour_word',
  'neighbour_link',
  'nationality_word',
  'people_ending',
  'example_tail',
  'habit_word',
  'tally_word',
  'partner_head',
  'partner_filler',
  'compass_prefix',
  'glued_prefix',
  'glued_suffix',
  'case_ending',
  'street',
] as const;

/** Roles whose words keep their case (they are matched case-sensitively, or are names). */
const CASED = new Set<string>([
  'continent',
  'central_noun',
  'agency_level',
  'agency_noun',
  'designator',
  'subunit',
  'passing_after',
  'passing_after_spaced',
  'written_noun',
  'housing_noun',
  'offer_word',
]);

/** One role of the file. */
export type GeoRole = (typeof ROLES)[number];

/** The geo words, compiled: per-language sets, every language's words together, and the expressions built from them. */
export interface GeoWords {
  /** Words of a role in one language (lower-cased). */
  byLang: Record<GeoRole, Map<string, Set<string>>>;
  /** Words of a role in any language (lower-cased). */
  any: Record<GeoRole, Set<string>>;
  /** Second words of the two-word passing phrases ("according to"): most mentions follow none of them. */
  pairEnd: Set<string>;
  /** What lies between two members of a list of places (", ", " and ", ", and "). */
  listGap: RegExp;
  /** A continent and "and" right before a mention, or "and" and a continent right after ("Europe and the US"). */
  continentBefore: RegExp;
  continentAfter: RegExp;
  /** "Nigerian police", "Thai authorities" right after a mention. */
  centralAfter: RegExp;
  /** "de nacionalidad colombiana", "of Thai nationality": a nationality word right before a demonym (it names people). */
  nationalityBefore: RegExp;
  /** Endings of a demonym that name people ("Thailänderinnen", "Vietnamesen"), beside the plural "s". */
  peopleEnding: RegExp;
  /** "US customs authorities", "Australian Federal Police" right after a mention. */
  agencyAfter: RegExp;
  /** A word that makes a place name part of a longer one ("Niger State", "Lagos Island"). */
  designator: RegExp;
  /** A district or compass word after a country's name ("Lebanon County", "Timor Tengah Selatan"). */
  subunitAfter: RegExp;
  /** A verb of saying after a name: a person's ("Georgia said"). */
  saidAfter: RegExp;
  /** Words before a list that make it a route ("workers from", "destinos como"). */
  routeHead: RegExp;
  /** After a list: its members are examples ("..., Nigeria and Yemen, among others"). */
  exampleTail: RegExp;
  /** Before a list: what usually happens, not the story ("victims are most often from ..."). */
  habitHead: RegExp;
  /** A sentence's words that tally a period's cases ("so far this year", "с начала года"); global, for matchAll. */
  tallyWord: RegExp;
  /** A language's name after a verb of speaking ("spoke only Spanish"). */
  speakBefore: RegExp;
  /** A language's name before "speaking", "lessons" ("Spanish-speaking"), or closing "in Spanish." */
  languageAfter: RegExp;
  /** Things written in languages ("posters in Ukrainian and Russian"). */
  writtenIn: RegExp;
  /** Housing offered or promised before a place, or housing then the promise after it. */
  housingLure: RegExp;
  housingBefore: RegExp;
  promisedAfter: RegExp;
  /** "US-based", "the US embassy", "US dollars" right after a mention. */
  passingAfter: RegExp;
  /** "a referral from the", "en colaboración con la policía de": a partner or referring agency's country comes next.
   * Head phrases and filler words as lower-cased words joined by one space (matched word by word, from the end). */
  partnerHeads: Set<string>;
  /** The last word of each head phrase (a text whose last word is none of these ends with no head). */
  partnerHeadEnds: Set<string>;
  partnerFillers: Set<string>;
  /** Most words of a head phrase. */
  partnerHeadWords: number;
  /** The earlier members of a list of names and their gaps, right before a later member. */
  listHead: RegExp;
  /** Prefixes and endings glued to a name, per language whose script glues them (glued_prefix, glued_suffix). */
  gluedPrefix: Map<string, RegExp>;
  gluedSuffix: Map<string, RegExp>;
  /** What may follow the last word of a name of two or more in a script that glues endings on: one or two of them
   * ("उत्तर प्रदेशमा", "पश्चिम बंगालसम्मको"). */
  gluedTail: Map<string, RegExp>;
}

/** Reads and compiles the geo words; a missing or malformed file is an error naming it. */
export function loadGeoWords(file = GEO_WORDS_FILE): GeoWords {
  let raw: Record<string, Record<string, string[]>>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the geo words (${(e as Error).message})`);
  }
  const byLang = {} as GeoWords['byLang'];
  const any = {} as GeoWords['any'];
  for (const role of ROLES) {
    const entry = raw[role];
    if (!entry || typeof entry !== 'object') throw new Error(`${file}: missing role "${role}"`);
    byLang[role] = new Map();
    any[role] = new Set();
    for (const [lang, words] of Object.entries(entry)) {
      if (lang === '$comment') continue;
      if (!Array.isArray(words) || !words.every((w) => typeof w === 'string'))
        throw new Error(`${file}: ${role}.${lang} must be a list of words`);
      const set = new Set(words.map((w) => (CASED.has(role) ? w : w.toLowerCase())));
      byLang[role].set(lang, set);
      for (const w of set) any[role].add(w);
    }
  }
  return compile(byLang, any);
}

// Word edges in every script: `\b` knows ASCII letters only (no edge around "đến từ" or "родом из").
const B = WORD_START;
const E = WORD_END;

function compile(byLang: GeoWords['byLang'], any: GeoWords['any']): GeoWords {
  const alt = (role: GeoRole, space = ' ') => [...any[role]].map((w) => pattern(w, space)).join('|');
  const and = alt('and_or');
  const gap = `(?:\\s*,\\s*|\\s+(?:${and})\\s+|\\s*,\\s*(?:${and})\\s+)`;
  const continent = `(?:${alt('continent')})`;
  const articles = [...any.list_article].map((w) => `${escapeRegExp(w)}\\s+`).join('|');
  const housing = alt('housing_noun');
  // "the United States' 2016 Trafficking in Persons Report": a report's year may stand between.
  const year = '(?:(?:19|20)\\d\\d\\s+)?';
  return {
    byLang,
    any,
    pairEnd: new Set([...any.passing_pair].map((p) => p.split(' ')[1]!)),
    // "le Gabon, le Nigeria, la Côte d'Ivoire et le Congo": an article may open each member.
    listGap: new RegExp(`^${gap}(?:${articles})?$`, 'u'),
    continentBefore: new RegExp(`${B}${continent}${gap}(?:${articles})?$`, 'u'),
    // Not a country whose name starts with a continent's ("Afrika Selatan", "South Africa" read from its first word).
    continentAfter: new RegExp(`^${gap}(?:the\\s+)?${continent}${E}(?![ \\t]+\\p{Lu})`, 'u'),
    centralAfter: new RegExp(`^['’]?s?\\s+(?:${alt('central_noun')})${E}`, 'u'),
    nationalityBefore: new RegExp(`${B}(?:${alt('nationality_word')})\\s+$`, 'iu'),
    peopleEnding: new RegExp(`(?:${alt('people_ending')})$`, 'u'),
    agencyAfter: new RegExp(`^['’]?s?\\s+(?:(?:${alt('agency_level')})\\s+)?(?:${alt('agency_noun')})${E}`, 'u'),
    designator: new RegExp(`^(?:${alt('designator')})$`, 'u'),
    subunitAfter: new RegExp(`^[ \\t]+(?:${alt('subunit')})${E}`, 'u'),
    saidAfter: new RegExp(`^\\s+(?:${alt('said_after')})${E}`, 'u'),
    routeHead: new RegExp(`${B}(?:${alt('route_head', '\\s+')})${E}[^.;:!?]{0,12}$`, 'iu'),
    exampleTail: new RegExp(`^[\\s,]*(?:${alt('example_tail', '\\s+')})${E}`, 'iu'),
    habitHead: new RegExp(`${B}(?:${alt('habit_word', '\\s+')})${E}[^.;:!?]{0,30}$`, 'iu'),
    tallyWord: new RegExp(`${B}(?:${alt('tally_word', '\\s+')})${E}`, 'giu'),
    speakBefore: new RegExp(`${B}(?:${alt('speak_verb')})\\s+(?:(?:${alt('speak_degree')})\\s+)?$`, 'iu'),
    languageAfter: new RegExp(`^(?:[\\s-]+(?:${alt('language_noun')})${E}|\\s*[.,;:)])`, 'u'),
    writtenIn: new RegExp(
      `${B}(?:${alt('written_noun')})\\s+(?:${alt('in_word')})\\s+(?:\\p{L}+(?:\\s*,\\s*|\\s+(?:${and})\\s+))*$`,
      'iu',
    ),
    housingLure: new RegExp(
      `${B}(?:${alt('offer_word')})${E}[^.;:!?]{0,50}${B}(?:${housing})${E}[^.;:!?]{0,25}$`,
      'iu',
    ),
    housingBefore: new RegExp(`${B}(?:${housing})${E}[^.;:!?]{0,25}$`, 'iu'),
    promisedAfter: new RegExp(`^[^.;:!?]{0,30}${B}(?:${alt('promised_word')})${E}`, 'iu'),
    passingAfter: new RegExp(
      `^(?:[\\s-]*(?:${alt('passing_suffix')})${E}|\\.?\\s?\\$|['’]?s?(?:\\s+|-)${year}(?:${alt('passing_after')})${E}|\\s+${year}(?:${alt('passing_after_spaced')})${E})`,
      'u',
    ),
    partnerHeads: new Set([...any.partner_head].map(plainWords)),
    partnerHeadEnds: new Set([...any.partner_head].map((h) => plainWords(h).split(' ').pop()!)),
    partnerFillers: new Set([...any.partner_filler].map(plainWords)),
    partnerHeadWords: Math.max(0, ...[...any.partner_head].map((h) => plainWords(h).split(' ').length)),
    // Case-sensitive: the names before a list's later member ("Austrije i " in "pod vodstvom Austrije i Rumunjske").
    listHead: new RegExp(`(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}${gap})+$`, 'u'),
    gluedPrefix: glued(byLang.glued_prefix, (a) => `^(?:${a})`),
    gluedSuffix: glued(byLang.glued_suffix, (a) => `(?:${a})$`),
    gluedTail: glued(byLang.glued_suffix, (a) => `^(?:${a}){1,2}$`),
  };
}

/** A phrase as its lower-cased words joined by one space ("avec l'appui de" → "avec l appui de"). */
export function plainWords(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean)
    .join(' ');
}

// Per language, one expression of its glued affixes, longest first (so the longest that fits is the one taken).
function glued(lists: Map<string, Set<string>>, wrap: (alternatives: string) => string): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const [lang, words] of lists) {
    const alts = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
    if (alts.length) out.set(lang, new RegExp(wrap(alts.join('|')), 'u'));
  }
  return out;
}

// A word list entry as an expression: "destin*" is any word starting so; spaces between words as `space`.
function pattern(w: string, space: string): string {
  const star = w.endsWith('*');
  const body = (star ? w.slice(0, -1) : w).split(' ').map(escapeRegExp).join(space);
  return star ? `${body}${WORD_CHAR}*` : body;
}

/** Whether a word has the role in the language (or in any language when `lang` is '*'). */
export function hasWord(words: GeoWords, role: GeoRole, word: string, lang = '*'): boolean {
  return lang === '*' ? words.any[role].has(word) : (words.byLang[role].get(lang)?.has(word) ?? false);
}
