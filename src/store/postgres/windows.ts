// Newest-first candidates on PostgreSQL without ranking millions of rows: every document carries a week
// lexeme (w<week>), and the query is ANDed with the newest weeks that should hold enough matches, widening
// the window from the match rate seen so far. The GIN index answers each step; a last step takes the rest.
import { KEY_SPAN } from '../search/doc.ts';
import type { Db } from '../sql/db.ts';
import { num } from '../sql/db.ts';
import { type IndexQuery, type SearchCandidate, toSearchCandidate } from '../sql/dialect.ts';

/** Columns a candidate needs. */
export const FACET_COLS = 'key, language, source_id, story_id, countries, types, minors, incident';
const MAX_STEPS = 6;
/** Windows of up to this many weeks are always read through their week lexemes. */
const LEXEME_WEEKS = 6;
/** Nor wider than this (100 weeks of lexemes took 55 ms at 1,000 documents a week). */
const MAX_LEXEME_WEEKS = 32;
/** One week lexeme costs GIN about as much as this many matching rows read from the heap (measured, 100k docs). */
const WEEK_ROWS = 500;
/**
 * Without lexemes, the term's whole GIN bitmap (key bounds checked on its rows) while the term's expected matches
 * are under this many times the window's documents; past that, a key range bitmap, whose rows each need their
 * TOASTed tsvector tested (about 8 times the cost of a GIN match, measured).
 */
const GIN_OVER_RANGE = 8;
const MAX_WEEKS = 600;
const CACHE_MS = 10_000;

/** The index token of the week a day falls in. */
export function weekTag(day: number): string {
  return `w${Math.floor(day / 7)}`;
}

interface WeekCount {
  week: number;
  n: number;
}

const weekCache = new WeakMap<object, { at: number; gen: number; weeks: WeekCount[] }>();
let generation = 0;

/** Drops cached week counts after this process indexed new documents (other writers: at most CACHE_MS late). */
export function weeksChanged(): void {
  generation++;
}

// Documents per week, newest first, cached briefly (window sizes only need to be roughly right).
async function weekCounts(db: Db, cacheKey: object): Promise<WeekCount[]> {
  const hit = weekCache.get(cacheKey);
  if (hit && hit.gen === generation && Date.now() - hit.at < CACHE_MS) return hit.weeks;
  const rows = await db.all<{ w: unknown; n: unknown }>(
    'SELECT day / 7 AS w, sum(n) AS n FROM search_days GROUP BY day / 7 ORDER BY w DESC',
  );
  const weeks = rows.map((r) => ({ week: num(r.w), n: num(r.n) }));
  weekCache.set(cacheKey, { at: Date.now(), gen: generation, weeks });
  return weeks;
}

const weekOfKey = (key: number) => Math.floor(Math.floor(key / KEY_SPAN) / 7);
const keyOfWeek = (week: number) => week * 7 * KEY_SPAN;

/** What each window step asks: the tsquery, and the title-only tsquery whose match is returned per row (or null). */
interface Ask {
  ts: string;
  title: string | null;
}

/** Up to `limit` matches of a tsquery, newest key first, read in widening week windows. */
export async function windowed(
  db: Db,
  ts: string,
  q: IndexQuery,
  limit: number,
  title: string | null = null,
): Promise<SearchCandidate[]> {
  const all = await weekCounts(db, db);
  const weeks = all.filter((w) => w.week <= weekOfKey(q.keyMax) && w.week >= weekOfKey(q.keyMin));
  return db.tx(async (t) => {
    // The planner underrates testing a (TOASTed) tsvector per row: only bitmaps (GIN, key ranges) may find rows
    // here, and with room enough that they stay exact (a lossy bitmap re-tests every row of its pages).
    await t.get(
      "SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('work_mem', '32MB', true)",
    );
    return steps(t, weeks, { ts, title }, q, limit);
  });
}

async function steps(db: Db, weeks: WeekCount[], ask: Ask, q: IndexQuery, limit: number): Promise<SearchCandidate[]> {
  const out: SearchCandidate[] = [];
  let upper = q.keyMax;
  let rate = 1;
  let i = 0;
  const all = weeks.reduce((a, w) => a + w.n, 0);
  let left = all;
  for (let step = 0; out.length < limit && upper >= q.keyMin; step++) {
    const need = limit - out.length;
    // Few matches expected in all that is left (a rare term): one query over the rest is cheapest.
    if (step >= MAX_STEPS - 1 || i >= weeks.length || left * rate <= need * 4) {
      out.push(...(await fetch(db, ask, q.keyMin, upper, need)));
      break;
    }
    const target = (need / rate) * 1.5;
    const picked: number[] = [];
    let docs = 0;
    while (i < weeks.length && docs < target && picked.length < MAX_WEEKS) {
      picked.push(weeks[i]!.week);
      docs += weeks[i]!.n;
      i++;
    }
    left -= docs;
    const low = Math.max(q.keyMin, keyOfWeek(picked[picked.length - 1]!));
    const mode = windowMode(picked.length, docs, rate * all);
    const rows =
      mode === 'lexemes'
        ? await fetch(
            db,
            { ...ask, ts: `(${ask.ts}) & (${picked.map((w) => `'w${w}'`).join(' | ')})` },
            low,
            upper,
            need,
          )
        : await fetch(db, ask, low, upper, need, mode === 'range');
    out.push(...rows);
    rate = Math.max(rows.length / Math.max(docs, 1), 1e-6);
    upper = low - 1;
  }
  return out;
}

/**
 * How a window of `weeks` weeks and `docs` documents is read, for a term expected in `matches` documents of the
 * index. A few weeks: their lexemes let GIN skip through a common term's postings; the union of many weeks'
 * postings costs more than the term's own bitmap; a key range bitmap only for a term in most documents.
 */
export function windowMode(weeks: number, docs: number, matches: number): 'lexemes' | 'gin' | 'range' {
  if (weeks <= LEXEME_WEEKS || (weeks <= MAX_LEXEME_WEEKS && weeks * WEEK_ROWS < matches)) return 'lexemes';
  return matches > GIN_OVER_RANGE * docs ? 'range' : 'gin';
}

async function fetch(
  db: Db,
  ask: Ask,
  lo: number,
  hi: number,
  limit: number,
  range = false,
): Promise<SearchCandidate[]> {
  // "key + 0" keeps the primary key out of it: the GIN bitmap finds the matches, their key bounds are checked
  // on those rows only, and only they are sorted. With `range`, the planner may use a key range bitmap.
  const k = range ? 'key' : 'key + 0';
  const title = ask.title === null ? '' : ', title_tsv @@ ?::tsquery AS title_hit';
  const rows = await db.all(
    `SELECT ${FACET_COLS}${title} FROM search_docs WHERE tsv @@ ?::tsquery AND ${k} BETWEEN ? AND ? ORDER BY key + 0 DESC LIMIT ?`,
    [...(ask.title === null ? [] : [ask.title]), ask.ts, lo, hi, limit],
  );
  return rows.map(toSearchCandidate);
}
