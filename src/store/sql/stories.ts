// Stories: insert, update, list with filters and cursor, and the trend counts the portal draws.
import { inputError } from '../../lib/errors.ts';
import { type NewStory, STORY_STATUSES, type Story, type StoryStatus, type Tombstone } from '../../model/records.ts';
import type { MonthlyCount, StoryFilter } from '../store.ts';
import { fromRow, fromTable, insertParts, setClause } from './columns.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { endOf, startOf } from './dates.ts';
import { type Db, num, type Row } from './db.ts';
import { isUniqueViolation } from './dialect.ts';
import { clampLimit } from './sources.ts';
import { STORY, TOMBSTONE } from './tables.ts';

const toStory = (r: Row) => fromRow<Story>(STORY, r);

/** Longest editor text kept on a story: public title, summary, correction note (characters). */
export const MAX_EDITOR_TEXT = { publicTitle: 300, publicSummary: 2000, correction: 2000 } as const;

/** A new story's record with its editorial fields filled in; `published` and `status` agree. */
function withStatus(s: NewStory): Omit<Story, 'id'> {
  const status: StoryStatus = s.status ?? (s.published ? 'published' : 'review');
  checkEditorial(s);
  return {
    publicTitle: null,
    publicSummary: null,
    correction: null,
    correctedAt: null,
    mergedInto: null,
    priority: 0,
    ...s,
    status,
    published: status === 'published',
  };
}

function checkEditorial(p: Partial<Story>): void {
  if (p.status !== undefined && !STORY_STATUSES.includes(p.status)) {
    throw inputError(`story status "${String(p.status)}": expected one of ${STORY_STATUSES.join(', ')}`);
  }
  for (const [k, max] of Object.entries(MAX_EDITOR_TEXT)) {
    const v = p[k as keyof typeof MAX_EDITOR_TEXT];
    if (v !== undefined && v !== null && (typeof v !== 'string' || v.length > max)) {
      throw inputError(`story ${k}: expected text of at most ${max} characters`);
    }
  }
  if (p.priority !== undefined && !Number.isInteger(p.priority))
    throw inputError('story priority: expected an integer');
}

/** Inserts a story and its country and form rows. */
export async function addStory(db: Db, given: NewStory): Promise<Story> {
  if (typeof given?.slug !== 'string' || !/^[a-z0-9][a-z0-9-]{0,199}$/.test(given.slug)) {
    throw inputError(`story slug "${given?.slug}": expected lower-case letters, digits and dashes`);
  }
  const s = withStatus(given);
  const { names, marks, params } = insertParts(STORY, s as unknown as Record<string, unknown>);
  return db.tx(async (t) => {
    let row: Row | undefined;
    try {
      row = await t.get(`INSERT INTO stories (${names}) VALUES (${marks}) RETURNING *`, params);
    } catch (err) {
      if (isUniqueViolation(err)) throw inputError(`story slug "${s.slug}": already used`);
      throw err;
    }
    const story = toStory(row!);
    await writeFacets(t, story.id, story.countries, story.types);
    return story;
  });
}

async function writeFacets(t: Db, id: number, countries: string[], types: string[]): Promise<void> {
  await t.run('DELETE FROM story_countries WHERE story_id = ?', [id]);
  await t.run('DELETE FROM story_types WHERE story_id = ?', [id]);
  for (const c of new Set(countries))
    await t.run('INSERT INTO story_countries (story_id, country) VALUES (?, ?)', [id, c]);
  for (const x of new Set(types)) await t.run('INSERT INTO story_types (story_id, type) VALUES (?, ?)', [id, x]);
}

/** One story by id. */
export async function getStory(db: Db, id: number): Promise<Story | null> {
  const r = await db.get('SELECT * FROM stories WHERE id = ?', [id]);
  return r ? toStory(r) : null;
}

/** Most ids one getStories call takes. */
export const MAX_STORY_IDS = 1000;

/** Stories by id in one query, ordered by id (a page of search hits or articles reads its stories at once). */
export async function getStories(db: Db, ids: number[]): Promise<Story[]> {
  if (!Array.isArray(ids) || ids.length > MAX_STORY_IDS || !ids.every(Number.isInteger))
    throw inputError(`stories: expected at most ${MAX_STORY_IDS} whole-number ids`);
  if (!ids.length) return [];
  const rows = await db.all(`SELECT * FROM stories WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`, ids);
  return rows.map(toStory);
}

/** One story by slug. */
export async function getStoryBySlug(db: Db, slug: string): Promise<Story | null> {
  const r = await db.get('SELECT * FROM stories WHERE slug = ?', [slug]);
  return r ? toStory(r) : null;
}

/**
 * Changes some fields of a story (countries and forms update their side tables too). A status sets `published`
 * to match; `published` alone (the pipeline's joins) sets status 'published', or takes a published story back to
 * 'review' (an editor's other decisions stay).
 */
export async function updateStory(db: Db, id: number, given: Partial<Omit<Story, 'id'>>): Promise<void> {
  checkEditorial(given);
  await db.tx(async (t) => {
    const patch: Record<string, unknown> = { ...given };
    if (given.status === undefined && given.published !== undefined) {
      const cur = await t.get<{ status: StoryStatus }>('SELECT status FROM stories WHERE id = ?', [id]);
      if (!cur) throw inputError(`story ${id}: not found`);
      patch.status = statusAfter(cur.status, !!given.published);
    }
    if (patch.status !== undefined) patch.published = patch.status === 'published';
    const { sql, params } = setClause(STORY, patch, 'story');
    if (!sql) return;
    let row: Row | undefined;
    try {
      row = await t.get(`UPDATE stories SET ${sql} WHERE id = ? RETURNING *`, [...params, id]);
    } catch (err) {
      if (isUniqueViolation(err)) throw inputError(`story slug "${given.slug}": already used`);
      throw err;
    }
    if (!row) throw inputError(`story ${id}: not found`);
    if (given.countries || given.types) {
      const s = toStory(row);
      await writeFacets(t, id, s.countries, s.types);
    }
  });
}

/** A story's status when the pipeline says published (or not): an editor's reject, removal or merge stays. */
export function statusAfter(current: StoryStatus, published: boolean): StoryStatus {
  if (published) return current === 'review' ? 'published' : current;
  return current === 'published' ? 'review' : current;
}

type StoryCursor = [string, number];
const isStoryCursor = (v: unknown): v is StoryCursor =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1]);
type UrgencyCursor = [number, string, number];
const isUrgencyCursor = (v: unknown): v is UrgencyCursor =>
  Array.isArray(v) && v.length === 3 && Number.isInteger(v[0]) && typeof v[1] === 'string' && Number.isInteger(v[2]);

/** Stories, most recently seen first (or most urgent first, then newest), filtered, one page at a time. */
export async function listStories(db: Db, f: StoryFilter): Promise<{ stories: Story[]; nextCursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...vals: unknown[]) => {
    where.push(sql);
    params.push(...vals);
  };
  const urgent = f.order === 'urgency';
  if (f.published !== undefined) add('published = ?', !!f.published);
  if (f.status !== undefined) {
    if (!STORY_STATUSES.includes(f.status)) throw inputError(`story status "${String(f.status)}": unknown`);
    add('status = ?', f.status);
  }
  if (f.samples === false) add('NOT is_sample');
  if (f.country) add('id IN (SELECT story_id FROM story_countries WHERE country = ?)', f.country);
  if (f.type) add('id IN (SELECT story_id FROM story_types WHERE type = ?)', f.type);
  if (f.minors !== undefined) add('minors = ?', !!f.minors);
  if (f.incident !== undefined) add('incident = ?', !!f.incident);
  if (f.language) add('id IN (SELECT story_id FROM articles WHERE language = ? AND story_id IS NOT NULL)', f.language);
  if (f.from) add('last_seen_at >= ?', startOf(f.from));
  if (f.to) add('last_seen_at < ?', endOf(f.to));
  if (f.cursor && urgent) {
    const [p, at, id] = decodeCursor(f.cursor, isUrgencyCursor);
    add('(priority < ? OR (priority = ? AND (last_seen_at < ? OR (last_seen_at = ? AND id < ?))))', p, p, at, at, id);
  } else if (f.cursor) {
    const [at, id] = decodeCursor(f.cursor, isStoryCursor);
    // A row-value comparison: both dialects seek the (last_seen_at, id) index; the OR form scanned it from the top
    // (each page cost more than the last: an export of 20,000 stories spent most of its time here).
    add('(last_seen_at, id) < (?, ?)', at, id);
  }
  const limit = clampLimit(f.limit, 20);
  const sql = `SELECT * FROM stories ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${urgent ? 'priority DESC, ' : ''}last_seen_at DESC, id DESC LIMIT ?`;
  const stories = fromTable<Story>(STORY, await db.table(sql, [...params, limit + 1]));
  const more = stories.length > limit;
  if (more) stories.pop();
  const last = stories[stories.length - 1];
  if (!more || !last) return { stories, nextCursor: null };
  const next = urgent ? [last.priority, last.lastSeenAt, last.id] : [last.lastSeenAt, last.id];
  return { stories, nextCursor: encodeCursor(next) };
}

/**
 * Published stories per month (each story once per key): by form, by country, or 'total' (key 'all', each story
 * once). A story with no country or form counts under key ''; one dated in the future counts as undated (month '').
 */
export async function storiesPerMonth(
  db: Db,
  by: 'type' | 'country' | 'total',
  opts: { from?: string; to?: string; country?: string; type?: string; now?: string } = {},
): Promise<MonthlyCount[]> {
  const now = opts.now ?? new Date().toISOString();
  const [table, col] = by === 'type' ? ['story_types', 'type'] : ['story_countries', 'country'];
  const key = by === 'total' ? `'all'` : `coalesce(x.${col}, '')`;
  const join = by === 'total' ? '' : `LEFT JOIN ${table} x ON x.story_id = s.id`;
  const extra: string[] = [];
  const params: unknown[] = [now, opts.from ? startOf(opts.from) : '0000', opts.to ? endOf(opts.to) : '9999'];
  if (opts.country) {
    extra.push('AND s.id IN (SELECT story_id FROM story_countries WHERE country = ?)');
    params.push(opts.country);
  }
  if (opts.type) {
    extra.push('AND s.id IN (SELECT story_id FROM story_types WHERE type = ?)');
    params.push(opts.type);
  }
  const rows = await db.all<{ month: string; k: string; n: unknown }>(
    `SELECT CASE WHEN s.first_seen_at > ? THEN '' ELSE substr(s.first_seen_at, 1, 7) END AS month, ${key} AS k,
       count(*) AS n
     FROM stories s ${join}
     WHERE s.published AND NOT s.is_sample AND s.first_seen_at >= ? AND s.first_seen_at < ? ${extra.join(' ')}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
  return rows.map((r) => ({ month: r.month, key: r.k, count: num(r.n) }));
}

/** Published stories per country, most first. */
export async function countryCounts(db: Db): Promise<{ country: string; count: number }[]> {
  const rows = await db.all<{ country: string; n: unknown }>(
    `SELECT x.country, count(*) AS n FROM story_countries x JOIN stories s ON s.id = x.story_id
     WHERE s.published AND NOT s.is_sample GROUP BY x.country ORDER BY n DESC, x.country`,
  );
  return rows.map((r) => ({ country: r.country, count: num(r.n) }));
}

/** Published stories per form of exploitation, most first. */
export async function formCounts(db: Db): Promise<{ type: string; count: number }[]> {
  const rows = await db.all<{ type: string; n: unknown }>(
    `SELECT x.type, count(*) AS n FROM story_types x JOIN stories s ON s.id = x.story_id
     WHERE s.published AND NOT s.is_sample GROUP BY x.type ORDER BY n DESC, x.type`,
  );
  return rows.map((r) => ({ type: r.type, count: num(r.n) }));
}

/** Marks story `from` merged into `into` (no reports left; earlier merges into `from` now point at `into`). */
export async function markMerged(t: Db, from: number, into: number): Promise<void> {
  await updateStory(t, from, { status: 'merged', mergedInto: into, articleCount: 0, leadArticleId: null });
  await t.run('UPDATE stories SET merged_into = ? WHERE merged_into = ?', [into, from]);
}

/** Records tombstones (existing ones are kept as they are); returns how many were new. */
export async function addTombstones(db: Db, list: Omit<Tombstone, 'at'>[], at: string): Promise<number> {
  if (!Array.isArray(list) || list.length > 10_000) throw inputError('tombstones: expected a list of at most 10000');
  let added = 0;
  await db.tx(async (t) => {
    for (const x of list) {
      if ((x.kind !== 'url' && x.kind !== 'hash') || typeof x.value !== 'string' || !x.value || x.value.length > 2048) {
        throw inputError(`tombstone ${JSON.stringify(x.value)?.slice(0, 80)}: expected kind url or hash and a value`);
      }
      added += await t.run(
        'INSERT INTO tombstones (kind, value, story_id, reason, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, value) DO NOTHING',
        [x.kind, x.value, x.storyId ?? null, String(x.reason ?? '').slice(0, 2000), at],
      );
    }
  });
  return added;
}

/** The tombstones among these canonical URLs and content hashes. */
export async function findTombstones(db: Db, q: { urls?: string[]; hashes?: string[] }): Promise<Tombstone[]> {
  const urls = q.urls ?? [];
  const hashes = q.hashes ?? [];
  if (!urls.length && !hashes.length) return [];
  if (urls.length + hashes.length > 1000) throw inputError('tombstones: at most 1000 values per lookup');
  // One IN list per kind: a chain of ORs over 1000 pairs passes SQLite's expression depth limit.
  const parts: string[] = [];
  if (urls.length) parts.push(`(kind = 'url' AND value IN (${urls.map(() => '?').join(', ')}))`);
  if (hashes.length) parts.push(`(kind = 'hash' AND value IN (${hashes.map(() => '?').join(', ')}))`);
  const rows = await db.all(`SELECT * FROM tombstones WHERE ${parts.join(' OR ')}`, [...urls, ...hashes]);
  return rows.map((r) => fromRow<Tombstone>(TOMBSTONE, r));
}
