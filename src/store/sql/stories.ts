// Stories: insert, update, list with filters and cursor, and the trend counts the portal draws.
import { inputError } from '../../lib/errors.ts';
import type { Story } from '../../model/records.ts';
import type { MonthlyCount, StoryFilter } from '../store.ts';
import { fromRow, insertParts, setClause } from './columns.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { endOf, startOf } from './dates.ts';
import { type Db, num, type Row } from './db.ts';
import { isUniqueViolation } from './dialect.ts';
import { clampLimit } from './sources.ts';
import { STORY } from './tables.ts';

const toStory = (r: Row) => fromRow<Story>(STORY, r);

/** Inserts a story and its country and form rows. */
export async function addStory(db: Db, s: Omit<Story, 'id'>): Promise<Story> {
  if (typeof s?.slug !== 'string' || !/^[a-z0-9][a-z0-9-]{0,199}$/.test(s.slug)) {
    throw inputError(`story slug "${s?.slug}": expected lower-case letters, digits and dashes`);
  }
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

/** One story by slug. */
export async function getStoryBySlug(db: Db, slug: string): Promise<Story | null> {
  const r = await db.get('SELECT * FROM stories WHERE slug = ?', [slug]);
  return r ? toStory(r) : null;
}

/** Changes some fields of a story (countries and forms update their side tables too). */
export async function updateStory(db: Db, id: number, patch: Partial<Omit<Story, 'id'>>): Promise<void> {
  const { sql, params } = setClause(STORY, patch as Record<string, unknown>, 'story');
  if (!sql) return;
  await db.tx(async (t) => {
    let row: Row | undefined;
    try {
      row = await t.get(`UPDATE stories SET ${sql} WHERE id = ? RETURNING *`, [...params, id]);
    } catch (err) {
      if (isUniqueViolation(err)) throw inputError(`story slug "${patch.slug}": already used`);
      throw err;
    }
    if (!row) throw inputError(`story ${id}: not found`);
    if (patch.countries || patch.types) {
      const s = toStory(row);
      await writeFacets(t, id, s.countries, s.types);
    }
  });
}

type StoryCursor = [string, number];
const isStoryCursor = (v: unknown): v is StoryCursor =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1]);

/** Stories, most recently seen first, filtered, one page at a time. */
export async function listStories(db: Db, f: StoryFilter): Promise<{ stories: Story[]; nextCursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...vals: unknown[]) => {
    where.push(sql);
    params.push(...vals);
  };
  if (f.published !== undefined) add('published = ?', !!f.published);
  if (f.country) add('id IN (SELECT story_id FROM story_countries WHERE country = ?)', f.country);
  if (f.type) add('id IN (SELECT story_id FROM story_types WHERE type = ?)', f.type);
  if (f.from) add('last_seen_at >= ?', startOf(f.from));
  if (f.to) add('last_seen_at < ?', endOf(f.to));
  if (f.cursor) {
    const [at, id] = decodeCursor(f.cursor, isStoryCursor);
    add('(last_seen_at < ? OR (last_seen_at = ? AND id < ?))', at, at, id);
  }
  const limit = clampLimit(f.limit, 20);
  const sql = `SELECT * FROM stories ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY last_seen_at DESC, id DESC LIMIT ?`;
  const stories = (await db.all(sql, [...params, limit + 1])).map(toStory);
  const more = stories.length > limit;
  if (more) stories.pop();
  const last = stories[stories.length - 1];
  return { stories, nextCursor: more && last ? encodeCursor([last.lastSeenAt, last.id]) : null };
}

/** Stories last seen at or after `since`, most recent first. */
export async function recentStories(db: Db, since: string, limit: number): Promise<Story[]> {
  const rows = await db.all(
    'SELECT * FROM stories WHERE last_seen_at >= ? ORDER BY last_seen_at DESC, id DESC LIMIT ?',
    [since, clampLimit(limit)],
  );
  return rows.map(toStory);
}

/** Published stories per month of first sighting, keyed by form or by country; optionally of one country or form. */
export async function storiesPerMonth(
  db: Db,
  by: 'type' | 'country',
  opts: { from?: string; to?: string; country?: string; type?: string } = {},
): Promise<MonthlyCount[]> {
  const [table, col] = by === 'type' ? ['story_types', 'type'] : ['story_countries', 'country'];
  const extra: string[] = [];
  const params: unknown[] = [opts.from ? startOf(opts.from) : '0000', opts.to ? endOf(opts.to) : '9999'];
  if (opts.country) {
    extra.push('AND s.id IN (SELECT story_id FROM story_countries WHERE country = ?)');
    params.push(opts.country);
  }
  if (opts.type) {
    extra.push('AND s.id IN (SELECT story_id FROM story_types WHERE type = ?)');
    params.push(opts.type);
  }
  const rows = await db.all<{ month: string; k: string; n: unknown }>(
    `SELECT substr(s.first_seen_at, 1, 7) AS month, x.${col} AS k, count(*) AS n
     FROM stories s JOIN ${table} x ON x.story_id = s.id
     WHERE s.published AND s.first_seen_at >= ? AND s.first_seen_at < ? ${extra.join(' ')}
     GROUP BY substr(s.first_seen_at, 1, 7), x.${col} ORDER BY month, k`,
    params,
  );
  return rows.map((r) => ({ month: r.month, key: r.k, count: num(r.n) }));
}

/** Published stories per country, most first. */
export async function countryCounts(db: Db): Promise<{ country: string; count: number }[]> {
  const rows = await db.all<{ country: string; n: unknown }>(
    `SELECT x.country, count(*) AS n FROM story_countries x JOIN stories s ON s.id = x.story_id
     WHERE s.published GROUP BY x.country ORDER BY n DESC, x.country`,
  );
  return rows.map((r) => ({ country: r.country, count: num(r.n) }));
}
