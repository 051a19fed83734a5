// One pass over the text: tokens plus every lexicon cue found, grouped by category, with title and window helpers.
import { emptyList } from '../../lib/empty-list.ts';
import type { Lexicon } from '../lexicon.ts';
import { byCategory, type CueGroups, cueGroups, type Hit, matchGrouped } from './phrases.ts';
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

/** Whether a nationality word of the places stage starts at character `start` (`people`: only those naming people). */
export function nationalAt(set: CueSet, start: number | undefined, people = false): boolean {
  const spans = people ? set.people : set.nationals;
  return start !== undefined && !!spans?.some(([a]) => a === start);
}

/** What a category without hits reads as: shaped like a filled list (one hidden class for every list). */
const NONE: Hit[] = emptyList();

/** Tokenizes the text and matches every lexicon's phrases (first lexicon = the article's language). */
export function scanCues(text: string, titleEnd: number, lexicons: Lexicon[]): CueSet {
  const tokens = tokenize(text, gluedWords(lexicons));
  const groups = cueGroups();
  matchGrouped(lexicons[0]!.phrases, tokens, groups);
  // Each lexicon's hits come out in token order; a second lexicon's (the English pivot's) are merged into place.
  for (let k = 1; k < lexicons.length; k++) {
    const more = cueGroups();
    matchGrouped(lexicons[k]!.phrases, tokens, more);
    mergeGroups(groups, more, lexicons[0]!.words.get('not_pivot' satisfies WordRole), tokens);
  }
  const byCat = byCategory(groups);
  let bodyToken = 0;
  while (bodyToken < tokens.length && tokens.start[bodyToken]! < titleEnd) bodyToken++;
  // `people` is there from the start, so that filling it in later keeps the object's shape (one shape for the JIT).
  return { text, tokens, titleEnd, bodyToken, lexicons, byCat, people: undefined, nationals: undefined };
}

// Adds a later lexicon's hits to the groups, each list kept in token order. A one-word hit on a word the text's own
// lexicon lists as `not_pivot` is left out: Spanish "son" (are) and French "sept" (seven) are not English "son", "Sept".
function mergeGroups(
  groups: CueGroups,
  more: CueGroups,
  notPivot: ReadonlySet<string> | undefined,
  tokens: Tokens,
): void {
  for (const slot of more.order) {
    let add = more.lists[slot]!;
    if (notPivot?.size) add = add.filter((h) => h.tj - h.ti > 1 || !notPivot.has(tokens.lower[h.ti]!));
    if (!add.length) continue;
    const mine = groups.lists[slot];
    if (!mine) {
      groups.lists[slot] = add;
      groups.order.push(slot);
    } else if (mine[mine.length - 1]!.ti <= add[0]!.ti) {
      for (let k = 0; k < add.length; k++) mine.push(add[k]!);
    } else groups.lists[slot] = mergeByToken(mine, add);
  }
}

/** Two lists of hits in token order merged into one (by first token, then last). */
function mergeByToken(a: Hit[], b: Hit[]): Hit[] {
  const out: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (y.ti < x.ti || (y.ti === x.ti && y.tj < x.tj)) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Words a lexicon lets a number carry joined to it ("16letá": the "glued" role), for the tokenizer to part. The same
 * few lists of lexicons come up text after text (read.ts picks them once per language): their words are joined once. */
function gluedWords(lexicons: Lexicon[]): ReadonlySet<string> | undefined {
  if (glued.has(lexicons)) return glued.get(lexicons);
  const lists = lexicons.map((l) => l.words.get('glued' satisfies WordRole)).filter((w): w is Set<string> => !!w?.size);
  const words = lists.length <= 1 ? lists[0] : new Set(lists.flatMap((w) => [...w]));
  glued.set(lexicons, words);
  return words;
}

/** The glued words of each list of lexicons already read (none for a list without any). */
const glued = new WeakMap<Lexicon[], ReadonlySet<string> | undefined>();

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

/** The token starting at an offset (or, with `endsAt`, the first token starting at or after it); -1 when none. */
export function tokenAt(set: CueSet, offset: number, endsAt = false): number {
  const { start } = set.tokens;
  let lo = 0;
  let hi = set.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  if (endsAt) return lo < set.tokens.length ? lo : -1;
  return start[lo] === offset ? lo : -1;
}
