// Newest-first candidates on PostgreSQL without ranking millions of rows: every document carries a week
// lexeme (w<week>), and the query is ANDed with the newest weeks that should hold enough matches, widening
// the window from the match rate seen so far. The GIN index answers each step; a last step takes the rest.
import { KEY_SPAN } from '../search/doc.ts';
import type { Db } from '../sql/db.ts';
import { num } from '../sql/db.ts';
import { type Candidate, type IndexQuery, toCandidate } from '../sql/dialect.ts';

/** Columns a candidate needs. */
export const FACET_COLS = 'key, language, source_id, story_id, countries, types, minors, incident';
const MAX_STEPS = 6;
const LEXEME_WEEKS = 6;
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

/** Up to `limit` matches of a tsquery, newest key first, read in widening week windows. */
export async function windowed(db: Db, ts: string, q: IndexQuery, limit: number): Promise<Candidate[]> {
  const all = await weekCounts(db, db);
  const weeks = all.filter((w) => w.week <= weekOfKey(q.keyMax) && w.week >= weekOfKey(q.keyMin));
  return db.tx(async (t) => {
    // The planner underrates testing a (TOASTed) tsvector per row: only bitmaps (GIN, key ranges) may find rows
    // here, and with room enough that they stay exact (a lossy bitmap re-tests every row of its pages).
    await t.run('SET LOCAL enable_seqscan = off');
    await t.run('SET LOCAL enable_indexscan = off');
    await t.run("SET LOCAL work_mem = '32MB'");
    return steps(t, weeks, ts, q, limit);
  });
}

async function steps(db: Db, weeks: WeekCount[], ts: string, q: IndexQuery, limit: number): Promise<Candidate[]> {
  const out: Candidate[] = [];
  let upper = q.keyMax;
  let rate = 1;
  let i = 0;
  let left = weeks.reduce((a, w) => a + w.n, 0);
  for (let step = 0; out.length < limit && upper >= q.keyMin; step++) {
    const need = limit - out.length;
    // Few matches expected in all that is left (a rare term): one query over the rest is cheapest.
    if (step >= MAX_STEPS - 1 || i >= weeks.length || left * rate <= need * 4) {
      out.push(...(await fetch(db, ts, q.keyMin, upper, need)));
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
    // A few weeks: their lexemes let GIN skip through a common term's postings. Wider windows: a key range
    // bitmap ANDed with the term's, cheaper than the union of many weeks' postings.
    const rows =
      picked.length <= LEXEME_WEEKS
        ? await fetch(db, `(${ts}) & (${picked.map((w) => `'w${w}'`).join(' | ')})`, low, upper, need)
        : await fetch(db, ts, low, upper, need, true);
    out.push(...rows);
    rate = Math.max(rows.length / Math.max(docs, 1), 1e-6);
    upper = low - 1;
  }
  return out;
}

async function fetch(db: Db, ts: string, lo: number, hi: number, limit: number, range = false): Promise<Candidate[]> {
  // "key + 0" keeps the primary key out of it: the GIN bitmap finds the matches, their key bounds are checked
  // on those rows only, and only they are sorted. With `range`, the key range is a bitmap ANDed with GIN's.
  const k = range ? 'key' : 'key + 0';
  const rows = await db.all(
    `SELECT ${FACET_COLS} FROM search_docs WHERE tsv @@ ?::tsquery AND ${k} BETWEEN ? AND ? ORDER BY key + 0 DESC LIMIT ?`,
    [ts, lo, hi, limit],
  );
  return rows.map(toCandidate);
}
