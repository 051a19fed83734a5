// Query-string validation for public pages: bad values become input errors (HTTP 400), never crashes.
import { inputError } from '../lib/errors.ts';
import { EXPLOITATION_FORMS } from '../model/analysis.ts';
import { isCountryCode } from './labels.ts';
import type { StoryFilters } from './views/filters.ts';

/** Longest accepted search query (characters). */
export const MAX_QUERY_CHARS = 200;
/** Longest accepted pagination cursor. */
export const MAX_CURSOR_CHARS = 200;

type Params = Record<string, string | undefined>;

function opt(p: Params, key: string): string | undefined {
  const v = p[key]?.trim();
  return v ? v : undefined;
}

/** A country code (upper case) or undefined; anything else is an input error. */
export function countryParam(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!isCountryCode(v)) throw inputError(`country=${JSON.stringify(v.slice(0, 40))}: not an ISO 3166-1 alpha-2 code`);
  return v.toUpperCase();
}

/** A form of exploitation or undefined. */
export function typeParam(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!(EXPLOITATION_FORMS as readonly string[]).includes(v))
    throw inputError(`type=${JSON.stringify(v.slice(0, 40))}: not a form of exploitation`);
  return v;
}

/** A day (YYYY-MM-DD) or undefined; anything else is an input error. */
export function dateParam(key: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
    throw inputError(`${key}=${JSON.stringify(v.slice(0, 40))}: expected a date like 2026-01-31`);
  return v;
}

/** Periods the map can show: all time, or the last 30 days or 12 months. */
export const MAP_PERIODS = ['all', '30d', '12m'] as const;
/** One of MAP_PERIODS. */
export type MapPeriod = (typeof MAP_PERIODS)[number];

/** A map period ('all' when absent); anything else is an input error. */
export function periodParam(v: string | undefined): MapPeriod {
  if (v === undefined || v === '') return 'all';
  if (!(MAP_PERIODS as readonly string[]).includes(v))
    throw inputError(`period=${JSON.stringify(v.slice(0, 40))}: expected one of ${MAP_PERIODS.join(', ')}`);
  return v as MapPeriod;
}

/** The first day (YYYY-MM-DD) a period covers, counted back from `now`; undefined for all time. */
export function periodStart(period: MapPeriod, now: Date): string | undefined {
  if (period === 'all') return undefined;
  const d = new Date(now);
  if (period === '30d') d.setUTCDate(d.getUTCDate() - 30);
  else d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

/** A pagination cursor (opaque, length-capped). */
export function cursorParam(v: string | undefined): string | undefined {
  if (v !== undefined && v.length > MAX_CURSOR_CHARS) throw inputError('cursor: too long');
  return v;
}

/** Story filters from the home page's query string. */
export function storyFilters(p: Params): StoryFilters & { cursor?: string } {
  return {
    country: countryParam(opt(p, 'country')),
    type: typeParam(opt(p, 'type')),
    from: dateParam('from', opt(p, 'from')),
    to: dateParam('to', opt(p, 'to')),
    lang: langParam(opt(p, 'lang')),
    cursor: cursorParam(opt(p, 'cursor')),
  };
}

/** A story-language filter: an ISO 639-1 code (two lower-case letters). */
export function langParam(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^[a-z]{2}$/.test(v))
    throw inputError(`lang=${JSON.stringify(v.slice(0, 20))}: expected a two-letter language code such as fr`);
  return v;
}

/** A search query (length-capped). */
export function searchText(p: Params): string {
  const q = (p.q ?? '').trim();
  if (q.length > MAX_QUERY_CHARS) throw inputError(`q: longer than ${MAX_QUERY_CHARS} characters`);
  return q;
}

/** Day bounds for the store (YYYY-MM-DD; the store treats "to" as the whole day). */
export function dayRange(f: StoryFilters): { from?: string; to?: string } {
  return { from: f.from, to: f.to };
}
