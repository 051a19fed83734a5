// Tokenizer for the cue engine: word and number tokens with offsets, lower-cased and accent-folded once.

/** The tokens of one text, as parallel arrays (cheap to build, cheap to scan). */
export interface Tokens {
  /** Lower-cased token text. */
  lower: string[];
  /** Lower-cased, accents removed (for lexicons that fold). */
  fold: string[];
  start: number[];
  end: number[];
  /** Whether the token starts with a capital letter in the original text. */
  cap: boolean[];
  length: number;
}

// Numbers with thousands groups ("3.151", "1,000") stay one token; everything else splits on non-letters.
const TOKEN = /\p{N}{1,3}(?:[.,\u00a0\u202f]\p{N}{3})+(?![\p{N}])|[\p{L}\p{M}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/** Most tokens read; longer texts are analysed on their first part only. */
export const MAX_TOKENS = 20_000;

/** Splits a text into tokens. */
export function tokenize(text: string): Tokens {
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  const out: Tokens = { lower: [], fold: [], start: [], end: [], cap: [], length: 0 };
  TOKEN.lastIndex = 0;
  for (const m of (sameLength ? lowered : text).matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const word = sameLength ? m[0] : m[0].toLowerCase();
    out.lower.push(word);
    out.fold.push(NON_ASCII.test(word) ? foldWord(word) : word);
    out.start.push(start);
    out.end.push(start + m[0].length);
    out.cap.push(sameLength ? text.charCodeAt(start) !== lowered.charCodeAt(start) : text[start] !== word[0]);
    if (++out.length >= MAX_TOKENS) break;
  }
  return out;
}

/** Lower-cased word without accents ("víctimas" → "victimas"); also used to fold lexicon entries. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').normalize('NFC');
}
