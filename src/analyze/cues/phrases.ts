// Phrase matcher: lexicon phrases ("forced labo*", "rescued _ women") compiled to a token trie, matched in one pass.
import { emptyList } from '../../lib/empty-list.ts';
import { foldMarks } from '../../lib/text/fold.ts';
import { dropInnerApostrophes, isUnspaced, wordsOf } from '../../lib/text/words.ts';
import { KEY_LENGTH, prefixKey, type Tokens } from './tokens.ts';

/** What a phrase stands for: its category (e.g. "tip", "form:sexual") and weight. */
export interface Cue {
  cat: string;
  weight: number;
  phrase: string;
}

/** One phrase found in the text, by token and character offsets. */
export interface Hit {
  cat: string;
  weight: number;
  phrase: string;
  /** First token and one past the last token. */
  ti: number;
  tj: number;
  start: number;
  end: number;
}

interface Node {
  next: Map<string, Node>;
  /** Prefix children ("traffick*"), bucketed by their first three characters. */
  pre: Map<number, [string, Node][]>;
  any: Node | null;
  out: Cue[];
  /** The category slot of each cue in `out`. */
  slots: number[];
}

/** A compiled set of phrases. */
export interface PhraseIndex {
  root: Node;
  fold: boolean;
  size: number;
  clitics: string[];
  /** Contracted openings read as their full form (Arabic "لل" for "ل" + "ال": "للاستغلال" is "ل الاستغلال"): [written, read]. */
  contractions: [string, string][];
}

const PREFIX_KEY = KEY_LENGTH;

function node(): Node {
  return { next: new Map(), pre: new Map(), any: null, out: [], slots: [] };
}

/** Category names by slot: every compiled index numbers its categories here, so hits group by array index. */
const CATEGORIES: string[] = [];
const SLOTS = new Map<string, number>();

function slotOf(cat: string): number {
  let slot = SLOTS.get(cat);
  if (slot === undefined) {
    slot = CATEGORIES.push(cat) - 1;
    SLOTS.set(cat, slot);
  }
  return slot;
}

/** Hits grouped by category as they are found: lists by category slot, and the slots in order of their first hit. */
export interface CueGroups {
  lists: (Hit[] | undefined)[];
  order: number[];
}

/** Empty groups for one text. */
export function cueGroups(): CueGroups {
  return { lists: new Array(CATEGORIES.length), order: [] };
}

/** The groups as a map by category name, in order of each category's first hit. */
export function byCategory(groups: CueGroups): Map<string, Hit[]> {
  const map = new Map<string, Hit[]>();
  for (const slot of groups.order) map.set(CATEGORIES[slot]!, groups.lists[slot]!);
  return map;
}

/** Compiles phrases; each word is literal, "word*" is a prefix (3+ letters), "_" is any one token. */
export function compilePhrases(
  cues: Cue[],
  fold: boolean,
  clitics: string[] = [],
  contractions: Record<string, string> = {},
): PhraseIndex {
  const root = node();
  for (const cue of cues) {
    let at = root;
    // (A Persian non-joiner parts words here as it does in texts: "می‌شود" is the phrase "می شود".)
    const words = dropInnerApostrophes(cue.phrase.toLowerCase())
      .split(/[\s\-'’\u200c]+/)
      .filter(Boolean)
      .flatMap(unspacedWords);
    for (const raw of words) at = child(at, fold ? foldMarks(raw) : raw, cue.phrase);
    at.out.push(cue);
    at.slots.push(slotOf(cue.cat));
  }
  // Lists of one hidden class, empty or not (an empty map result has another): the matcher reads them for every token.
  const norm: string[] = emptyList();
  for (const c of clitics) norm.push(fold ? foldMarks(c) : c);
  const contracted: [string, string][] = emptyList();
  for (const [from, to] of Object.entries(contractions))
    contracted.push([fold ? foldMarks(from) : from, fold ? foldMarks(to) : to]);
  return { root, fold, size: cues.length, clitics: norm, contractions: contracted };
}

// A phrase word written without spaces ("ค้ามนุษย์") as the words a text is cut into ("ค้า", "มนุษย์"); "*" stays last.
function unspacedWords(word: string): string[] {
  if (![...word].some((ch) => isUnspaced(ch.charCodeAt(0)))) return [word];
  const prefix = word.endsWith('*');
  const words = wordsOf(prefix ? word.slice(0, -1) : word);
  if (prefix && words.length) words[words.length - 1] += '*';
  return words;
}

function child(at: Node, word: string, phrase: string): Node {
  if (word === '_') {
    at.any ??= node();
    return at.any;
  }
  if (!word.endsWith('*')) return at.next.get(word) ?? set(at.next, word, node());
  const prefix = word.slice(0, -1);
  if (prefix.length < PREFIX_KEY)
    throw new Error(`prefix "${word}" in "${phrase}" is shorter than ${PREFIX_KEY} letters`);
  const key = prefixKey(prefix);
  const bucket = at.pre.get(key) ?? set(at.pre, key, []);
  const found = bucket.find(([p]) => p === prefix);
  if (found) return found[1];
  const n = node();
  bucket.push([prefix, n]);
  return n;
}

function set<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}

/** Every phrase occurrence in the tokens (overlaps included), in text order. */
export function matchPhrases(index: PhraseIndex, tokens: Tokens, into: Hit[] = []): Hit[] {
  // One list for every category: the hits stay in the order they are found.
  match(index, tokens, { lists: [into], order: [0] }, true);
  return into;
}

/** Every phrase occurrence in the tokens, each added to its category's list in `groups` (in text order). */
export function matchGrouped(index: PhraseIndex, tokens: Tokens, groups: CueGroups): void {
  match(index, tokens, groups, false);
}

function match(index: PhraseIndex, tokens: Tokens, groups: CueGroups, flat: boolean): void {
  const m: Matching = { words: index.fold ? tokens.fold : tokens.lower, tokens, groups, flat, start: 0 };
  const root = index.root;
  const clitics = index.clitics;
  const contractions = index.contractions;
  for (let i = 0; i < tokens.length; i++) {
    m.start = i;
    const w = m.words[i]!;
    step(m, root, i, w);
    for (let k = 0; k < clitics.length; k++) {
      const c = clitics[k]!;
      if (w.length > c.length + 2 && w.startsWith(c)) step(m, root, i, w.slice(c.length));
    }
    for (let k = 0; k < contractions.length; k++) {
      const [from, to] = contractions[k]!;
      if (w.length > from.length + 2 && w.startsWith(from)) step(m, root, i, to + w.slice(from.length));
    }
  }
}

interface Matching {
  words: string[];
  tokens: Tokens;
  groups: CueGroups;
  /** Every hit into the first list. */
  flat: boolean;
  start: number;
}

// Depth-first through the trie from token j; no allocation unless a phrase matches.
function walk(m: Matching, n: Node, j: number): void {
  for (let k = 0; k < n.out.length; k++) add(m.groups, m.flat ? 0 : n.slots[k]!, hit(n.out[k]!, m.tokens, m.start, j));
  if (j < m.tokens.length) step(m, n, j, m.words[j]!);
}

// The children of node n that token j (read as `word`) leads to.
function step(m: Matching, n: Node, j: number, word: string): void {
  const exact = n.next.get(word);
  if (exact) walk(m, exact, j + 1);
  if (n.pre.size && word.length >= PREFIX_KEY) {
    const bucket = n.pre.get(prefixKey(word));
    if (bucket)
      for (let k = 0; k < bucket.length; k++) {
        const [p, c] = bucket[k]!;
        if (word.startsWith(p)) walk(m, c, j + 1);
      }
  }
  if (n.any) walk(m, n.any, j + 1);
}

function add(groups: CueGroups, slot: number, h: Hit): void {
  const list = groups.lists[slot];
  if (list) list.push(h);
  else {
    groups.lists[slot] = [h];
    groups.order.push(slot);
  }
}

function hit(cue: Cue, tokens: Tokens, ti: number, tj: number): Hit {
  return {
    cat: cue.cat,
    weight: cue.weight,
    phrase: cue.phrase,
    ti,
    tj,
    start: tokens.start[ti]!,
    end: tokens.end[tj - 1]!,
  };
}
