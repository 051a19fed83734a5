// The settings of a case (data/stories/settings.json): the kind of place or work where its victims were found or
// exploited — a garlic farm, a fishing boat, a scam compound — named in each language, so that two reports of one
// case in two languages, which share few words, still share what the case was about.
import { readFileSync } from 'node:fs';
import { dataPath } from '../lib/paths.ts';
import { fold } from './incident-names.ts';

/** One entry of a concept: its folded words, each a whole word or a stem ("fabryk*"). */
interface Entry {
  concept: string;
  words: string[];
}

/** A language's entries, by their first word (whole words) or by the first letters of a first-word stem. */
interface Lexicon {
  byWord: Map<string, Entry[]>;
  byStem: Map<string, Entry[]>;
  /** Languages written without spaces (Thai, Khmer): entries looked for as substrings. */
  substrings: Entry[];
}

/** Letters of a stem that index it (stems are at least this long). */
const STEM_KEY = 4;
/** Languages written without spaces between words. */
const UNSPACED = new Set(['th', 'km']);
/** Languages read with another's entries (Malay news with the Indonesian words). */
const SAME_WORDS: Record<string, string> = { ms: 'id' };
/** Arabic openings glued to a word ("بالمزرعة", "في المصنع"): the word is tried without them too. */
const ARABIC_PREFIXES = ['بال', 'وال', 'لل', 'ال', 'في', 'ب', 'و'];
/** Most tokens read per report: settings are named near the top. */
const MAX_TOKENS = 4000;

let lexicons: Map<string, Lexicon> | undefined;

/** The settings a text names (concept ids, sorted), read with its language's words; none for a language unlisted. */
export function caseSettings(text: string, language: string): string[] {
  lexicons ??= load();
  const lex = lexicons.get(SAME_WORDS[language] ?? language);
  if (!lex) return [];
  const folded = fold(text);
  const found = new Set<string>();
  for (const e of lex.substrings) if (folded.includes(e.words.join(' ').replace(/\*/g, ''))) found.add(e.concept);
  const tokens = folded
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TOKENS);
  for (let i = 0; i < tokens.length; i++) {
    for (const w of language === 'ar' ? arabicForms(tokens[i]!) : [tokens[i]!]) {
      for (const e of lex.byWord.get(w) ?? []) if (matchesAt(e, tokens, i, w)) found.add(e.concept);
      for (const e of lex.byStem.get(w.slice(0, STEM_KEY)) ?? []) if (matchesAt(e, tokens, i, w)) found.add(e.concept);
    }
  }
  return [...found].sort();
}

// Whether an entry's words follow from token i (its first word read as `first`).
function matchesAt(e: Entry, tokens: string[], i: number, first: string): boolean {
  for (let k = 0; k < e.words.length; k++) {
    const t = k === 0 ? first : tokens[i + k];
    if (t === undefined || !wordMatches(e.words[k]!, t)) return false;
  }
  return true;
}

function wordMatches(word: string, token: string): boolean {
  return word.endsWith('*') ? token.startsWith(word.slice(0, -1)) : token === word;
}

// An Arabic token as written and without a glued opening ("بالمزرعة" → "مزرعة").
function arabicForms(token: string): string[] {
  const out = [token];
  for (const p of ARABIC_PREFIXES)
    if (token.length > p.length + 2 && token.startsWith(p)) out.push(token.slice(p.length));
  return out;
}

/** The settings file, checked: a concept's entries by language, each a non-empty list of lower-case words. */
function load(): Map<string, Lexicon> {
  const file = dataPath('stories', 'settings.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { settings?: Record<string, Record<string, unknown>> };
  if (!raw.settings || typeof raw.settings !== 'object') throw new Error(`${file}: no "settings" object`);
  const out = new Map<string, Lexicon>();
  for (const [concept, byLanguage] of Object.entries(raw.settings)) {
    for (const [language, entries] of Object.entries(byLanguage)) {
      if (!Array.isArray(entries) || !entries.every((e) => typeof e === 'string' && e && e === e.toLowerCase()))
        throw new Error(`${file}: settings.${concept}.${language}: a list of lower-case words and phrases`);
      const lex = out.get(language) ?? { byWord: new Map(), byStem: new Map(), substrings: [] };
      out.set(language, lex);
      for (const phrase of entries as string[]) addEntry(lex, { concept, words: fold(phrase).split(' ') }, language);
    }
  }
  return out;
}

function addEntry(lex: Lexicon, e: Entry, language: string): void {
  const first = e.words[0]!;
  if (UNSPACED.has(language)) lex.substrings.push(e);
  else if (!first.endsWith('*')) push(lex.byWord, first, e);
  else if (first.length - 1 >= STEM_KEY) push(lex.byStem, first.slice(0, STEM_KEY), e);
  else throw new Error(`settings: stem "${first}" (${e.concept}) is shorter than ${STEM_KEY} letters`);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
