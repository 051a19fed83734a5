// Word tokens with offsets for the gazetteer compiler and the matcher, cut by the shared word rule (lib/text/words).
import { isWordAt, scanWords, wordsOf } from '../../lib/text/words.ts';

/** One word of a text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Most tokens read from one text; beyond this the rest of the text is ignored. */
export const MAX_TOKENS = 40_000;

/** Splits a text into words by the shared word rule (letters, marks, digits); punctuation and spaces separate them. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanWords(text, (start, end) => out.push({ text: text.slice(start, end), start, end }), { maxWords: MAX_TOKENS });
  return out;
}

/** Word spans of the text already cut by the shared rule, possibly with numbers' groups joined ("1,000"). */
export interface WordSpans {
  start: readonly number[];
  end: readonly number[];
  /** The words lower-cased, when the caller has them: a word already in lower case is used as it is, not cut again. */
  lower?: readonly string[];
  length: number;
}

/** The same tokens as tokenize(text), from spans cut earlier: a joined number is split back at its separators. */
export function tokensOfSpans(text: string, spans: WordSpans): Token[] {
  // One token per span but for split numbers: an array of that size, filled in place (pushing grows it several times).
  const out: Token[] = new Array(Math.min(spans.length, MAX_TOKENS));
  let n = 0;
  for (let k = 0; k < spans.length && n < MAX_TOKENS; k++) {
    const start = spans.start[k]!;
    const end = spans.end[k]!;
    if (end - start < 5 || !isDigit(text.charCodeAt(start))) {
      out[n++] = { text: wordAt(text, spans, k, start, end), start, end }; // only a number of 5+ units can hold a group
      continue;
    }
    let from = start;
    for (let i = start; i < end; i++) {
      if (isWordAt(text, i)) continue;
      if (i > from) out[n++] = { text: text.slice(from, i), start: from, end: i };
      from = i + 1;
    }
    if (end > from) out[n++] = { text: text.slice(from, end), start: from, end };
  }
  out.length = Math.min(n, MAX_TOKENS);
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

// The text of span k: the caller's lower-cased word when the text has it in that form (most words), else a new cut.
function wordAt(text: string, spans: WordSpans, k: number, start: number, end: number): string {
  const lower = spans.lower?.[k];
  return lower !== undefined && lower.length === end - start && text.startsWith(lower, start)
    ? lower
    : text.slice(start, end);
}

/** The words of a name, for use as a lookup key. */
export function nameWords(name: string): string[] {
  return wordsOf(name, { maxWords: Number.POSITIVE_INFINITY });
}

/** True when the text has no lowercase letter and at least one uppercase one ("NIGERIA", "US"). */
export function isAllCaps(word: string): boolean {
  const c = word.charCodeAt(1);
  if (c >= 97 && c <= 122) return false; // the common case, "Nigeria": decided without allocating
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** True when the word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const c = word[0] ?? '';
  return c !== c.toLowerCase();
}

/** True when the word is written in a script without letter case (Arabic, Hebrew, Indic, CJK, ...). */
export function isCaseless(word: string): boolean {
  const c = word.charCodeAt(0);
  let k = CASELESS[c]!;
  if (k === 0) {
    const ch = word[0]!;
    k = /\p{L}/u.test(ch) && ch.toLowerCase() === ch.toUpperCase() ? 1 : 2;
    CASELESS[c] = k;
  }
  return k === 1;
}

/** Per first character: 0 not yet seen, 1 a letter of a script without case, 2 anything else. */
const CASELESS = new Uint8Array(65536);
