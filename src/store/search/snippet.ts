// Highlighted snippets, made in JS for the page of hits only (the same in both dialects, and cheap).
import type { Clause } from './query.ts';

/** Characters of text a snippet shows at most. */
export const SNIPPET_CHARS = 220;
/** Marks the start and end of a matched word: private-use characters, which article text never keeps. */
export const MARK_OPEN = '\ue000';
export const MARK_CLOSE = '\ue001';
const MARKS = /[\ue000\ue001]/g;

interface Needle {
  stem: string;
  prefix: boolean;
}

/** Folds case and accents. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // ASCII needs no decomposition; most words take this path.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** A light suffix stripper (snippets, alert matching): "trafficked" for "trafficking"; engines stem for real. */
export function stem(word: string): string {
  const w = fold(word);
  const m = /^(.{3,}?)(?:ings?|ers?|ed|es|s|ly|ions?|ment|ations?)$/.exec(w);
  return m ? m[1]! : w;
}

/** The words a query's positive clauses look for. */
export function needles(clauses: Clause[]): Needle[] {
  const out: Needle[] = [];
  const walk = (c: Clause) => {
    if (c.kind === 'or') return c.items.forEach(walk);
    for (const w of c.text.split(/[^\p{L}\p{N}]+/u)) {
      if (w) out.push({ stem: stem(w), prefix: c.kind === 'word' && c.prefix });
    }
  };
  clauses.forEach(walk);
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The best window of text around the matched words, with matches wrapped in MARK_OPEN … MARK_CLOSE. */
export function snippet(text: string, found: Needle[], maxChars = SNIPPET_CHARS): string {
  const head = text.slice(0, 20_000).replace(MARKS, '');
  const hits: { start: number; end: number }[] = [];
  const seen = new Map<string, boolean>();
  for (const m of head.matchAll(WORD)) {
    let hit = seen.get(m[0]);
    if (hit === undefined) {
      hit = matches(m[0], found);
      seen.set(m[0], hit);
    }
    if (hit) hits.push({ start: m.index!, end: m.index! + m[0].length });
    if (hits.length >= 200) break;
  }
  const first = bestStart(hits, maxChars);
  const from = openBracketBefore(head, first === null ? 0 : backToWordStart(head, Math.max(0, first - 40)));
  let to = Math.min(head.length, from + maxChars);
  if (to < head.length) to = Math.max(head.lastIndexOf(' ', to), from + 1);
  to = Math.max(from + 1, openBracketBefore(head, to));
  let out = '';
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    out += head.slice(at, h.start) + MARK_OPEN + head.slice(h.start, h.end) + MARK_CLOSE;
    at = h.end;
  }
  out += head.slice(at, to);
  return (from > 0 ? '…' : '') + out.replace(/\s+/g, ' ').trim() + (to < head.length ? '…' : '');
}

/** A cut inside a short bracketed placeholder ("[name withheld]") moves to its "[": never half of one. */
function openBracketBefore(text: string, at: number): number {
  const open = text.lastIndexOf('[', at - 1);
  if (open < 0 || at - open > 40 || text.lastIndexOf(']', at - 1) > open) return at;
  const close = text.indexOf(']', open);
  return close >= at ? open : at;
}

function matches(word: string, found: Needle[]): boolean {
  if (!found.length) return false;
  const s = stem(word);
  const f = fold(word);
  return found.some((n) => n.stem === s || (n.prefix && f.startsWith(n.stem)));
}

// The start of the window holding the most matches.
function bestStart(hits: { start: number }[], width: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    while (hits[j]!.start < hits[i]!.start - width + 60) j++;
    if (i - j + 1 > bestCount) {
      bestCount = i - j + 1;
      best = hits[j]!.start;
    }
  }
  return best;
}

function backToWordStart(text: string, i: number): number {
  const sp = text.lastIndexOf(' ', i);
  return sp < 0 ? 0 : sp + 1;
}
