// One pass over the text: tokens plus every lexicon cue found, grouped by category, with title and window helpers.
import { emptyList } from '../../lib/empty-list.ts';
import type { Lexicon } from '../lexicon.ts';
import { byCategory, cueGroups, type Hit, matchGrouped } from './phrases.ts';
import { type Tokens, tokenize } from './tokens.ts';
import type { WordRole } from './words.ts';

/** Everything the decision stages read about one text. */
export interface CueSet {
  text: string;
  tokens: Tokens;
  /** Character offset where the title ends (0 when there is none). */
  titleEnd: number;
  /** Index of the first body token. */
  bodyToken: number;
  lexicons: Lexicon[];
  byCat: Map<string, Hit[]>;
  /** Character spans of nationality words naming people, from the places stage ("15 bolivianos"); none before it. */
  people?: readonly (readonly [number, number])[];
  /** Character spans of every nationality word (a person's or an adjective), from the places stage; none before it. */
  nationals?: readonly (readonly [number, number])[];
}

/** What a category without hits reads as: shaped like a filled list (one hidden class for every list). */
const NONE: Hit[] = emptyList();

/** Tokenizes the text and matches every lexicon's phrases (first lexicon = the article's language). */
export function scanCues(text: string, titleEnd: number, lexicons: Lexicon[]): CueSet {
  const tokens = tokenize(text, gluedWords(lexicons));
  // Each lexicon's hits come out of the matcher in token order already: no sort needed.
  const groups = cueGroups();
  for (const lex of lexicons) matchGrouped(lex.phrases, tokens, groups);
  const byCat = byCategory(groups);
  let bodyToken = 0;
  while (bodyToken < tokens.length && tokens.start[bodyToken]! < titleEnd) bodyToken++;
  // `people` is there from the start, so that filling it in later keeps the object's shape (one shape for the JIT).
  return { text, tokens, titleEnd, bodyToken, lexicons, byCat, people: undefined, nationals: undefined };
}

/** Words a lexicon lets a number carry joined to it ("16letá": the "glued" role), for the tokenizer to part. */
function gluedWords(lexicons: Lexicon[]): ReadonlySet<string> | undefined {
  const lists = lexicons.map((l) => l.words.get('glued' satisfies WordRole)).filter((w): w is Set<string> => !!w?.size);
  if (lists.length <= 1) return lists[0];
  return new Set(lists.flatMap((w) => [...w]));
}

/** The hits of one category, in text order. */
export function hitsOf(set: CueSet, cat: string): Hit[] {
  return set.byCat.get(cat) ?? NONE;
}

/** Sum of a category's weights; title hits count `titleBoost` times, each distinct phrase at most `perPhrase` times. */
export function weigh(set: CueSet, cat: string, titleBoost = 2, perPhrase = 3): number {
  const seen = new Map<string, number>();
  let sum = 0;
  for (const h of hitsOf(set, cat)) {
    const n = (seen.get(h.phrase) ?? 0) + 1;
    seen.set(h.phrase, n);
    if (n > perPhrase) continue;
    sum += h.weight * (h.start < set.titleEnd ? titleBoost : 1);
  }
  return sum;
}

/** The first hit of a category whose tokens lie within [from, to). */
export function hitIn(set: CueSet, cat: string, from: number, to: number): Hit | undefined {
  const list = hitsOf(set, cat);
  for (let k = firstAtOrAfter(list, from); k < list.length; k++) {
    const h = list[k]!;
    if (h.ti >= to) return undefined;
    if (h.tj <= to) return h;
  }
  return undefined;
}

/** Index of the first hit starting at or after token `from` (lists are sorted by start). */
export function firstAtOrAfter(list: Hit[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.ti < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a hit lies in the title. */
export function inTitle(set: CueSet, h: Hit): boolean {
  return h.start < set.titleEnd;
}
