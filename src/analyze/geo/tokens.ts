// Word tokens with offsets, shared by the gazetteer compiler and the matcher so both split names alike.

/** One word of a text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Most tokens read from one text; beyond this the rest of the text is ignored. */
export const MAX_TOKENS = 40_000;

/** Splits a text into words (letters, marks, digits); punctuation and spaces separate them. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const word =
      c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordChar(c, text, i);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push({ text: text.slice(start, i), start, end: i });
      start = -1;
      if (out.length >= MAX_TOKENS) break;
    }
  }
  return out;
}

// A hand-written loop: the Unicode regular expression costs half the stage's time budget on its own.
// Characters outside ASCII are classified once each and remembered (0 unknown, 1 word, 2 not).
const BMP_CLASS = new Uint8Array(65536);

function isWordChar(c: number, text: string, i: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return WORD_CHAR.test(text.slice(i - 1, i + 1));
  let k = BMP_CLASS[c]!;
  if (k === 0) {
    k = WORD_CHAR.test(text[i]!) ? 1 : 2;
    BMP_CLASS[c] = k;
  }
  return k === 1;
}

/** The words of a name, for use as a lookup key. */
export function nameWords(name: string): string[] {
  return name.match(WORD) ?? [];
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

/** Removes diacritics ("Côte" → "Cote"). */
export function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
