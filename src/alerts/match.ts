// The alert matcher, pure: a story's public (redacted) text and facts against compiled saved searches, with the
// same query language as search (words, "phrases", OR, -exclude, field:value) and its spelling variants.
import { inputError } from '../lib/errors.ts';
import type { Alert, AlertFilters, SendChannel } from '../model/alerts.ts';
import { type Clause, parseQuery } from '../store/search/query.ts';
import { fold, stem } from '../store/search/snippet.ts';
import { withVariants } from '../store/search/variants.ts';

/** Characters of a story's text the matcher reads (title and summary always). */
export const MATCH_TEXT_CHARS = 20_000;

/** What the matcher reads of a story: only what the public gate shows. */
export interface StoryFacts {
  id: number;
  title: string;
  text: string;
  countries: string[];
  types: string[];
  languages: string[];
  minors: boolean | null;
  incident: boolean;
  /** YYYY-MM-DD the story was published (or first seen). */
  day: string;
}

/** A story reduced to what clauses are checked against. */
export interface StoryWords {
  stems: Set<string>;
  titleStems: Set<string>;
  /** Every folded word, sorted (prefix look-ups). */
  sorted: string[];
  titleSorted: string[];
  /** Stems joined by single spaces with a space at each end (phrases). */
  line: string;
  titleLine: string;
  facts: StoryFacts;
}

/** A saved search ready to match: clauses, filters and where matches go. */
export interface CompiledAlert {
  id: number;
  channels: SendChannel[];
  must: Clause[];
  not: Clause[];
  any: Partial<Record<'country' | 'type' | 'language', Set<string>>>;
  none: Partial<Record<'country' | 'type' | 'language', Set<string>>>;
  minors?: boolean;
  incident?: boolean;
  from?: string;
  to?: string;
}

/** Checks a query and filters the way an alert will use them; an input error names what is wrong. */
export function compileQuery(query: string, filters: AlertFilters): Omit<CompiledAlert, 'id' | 'channels'> {
  const p = withVariants(parseQuery(query));
  if (p.filters.source.length || p.filters.story.length || p.notFilters.source || p.notFilters.story)
    throw inputError('alert query: source: and story: filters cannot be followed');
  const merged = (k: 'country' | 'type' | 'language') => [...(filters[k] ?? []), ...p.filters[k]];
  const set = (v: string[]) => (v.length ? new Set(v) : undefined);
  if (!p.must.length && !merged('country').length && !merged('type').length && !merged('language').length)
    throw inputError('alert query: give at least one word or a country, form or language filter');
  return {
    must: p.must,
    not: p.not,
    any: { country: set(merged('country')), type: set(merged('type')), language: set(merged('language')) },
    none: {
      country: set(p.notFilters.country ?? []),
      type: set(p.notFilters.type ?? []),
      language: set(p.notFilters.language ?? []),
    },
    minors: p.filters.minors ?? filters.minors,
    incident: p.filters.incident ?? filters.incident,
    from: p.filters.from,
    to: p.filters.to,
  };
}

/** Compiles a stored alert for matching. */
export function compileAlert(a: Alert): CompiledAlert {
  const channels: SendChannel[] = [];
  if (a.email) channels.push('email');
  if (a.webhookUrl) channels.push('webhook');
  return { id: a.id, channels, ...compileQuery(a.query, a.filters) };
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** Reads a story once for matching against any number of alerts. */
export function storyWords(f: StoryFacts): StoryWords {
  const title = words(f.title);
  const all = [...title, ...words(f.text.slice(0, MATCH_TEXT_CHARS))];
  const line = (ws: string[]) => ` ${ws.map(stem).join(' ')} `;
  return {
    stems: new Set(all.map(stem)),
    titleStems: new Set(title.map(stem)),
    sorted: [...new Set(all)].sort(),
    titleSorted: [...new Set(title)].sort(),
    line: line(all),
    titleLine: line(title),
    facts: f,
  };
}

function hasPrefix(sorted: string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

/** A word or phrase clause reduced once to what a story is checked against. */
interface Needle {
  /** ` stem stem ` for phrases and split words; null for one word. */
  line: string | null;
  word: string;
  stem: string;
}

// Compiled alerts keep their clause objects, so each clause is tokenised and stemmed once, not once per story.
const needles = new WeakMap<Clause, Needle>();

function needle(c: Exclude<Clause, { kind: 'or' }>): Needle {
  let n = needles.get(c);
  if (!n) {
    const parts = words(c.text);
    const word = parts[0] ?? '';
    // A phrase, or a word the tokenizer splits (child-labour): the words in a row.
    const line = c.kind === 'phrase' || parts.length > 1 ? ` ${parts.map(stem).join(' ')} ` : null;
    n = { line, word, stem: stem(word) };
    needles.set(c, n);
  }
  return n;
}

function clauseHits(c: Clause, w: StoryWords): boolean {
  if (c.kind === 'or') return c.items.some((x) => clauseHits(x, w));
  const n = needle(c);
  if (n.line !== null) return (c.title ? w.titleLine : w.line).includes(n.line);
  if (c.kind === 'word' && c.prefix) return hasPrefix(c.title ? w.titleSorted : w.sorted, n.word);
  return (c.title ? w.titleStems : w.stems).has(n.stem);
}

function anyOf(want: Set<string> | undefined, have: string[]): boolean {
  return !want || have.some((v) => want.has(v));
}

function noneOf(bad: Set<string> | undefined, have: string[]): boolean {
  return !bad || !have.some((v) => bad.has(v));
}

function factsMatch(a: CompiledAlert, f: StoryFacts): boolean {
  if (a.minors !== undefined && f.minors !== a.minors) return false;
  if (a.incident !== undefined && f.incident !== a.incident) return false;
  if (a.from && f.day < a.from) return false;
  if (a.to && f.day.slice(0, a.to.length) > a.to) return false;
  return (
    anyOf(a.any.country, f.countries) &&
    anyOf(a.any.type, f.types) &&
    anyOf(a.any.language, f.languages) &&
    noneOf(a.none.country, f.countries) &&
    noneOf(a.none.type, f.types) &&
    noneOf(a.none.language, f.languages)
  );
}

/** True when the story matches the alert: filters first (cheap), then every must clause and no not clause. */
export function matches(a: CompiledAlert, w: StoryWords): boolean {
  if (!factsMatch(a, w.facts)) return false;
  for (const c of a.must) if (!clauseHits(c, w)) return false;
  for (const c of a.not) if (clauseHits(c, w)) return false;
  return true;
}

/** The ids of the alerts a story matches. */
export function matchStory(alerts: readonly CompiledAlert[], f: StoryFacts): number[] {
  const w = storyWords(f);
  return alerts.filter((a) => matches(a, w)).map((a) => a.id);
}
