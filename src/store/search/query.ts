// The search query language: words, "exact phrases", OR, -exclude, field:value — parsed into a small tree.
import { inputError } from '../../lib/errors.ts';
import { EXPLOITATION_FORMS } from '../../model/analysis.ts';

/** Longest query string accepted, and most clauses. */
export const MAX_QUERY_CHARS = 1000;
const MAX_CLAUSES = 32;

/** A word (optionally a prefix), or a phrase; `title` restricts it to titles. */
export type Clause =
  | { kind: 'word'; text: string; prefix: boolean; title: boolean }
  | { kind: 'phrase'; text: string; title: boolean }
  | { kind: 'or'; items: Clause[] };

/** Filters named in the query string itself (country:NG type:labour ...). */
export interface QueryFilters {
  country: string[];
  type: string[];
  language: string[];
  source: number[];
  story: number[];
  minors?: boolean;
  incident?: boolean;
  from?: string;
  to?: string;
}

/** A parsed query: clauses that must match, clauses that must not, filters, and excluded filter values. */
export interface ParsedQuery {
  must: Clause[];
  not: Clause[];
  filters: QueryFilters;
  notFilters: Partial<Pick<QueryFilters, 'country' | 'type' | 'language' | 'source' | 'story'>>;
}

const FIELD_ALIASES: Record<string, string> = {
  country: 'country',
  type: 'type',
  form: 'type',
  lang: 'language',
  language: 'language',
  source: 'source',
  story: 'story',
  minors: 'minors',
  incident: 'incident',
  from: 'from',
  to: 'to',
  title: 'title',
};

const TOKEN = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/y;

/** Parses a query string; bad filter values are an input error naming them. */
export function parseQuery(q: string): ParsedQuery {
  if (q.length > MAX_QUERY_CHARS) throw inputError(`search query: longer than ${MAX_QUERY_CHARS} characters`);
  const out: ParsedQuery = { must: [], not: [], filters: emptyFilters(), notFilters: {} };
  let pendingOr = false;
  let i = 0;
  while (i < q.length) {
    if (/\s|[()]/.test(q[i]!)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(q);
    if (!m) break;
    i = TOKEN.lastIndex;
    const [, neg, rawField, quoted, bare] = m;
    if (quoted === undefined && bare === 'OR' && !neg && !rawField) {
      pendingOr = out.must.length > 0;
      continue;
    }
    const field = rawField ? FIELD_ALIASES[rawField.toLowerCase()] : undefined;
    const value = (quoted ?? bare ?? '').trim();
    if (field && field !== 'title') {
      addFilter(out, field, value, !!neg);
      pendingOr = false;
      continue;
    }
    const text = rawField && !field ? `${rawField}:${value}` : value;
    const clause = makeClause(text, quoted !== undefined, field === 'title');
    if (!clause) continue;
    if (neg) out.not.push(clause);
    else if (pendingOr) orWithLast(out.must, clause);
    else out.must.push(clause);
    pendingOr = false;
    if (out.must.length + out.not.length > MAX_CLAUSES)
      throw inputError(`search query: more than ${MAX_CLAUSES} terms`);
  }
  return out;
}

function emptyFilters(): QueryFilters {
  return { country: [], type: [], language: [], source: [], story: [] };
}

function makeClause(text: string, quoted: boolean, title: boolean): Clause | null {
  const clean = text.replace(/[^\p{L}\p{N}\s'*-]+/gu, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(clean)) return null;
  if (quoted || /\s/.test(clean)) return { kind: 'phrase', text: clean.replace(/\*/g, ''), title };
  const prefix = clean.endsWith('*');
  return { kind: 'word', text: clean.replace(/\*/g, ''), prefix, title };
}

function orWithLast(must: Clause[], clause: Clause): void {
  const last = must.pop()!;
  must.push({ kind: 'or', items: [...(last.kind === 'or' ? last.items : [last]), clause] });
}

function addFilter(out: ParsedQuery, field: string, value: string, neg: boolean): void {
  const f = out.filters;
  const list = (key: 'country' | 'type' | 'language' | 'source' | 'story', v: string | number) => {
    if (neg) out.notFilters[key] = [...(out.notFilters[key] ?? []), v] as never;
    else (f[key] as (string | number)[]).push(v);
  };
  if (field === 'country') list('country', checkCountry(value));
  else if (field === 'type') list('type', checkType(value));
  else if (field === 'language') list('language', checkLanguage(value));
  else if (field === 'source' || field === 'story') list(field, checkId(field, value));
  else if (field === 'minors' || field === 'incident') f[field] = checkBool(field, value) !== neg;
  else f[field as 'from' | 'to'] = checkDate(field, value);
}

/** An ISO 3166-1 alpha-2 code, upper-cased; anything else is an input error. */
export function checkCountry(v: string): string {
  if (!/^[A-Za-z]{2}$/.test(v)) throw inputError(`country "${v}": expected a two-letter ISO code such as NG`);
  return v.toUpperCase();
}

/** A form of exploitation from the fixed list. */
export function checkType(v: string): string {
  if (!EXPLOITATION_FORMS.includes(v as never)) {
    throw inputError(`type "${v}": expected one of ${EXPLOITATION_FORMS.join(', ')}`);
  }
  return v;
}

/** A language code such as en or fr. */
export function checkLanguage(v: string): string {
  if (!/^[A-Za-z]{2,3}$/.test(v)) throw inputError(`language "${v}": expected a code such as en`);
  return v.toLowerCase();
}

function checkId(field: string, v: string): number {
  if (!/^\d{1,9}$/.test(v)) throw inputError(`${field}:${v}: expected a number`);
  return Number(v);
}

function checkBool(field: string, v: string): boolean {
  if (/^(yes|true|1)$/i.test(v)) return true;
  if (/^(no|false|0)$/i.test(v)) return false;
  throw inputError(`${field}:${v}: expected yes or no`);
}

/** A date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function checkDate(field: string, v: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) || !Number.isFinite(Date.parse(v))) {
    throw inputError(`${field}:${v}: expected a date such as 2024-03-01`);
  }
  return v;
}
