// The small words the geo stage reads around place names (data/lexicons/places/words.json), by role and language.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';

/** Where the geo words are kept. */
export const GEO_WORDS_FILE = dataPath('lexicons', 'places', 'words.json');

/** Roles of the file, each a list of words per language ('*' = any). */
const ROLES = [
  'locative',
  'weak_locative',
  'place_between',
  'article',
  'people_before',
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
] as const;

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
      if (!Array.isArray(words) || !words.every((w) => typeof w === 'string'))
        throw new Error(`${file}: ${role}.${lang} must be a list of words`);
      const set = new Set(words.map((w) => (role === 'continent' ? w : w.toLowerCase())));
      byLang[role].set(lang, set);
      for (const w of set) any[role].add(w);
    }
  }
  return compile(byLang, any);
}

function compile(byLang: GeoWords['byLang'], any: GeoWords['any']): GeoWords {
  const alt = (set: Set<string>) => [...set].map(escapeRe).join('|');
  const and = alt(any.and_or);
  const gap = `(?:\\s*,\\s*|\\s+(?:${and})\\s+|\\s*,\\s*(?:${and})\\s+)`;
  const continent = `(?:${alt(any.continent)})`;
  const articles = [...any.list_article].map((w) => `${escapeRe(w)}\\s+`).join('|');
  return {
    byLang,
    any,
    pairEnd: new Set([...any.passing_pair].map((p) => p.split(' ')[1]!)),
    listGap: new RegExp(`^${gap}$`),
    continentBefore: new RegExp(`\\b${continent}${gap}(?:${articles})?$`, 'u'),
    // Not a country whose name starts with a continent's ("Afrika Selatan", "South Africa" read from its first word).
    continentAfter: new RegExp(`^${gap}(?:the\\s+)?${continent}\\b(?![ \\t]+\\p{Lu})`, 'u'),
  };
}

function escapeRe(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a word has the role in the language (or in any language when `lang` is '*'). */
export function hasWord(words: GeoWords, role: GeoRole, word: string, lang = '*'): boolean {
  return lang === '*' ? words.any[role].has(word) : (words.byLang[role].get(lang)?.has(word) ?? false);
}
