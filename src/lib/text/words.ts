// The one word rule for analysis and geo: a word is a run of letters, combining marks and digits (Unicode \p{L},
// \p{M}, \p{N}, characters outside the Basic Multilingual Plane included); everything else separates words. Runs in
// scripts written without spaces (Thai, Lao, Myanmar, Khmer, Chinese, Japanese) are cut into words by Intl.Segmenter.
// A hand-written scan: a Unicode regular expression over the text costs several times more.
import { nativeZero } from './digits.ts';

/** Most words one scan reads unless the caller says otherwise. */
export const DEFAULT_MAX_WORDS = 40_000;

/** How a text is cut into words. */
export interface WordScan {
  /** Stop after this many words (the rest of the text is ignored). */
  maxWords?: number;
  /** Keep a number's thousands groups in one word ("3.151", "1,000,000", "12 500" with a no-break space). */
  groupNumbers?: boolean;
}

/** Calls visit(start, end, ascii) for each word of the text, in order; offsets are UTF-16 indices, end exclusive;
 * `ascii` says that every unit of the word is ASCII (nothing to fold or case-map beyond A–Z). */
export function scanWords(
  text: string,
  visit: (start: number, end: number, ascii: boolean) => void,
  scan: WordScan = {},
): number {
  const max = scan.maxWords ?? DEFAULT_MAX_WORDS;
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n && count < max) {
    if (!wordUnit(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let unspaced = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] !== 1) break;
      } else if (isWordAt(text, i)) {
        // "12명", "17세": a count glued to its Korean counter is two words.
        if (isHangul(c) && i > start && isDigit(text.charCodeAt(i - 1))) break;
        ascii = false;
        if (!unspaced && isUnspaced(c)) unspaced = true;
      } else break;
    }
    if (unspaced) {
      count = visitSegments(text, start, i, visit, count, max);
      continue;
    }
    if (scan.groupNumbers) {
      const end = extendNumber(text, start, i);
      for (let k = i; k < end && ascii; k++) if (text.charCodeAt(k) > 127) ascii = false; // a no-break space
      i = end;
    }
    visit(start, i, ascii);
    count++;
  }
  return count;
}

/** The zero-width non-joiner Persian writes inside words ("می‌شود", "افغانستانی‌ها"). */
export const ZWNJ = '\u200c';

/**
 * The joined spelling of a phrase of our data written with a zero-width non-joiner ("می‌شود" → "میشود"), or undefined
 * when it has none. The word rule cuts at the joiner, so such a phrase matches texts that write the joiner or a space
 * there; writers also leave both out, and this form matches those texts.
 */
export function joinedForm(phrase: string): string | undefined {
  return phrase.includes(ZWNJ) ? phrase.split(ZWNJ).join('') : undefined;
}

/** Ukrainian and Belarusian write an apostrophe inside words ("п'ять", "ув’язнення"): the word without it, so a lexicon
 * and a text agree whichever apostrophe they use (a text's "п'ять" reads as "пять"). */
export function dropInnerApostrophes(word: string): string {
  return APOSTROPHE.test(word) ? word.replace(INNER_APOSTROPHE, '') : word;
}

/** Whether the character at i is an apostrophe between two Cyrillic letters (one word, not two). */
export function isInnerApostrophe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    (c === 39 || c === 0x2019 || c === 0x2bc) &&
    isCyrillic(text.charCodeAt(i - 1)) &&
    isCyrillic(text.charCodeAt(i + 1))
  );
}

const APOSTROPHE = /['’ʼ]/;
const INNER_APOSTROPHE = /(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff])/g;
const isCyrillic = (c: number) => c >= 0x400 && c <= 0x4ff;

/** Hangul syllables and jamo. */
function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

/** Whether a UTF-16 unit is Thai, Lao, Myanmar or Khmer: scripts written without spaces between words. */
export function isUnspaced(c: number): boolean {
  // (Latin, Greek, Cyrillic, Arabic and Indic letters all lie below Thai: one test settles most.)
  if (c < 0x0e00) return false;
  return (
    (c >= 0x0e00 && c <= 0x0eff) ||
    (c >= 0x1000 && c <= 0x109f) ||
    (c >= 0x1780 && c <= 0x17ff) ||
    // Chinese and Japanese: kana, CJK ideographs (and extension A).
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff)
  );
}

/** Cuts runs of the unspaced scripts into words (ICU's dictionaries, shipped with Node). */
const SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'word' });

// The words of text[start, end), a run in a script written without spaces, each visited; returns the new count.
// Digits and letters in one segment are parted ("ស្ត្រី១២នាក់", "หญิง12คน": woman, 12, classifier), as a count is read
// from its own word.
function visitSegments(
  text: string,
  start: number,
  end: number,
  visit: (start: number, end: number, ascii: boolean) => void,
  count: number,
  max: number,
): number {
  const cuts = wordCuts(text.slice(start, end));
  for (let w = 0; w < cuts.length; w += 2) {
    const from = start + cuts[w]!;
    const to = start + cuts[w + 1]!;
    let a = from;
    while (a < to) {
      if (count >= max) return count;
      const digits = isDigitUnit(text.charCodeAt(a));
      let b = a + 1;
      while (b < to && isDigitUnit(text.charCodeAt(b)) === digits) b++;
      let ascii = true;
      for (let k = a; k < b && ascii; k++) if (text.charCodeAt(k) > 127) ascii = false;
      visit(a, b, ascii);
      count++;
      a = b;
    }
  }
  return count;
}

/** The last runs cut (analysis and geo each scan an article once: the second scan reuses the first's cuts). */
const cutCache = new Map<string, number[]>();
const CUT_CACHE_RUNS = 64;
/** Longest run kept (Thai puts spaces between phrases, so runs are short; a long one is not kept in memory). */
const CUT_CACHE_CHARS = 2000;

// The word-like segments of a run as [start, end) offset pairs within it.
function wordCuts(run: string): number[] {
  const known = cutCache.get(run);
  if (known) return known;
  const cuts: number[] = [];
  for (const seg of SEGMENTER.segment(run)) if (seg.isWordLike) cuts.push(seg.index, seg.index + seg.segment.length);
  if (run.length > CUT_CACHE_CHARS) return cuts;
  if (cutCache.size >= CUT_CACHE_RUNS) cutCache.clear();
  cutCache.set(run, cuts);
  return cuts;
}

/** ASCII digits and the digits of other scripts (lib/text/digits.ts): the parts of an unspaced run that are numbers. */
function isDigitUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || nativeZero(c) !== 0;
}

/** The words of a text as strings ("Saint-Denis" → ["Saint", "Denis"]). */
export function wordsOf(text: string, scan: WordScan = {}): string[] {
  const out: string[] = [];
  scanWords(text, (s, e) => out.push(text.slice(s, e)), scan);
  return out;
}

/** Per BMP character: 0 not yet classified, 1 part of a word, 2 a separator (each classified once, then looked up). */
const BMP_CLASS = new Uint8Array(65536);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** ASCII letters and digits, by code unit. */
const ASCII_WORD = new Uint8Array(128).map((_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0,
);

/** isWordAt with ASCII answered by a table lookup, for the scan's inner loop. */
function wordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_WORD[c] === 1 : isWordAt(text, i);
}

/** Whether the UTF-16 unit at i is part of a word; a surrogate counts with its pair, a lone one separates. */
export function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return isAstralWord(text, c <= 0xdbff ? i : i - 1);
  let k = BMP_CLASS[c];
  if (k === undefined) return false; // past the end (charCodeAt gave NaN)
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    BMP_CLASS[c] = k;
  }
  return k === 1;
}

function isAstralWord(text: string, high: number): boolean {
  const cp = text.codePointAt(high);
  if (cp === undefined || cp <= 0xffff) return false;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isGroupSeparator = (c: number) => c === 46 || c === 44 || c === 0xa0 || c === 0x202f;

/** "3.151" / "1,000,000": a word of 1–3 digits followed by groups of exactly three digits; returns the new end. */
function extendNumber(text: string, start: number, end: number): number {
  if (end - start > 3) return end;
  for (let k = start; k < end; k++) if (!isDigit(text.charCodeAt(k))) return end;
  let e = end;
  while (
    isGroupSeparator(text.charCodeAt(e)) &&
    isDigit(text.charCodeAt(e + 1)) &&
    isDigit(text.charCodeAt(e + 2)) &&
    isDigit(text.charCodeAt(e + 3)) &&
    !isWordAt(text, e + 4)
  )
    e += 4;
  return e;
}
