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

/** Most tokens read; longer texts are analysed on their first part only. */
export const MAX_TOKENS = 20_000;
/** Length of the prefix-bucket key (prefix patterns must be at least this long). */
export const KEY_LENGTH = 3;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const MARKS = /\p{M}/gu;
const wordCache = new Map<number, boolean>();

// Letters, marks and digits make words; ASCII is decided without a regular expression.
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = wordCache.get(c);
  if (known === undefined) {
    known = c >= 0xd800 && c <= 0xdfff ? false : WORD_CHAR.test(String.fromCharCode(c));
    if (wordCache.size < 65_536) wordCache.set(c, known);
  }
  return known;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isGroupSeparator = (c: number) => c === 46 || c === 44 || c === 0xa0 || c === 0x202f;

/** Splits a text into tokens; numbers keep their thousands groups ("3.151", "1,000"). */
export function tokenize(text: string): Tokens {
  const lowered = text.toLowerCase();
  const same = lowered.length === text.length;
  const out: Tokens = { lower: [], fold: [], start: [], end: [], cap: [], length: 0 };
  const n = text.length;
  let i = 0;
  while (i < n && out.length < MAX_TOKENS) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    i = extendNumber(text, start, i);
    push(out, text, lowered, same, start, i);
  }
  return out;
}

// "3.151" / "1,000,000": a 1-3 digit token followed by groups of exactly three digits.
function extendNumber(text: string, start: number, end: number): number {
  if (end - start > 3) return end;
  for (let k = start; k < end; k++) if (!isDigit(text.charCodeAt(k))) return end;
  let e = end;
  while (
    isGroupSeparator(text.charCodeAt(e)) &&
    isDigit(text.charCodeAt(e + 1)) &&
    isDigit(text.charCodeAt(e + 2)) &&
    isDigit(text.charCodeAt(e + 3)) &&
    !isWordCode(text.charCodeAt(e + 4))
  )
    e += 4;
  return e;
}

function push(out: Tokens, text: string, lowered: string, same: boolean, start: number, end: number): void {
  const word = same ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
  const folded = isAscii(word) ? word : foldWord(word);
  out.lower.push(word);
  out.fold.push(folded);
  out.start.push(start);
  out.end.push(end);
  out.cap.push(same ? text.charCodeAt(start) !== lowered.charCodeAt(start) : text[start] !== word[0]);
  out.length++;
}

function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 127) return false;
  return true;
}

/** The prefix-bucket key of a word: its first three UTF-16 units packed in one number (no string allocated). */
export function prefixKey(word: string): number {
  return word.charCodeAt(0) * 4294967296 + word.charCodeAt(1) * 65536 + word.charCodeAt(2);
}

/** Lower-cased word without accents ("víctimas" → "victimas"); also used to fold lexicon entries. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').normalize('NFC');
}
