// Phrase matcher: lexicon phrases ("forced labo*", "rescued _ women") compiled to a token trie, matched in one pass.
import { foldMarks } from '../../lib/text/fold.ts';
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
}

/** A compiled set of phrases. */
export interface PhraseIndex {
  root: Node;
  fold: boolean;
  size: number;
  clitics: string[];
}

const PREFIX_KEY = KEY_LENGTH;

function node(): Node {
  return { next: new Map(), pre: new Map(), any: null, out: [] };
}

/** Compiles phrases; each word is literal, "word*" is a prefix (3+ letters), "_" is any one token. */
export function compilePhrases(cues: Cue[], fold: boolean, clitics: string[] = []): PhraseIndex {
  const root = node();
  for (const cue of cues) {
    let at = root;
    const words = cue.phrase
      .toLowerCase()
      .split(/[\s\-'’]+/)
      .filter(Boolean);
    for (const raw of words) at = child(at, fold ? foldMarks(raw) : raw, cue.phrase);
    at.out.push(cue);
  }
  return { root, fold, size: cues.length, clitics: clitics.map((c) => (fold ? foldMarks(c) : c)) };
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
  const m: Matching = {
    words: index.fold ? tokens.fold : tokens.lower,
    tokens,
    into,
    start: 0,
  };
  const root = index.root;
  const clitics = index.clitics;
  for (let i = 0; i < tokens.length; i++) {
    m.start = i;
    const w = m.words[i]!;
    step(m, root, i, w);
    for (let k = 0; k < clitics.length; k++) {
      const c = clitics[k]!;
      if (w.length > c.length + 2 && w.startsWith(c)) step(m, root, i, w.slice(c.length));
    }
  }
  return into;
}

interface Matching {
  words: string[];
  tokens: Tokens;
  into: Hit[];
  start: number;
}

// Depth-first through the trie from token j; no allocation unless a phrase matches.
function walk(m: Matching, n: Node, j: number): void {
  for (let k = 0; k < n.out.length; k++) m.into.push(hit(n.out[k]!, m.tokens, m.start, j));
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
