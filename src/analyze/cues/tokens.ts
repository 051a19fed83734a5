// Tokens for the cue engine: the shared word rule (lib/text/words) with numbers' groups kept, lower-cased and
// accent-folded once (lib/text/fold).
import { foldMarks } from '../../lib/text/fold.ts';
import { dropInnerApostrophes, isInnerApostrophe, scanWords } from '../../lib/text/words.ts';

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
export function tokenize(text: string, glued?: ReadonlySet<string>): Tokens {
  const n = scanSpans(text, glued);
  // Arrays of their final size, filled in place: pushing grows each one several times over (most of the garbage).
  const out: Tokens = {
    lower: new Array(n),
    fold: new Array(n),
    start: new Array(n),
    end: new Array(n),
    cap: new Array(n),
    length: n,
  };
  const lowered = text.toLowerCase();
  const same = lowered.length === text.length;
  for (let k = 0; k < n; k++) fill(out, k, text, lowered, same);
  return out;
}

/** Spans of the last scan: start, end and an ASCII flag per word (reused by every call, grown as needed). */
let spans = new Int32Array(3 * 1024);
let spanCount = 0;

// Cuts the text into words, into `spans`; returns how many.
function scanSpans(text: string, glued?: ReadonlySet<string>): number {
  spanCount = 0;
  scanned = text;
  gluedWords = glued?.size ? glued : undefined;
  scanWords(text, addSpan, { maxWords: MAX_TOKENS, groupNumbers: true });
  scanned = '';
  gluedWords = undefined;
  return spanCount;
}

/** The text being scanned (for addSpan, which joins words parted only by an inner apostrophe), and the words a number
 * may carry joined to it ("16letá"), which addSpan parts from it. */
let scanned = '';
let gluedWords: ReadonlySet<string> | undefined;

/** Most digits of a number a word may be glued to. */
const GLUED_DIGITS = 3;

// A module-level callback: a closure would be created for every text.
function addSpan(start: number, end: number, ascii: boolean): void {
  const last = 3 * (spanCount - 1);
  if (spanCount > 0 && spans[last + 1] === start - 1 && isInnerApostrophe(scanned, start - 1)) {
    spans[last + 1] = end; // "п'ять" is one word
    spans[last + 2] = 0;
    return;
  }
  if (gluedWords) {
    const cut = gluedCut(start, end);
    if (cut > 0) {
      pushSpan(start, cut, true);
      pushSpan(cut, end, ascii);
      return;
    }
  }
  pushSpan(start, end, ascii);
}

// "16letá": the offset where a word the lexicons list as glued starts after a number's digits, or 0.
function gluedCut(start: number, end: number): number {
  let d = start;
  while (d < end && d - start <= GLUED_DIGITS && isAsciiDigit(scanned.charCodeAt(d))) d++;
  if (d === start || d === end || d - start > GLUED_DIGITS) return 0;
  const rest = scanned.slice(d, end).toLowerCase();
  return gluedWords!.has(rest) || gluedWords!.has(foldMarks(rest)) ? d : 0;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

function pushSpan(start: number, end: number, ascii: boolean): void {
  const at = 3 * spanCount;
  if (at + 3 > spans.length) {
    const grown = new Int32Array(spans.length * 2);
    grown.set(spans);
    spans = grown;
  }
  spans[at] = start;
  spans[at + 1] = end;
  spans[at + 2] = ascii ? 1 : 0;
  spanCount++;
}

function fill(out: Tokens, k: number, text: string, lowered: string, same: boolean): void {
  const start = spans[3 * k]!;
  const end = spans[3 * k + 1]!;
  const word = same ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
  if (spans[3 * k + 2] === 1) {
    out.lower[k] = word;
    out.fold[k] = word;
  } else {
    const forms = wordForms(word);
    out.lower[k] = forms[0];
    out.fold[k] = forms[1];
  }
  out.start[k] = start;
  out.end[k] = end;
  out.cap[k] = same ? text.charCodeAt(start) !== lowered.charCodeAt(start) : text[start] !== word[0];
}

/** Lower-cased and folded forms of non-ASCII words already seen (folding normalises twice: a lookup is far cheaper);
 * a Ukrainian inner apostrophe is dropped from both ("п'ять" → "пять"), and both are in the composed form (NFC). */
const FORMS = new Map<string, [lower: string, fold: string]>();
const FORMS_MAX = 50_000;

function wordForms(word: string): [string, string] {
  let forms = FORMS.get(word);
  if (forms === undefined) {
    if (FORMS.size >= FORMS_MAX) FORMS.clear();
    // ("लड़की" is written with a precomposed ड़ as often as with ड and a nukta: one spelling, the lexicons'.)
    const lower = dropInnerApostrophes(word).normalize('NFC');
    forms = [lower, foldMarks(lower)];
    FORMS.set(word, forms);
  }
  return forms;
}

/** The prefix-bucket key of a word: its first three UTF-16 units hashed to a small integer (no string allocated;
 * words of one bucket are told apart by the bucket's own check). */
export function prefixKey(word: string): number {
  return (((word.charCodeAt(0) * 1021 + word.charCodeAt(1)) * 1021) ^ word.charCodeAt(2)) & 0x3fffffff;
}
