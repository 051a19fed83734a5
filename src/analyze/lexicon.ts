// Loads the per-language lexicons in data/lexicons and compiles their phrases into one matcher each.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../lib/paths.ts';
import { foldMarks } from '../lib/text/fold.ts';
import { dropInnerApostrophes, isUnspaced, joinedForm } from '../lib/text/words.ts';
import { type Cue, compilePhrases, type PhraseIndex } from './cues/phrases.ts';

/** A lexicon as written in data/lexicons/<lang>.json. */
export interface LexiconFile {
  language: string;
  /** Match accent-folded words (true for most Latin-script languages; false where accents carry meaning). */
  fold: boolean;
  /** Other language codes this lexicon serves (e.g. "ms" for the Indonesian lexicon). */
  aliases?: string[];
  /** One-letter words written joined to the next word (Arabic "و" and, "ف" so), tried both ways. */
  clitics?: string[];
  /** Contracted openings read as their full form (Arabic "لل": "ال", the preposition "ل" before the article). */
  contractions?: Record<string, string>;
  /** Phrases by category; "phrase @2" gives a weight (default 1). */
  cues: Record<string, string[]>;
  /** Number words ("two": 2) and scale words ("hundred": 100, "dozen": 12). */
  numbers: Record<string, number>;
  scales?: Record<string, number>;
  /** Words that add to the number before them ("dua belas", two-teen: 12). */
  teens?: Record<string, number>;
  /** Possessive words ("their", "sus"): a count right after one is someone's family, not the victims. */
  possessives?: string[];
  /** Small words by the role the stages give them ("and", "range", "duration_before", ...): see README.md. */
  words?: Record<string, string[]>;
  /** Counts follow the noun they count (Swahili "wasichana 15", "mabinti watano"). */
  numberAfterNoun?: boolean;
  /** The language puts the verb at the end of a clause (German, Dutch subordinate clauses; Turkish): the object of a
   * verb may stand further before it. */
  verbFinal?: boolean;
  /** Nationality words listed for the language are person nouns, declined after numbers ("jedenastu Rumunów",
   * "одиннадцать румын"): one right after a number counts people. */
  nationalNouns?: boolean;
  /** Number words read only as written (not folded) and right before a word for people: Vietnamese "năm" is also
   * "year", Hungarian "öt" folds to "őt" ("him"). */
  numbersBeforePerson?: Record<string, number>;
}

/** A compiled lexicon. */
export interface Lexicon {
  language: string;
  phrases: PhraseIndex;
  numbers: Map<string, number>;
  scales: Map<string, number>;
  teens: Map<string, number>;
  possessives: Set<string>;
  /** Small words by role, lower-cased (and folded where the lexicon folds). */
  words: Map<string, Set<string>>;
  fold: boolean;
  /** Counts follow the noun they count. */
  numberAfterNoun: boolean;
  /** Nationality words are declined person nouns: one right after a number counts people. */
  nationalNouns: boolean;
  /** The language puts the verb at the end of a clause. */
  verbFinal: boolean;
  /** Number words read only before a word for people, matched lower-cased and unfolded. */
  numbersBeforePerson: Map<string, number>;
  /** Characters of a script written without spaces that numerals are composed of, from `numbers` (digits and ten: 一,
   * 两, 十), `scales` (百, 千, 万) and the word role `tens_and` (零, zero: a skipped place), with their values. */
  numerals: Map<string, number>;
  /** What follows a numeral in the number words that end in a counter ("名" of "五名", "人" of "千人", "余" of "百余"). */
  counters: Set<string>;
}

const WEIGHT = /\s+@(-?\d+(?:\.\d+)?)$/;

/** Turns a lexicon file into cues: one per phrase, with its category and weight. */
export function lexiconCues(file: LexiconFile): Cue[] {
  const cues: Cue[] = [];
  for (const [cat, phrases] of Object.entries(file.cues)) {
    for (const entry of phrases) {
      const m = WEIGHT.exec(entry);
      const phrase = (m ? entry.slice(0, m.index) : entry).trim();
      const weight = m ? Number(m[1]) : 1;
      cues.push({ cat, weight, phrase });
      // A phrase written with a Persian non-joiner ("می‌شود") also stands for its joined spelling ("میشود").
      const joined = joinedForm(phrase);
      if (joined) cues.push({ cat, weight, phrase: joined });
    }
  }
  return cues;
}

/** Compiles one lexicon file. */
export function compileLexicon(file: LexiconFile, extra: Cue[] = []): Lexicon {
  const numerals = numeralCharacters(file);
  const norm = (w: string) => dropInnerApostrophes(file.fold ? foldMarks(w.toLowerCase()) : w.toLowerCase());
  const map = (o: Record<string, number> = {}) => new Map(Object.entries(o).map(([k, v]) => [norm(k), v]));
  return {
    language: file.language,
    phrases: compilePhrases([...lexiconCues(file), ...extra], file.fold, file.clitics, file.contractions),
    numbers: map(file.numbers),
    scales: map(file.scales),
    teens: map(file.teens),
    possessives: new Set((file.possessives ?? []).map(norm)),
    words: new Map(Object.entries(file.words ?? {}).map(([role, list]) => [role, new Set(list.map(norm))])),
    fold: file.fold,
    numberAfterNoun: file.numberAfterNoun === true,
    nationalNouns: file.nationalNouns === true,
    verbFinal: file.verbFinal === true,
    numbersBeforePerson: new Map(
      Object.entries(file.numbersBeforePerson ?? {}).map(([k, v]) => [dropInnerApostrophes(k.toLowerCase()), v]),
    ),
    numerals,
    counters: numeralCounters(file, numerals),
  };
}

/** Largest value of a number word read as a numeral's digit or ten. */
const NUMERAL_DIGIT_MAX = 10;

// The one-character number words (up to ten) and scale words of scripts written without spaces; a one-character word
// that joins tens and units there is the zero that skips a place ("一百零八", 108), worth 0.
function numeralCharacters(file: LexiconFile): Map<string, number> {
  const out = new Map<string, number>();
  const one = (w: string) => w.length === 1 && isUnspaced(w.charCodeAt(0));
  for (const [w, v] of Object.entries(file.numbers)) if (one(w) && v <= NUMERAL_DIGIT_MAX) out.set(w, v);
  for (const [w, v] of Object.entries(file.scales ?? {})) if (one(w)) out.set(w, v);
  for (const w of file.words?.tens_and ?? []) if (one(w)) out.set(w, 0);
  return out;
}

// The endings after a numeral of the number and scale words that have one ("五名", "千人").
function numeralCounters(file: LexiconFile, numerals: Map<string, number>): Set<string> {
  const out = new Set<string>();
  if (!numerals.size) return out;
  for (const w of [...Object.keys(file.numbers), ...Object.keys(file.scales ?? {})]) {
    let k = 0;
    while (k < w.length && numerals.has(w[k]!)) k++;
    if (k > 0 && k < w.length && ![...w.slice(k)].some((c) => numerals.has(c))) out.add(w.slice(k));
  }
  return out;
}

/** Lexicons by language code (aliases included). */
export interface Lexicons {
  get(code: string): Lexicon | undefined;
  has(code: string): boolean;
}

/** Every lexicon file, keyed by each language code it serves (aliases included: the Spanish file serves Galician). */
export function readLexiconFiles(dir = dataPath('lexicons')): Map<string, LexiconFile> {
  const files = new Map<string, LexiconFile>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LexiconFile;
    for (const code of [file.language, ...(file.aliases ?? [])]) files.set(code, file);
  }
  return files;
}

/**
 * Reads every lexicon file, keyed by language code (aliases included); `extra` adds cues to some languages'
 * matchers. Each is compiled the first time a text in its language asks for it (compiling all takes ~100 ms).
 */
export function loadLexicons(dir = dataPath('lexicons'), extra: Record<string, Cue[]> = {}): Lexicons {
  const files = readLexiconFiles(dir);
  const compiled = new Map<LexiconFile, Lexicon>();
  return {
    has: (code) => files.has(code),
    get(code) {
      const file = files.get(code);
      if (!file) return undefined;
      let lex = compiled.get(file);
      if (!lex) {
        lex = compileLexicon(file, extra[file.language]);
        compiled.set(file, lex);
      }
      return lex;
    },
  };
}
