// Tokens for the cue engine: the shared word rule (lib/text/words) with numbers' groups kept, lower-cased and
// accent-folded once (lib/text/fold).
import { foldMarks } from '../../lib/text/fold.ts';
import { scanWords } from '../../lib/text/words.ts';

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

/** Splits a text into tokens by the shared word rule; numbers keep their thousands groups ("3.151", "1,000"). */
export function tokenize(text: string): Tokens {
  const lowered = text.toLowerCase();
  const same = lowered.length === text.length;
  const out: Tokens = { lower: [], fold: [], start: [], end: [], cap: [], length: 0 };
  scanWords(text, (start, end, ascii) => push(out, text, lowered, same, start, end, ascii), {
    maxWords: MAX_TOKENS,
    groupNumbers: true,
  });
  return out;
}

function push(
  out: Tokens,
  text: string,
  lowered: string,
  same: boolean,
  start: number,
  end: number,
  ascii: boolean,
): void {
  const word = same ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
  const folded = ascii ? word : foldWord(word);
  out.lower.push(word);
  out.fold.push(folded);
  out.start.push(start);
  out.end.push(end);
  out.cap.push(same ? text.charCodeAt(start) !== lowered.charCodeAt(start) : text[start] !== word[0]);
  out.length++;
}

/** Folded forms of non-ASCII words already seen (folding normalises twice: a lookup is far cheaper). */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 50_000;

function foldWord(word: string): string {
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    folded = foldMarks(word);
    FOLDED.set(word, folded);
  }
  return folded;
}

/** The prefix-bucket key of a word: its first three UTF-16 units hashed to a small integer (no string allocated;
 * words of one bucket are told apart by the bucket's own check). */
export function prefixKey(word: string): number {
  return (((word.charCodeAt(0) * 1021 + word.charCodeAt(1)) * 1021) ^ word.charCodeAt(2)) & 0x3fffffff;
}
