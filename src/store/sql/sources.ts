// Sources: add, look up, list, update, remove, and the due-for-fetch queue.
import { inputError } from '../../lib/errors.ts';
import type { NewSource, Source } from '../../model/records.ts';
import { fromRow, insertParts, setClause } from './columns.ts';
import type { Db, Row } from './db.ts';
import { type Dialect, isUniqueViolation } from './dialect.ts';
import { SOURCE } from './tables.ts';

const toSource = (r: Row) => fromRow<Source>(SOURCE, r);

/** Inserts a source; a URL already present is an input error. */
export async function addSource(db: Db, s: NewSource): Promise<Source> {
  if (typeof s.url !== 'string' || !s.url.trim() || s.url.length > 2048) {
    throw inputError('source url: expected a non-empty URL of at most 2048 characters');
  }
  const now = new Date().toISOString();
  const rec = { kind: 'auto', enabled: true, nextFetchAt: now, errorCount: 0, createdAt: now, ...s };
  const { names, marks, params } = insertParts(SOURCE, rec);
  try {
    return toSource((await db.get(`INSERT INTO sources (${names}) VALUES (${marks}) RETURNING *`, params))!);
  } catch (err) {
    if (isUniqueViolation(err)) throw inputError(`source ${s.url}: already added`);
    throw err;
  }
}

/** Inserts several sources in one transaction (all or none); URLs already present are skipped and counted. */
export function addSources(db: Db, list: NewSource[]): Promise<{ added: Source[]; skipped: number }> {
  return db.tx(async (t) => {
    const added: Source[] = [];
    let skipped = 0;
    for (const s of list) {
      if (await getSourceByUrl(t, s.url)) skipped++;
      else added.push(await addSource(t, s));
    }
    return { added, skipped };
  });
}

/** One source by id. */
export async function getSource(db: Db, id: number): Promise<Source | null> {
  const r = await db.get('SELECT * FROM sources WHERE id = ?', [id]);
  return r ? toSource(r) : null;
}

/** One source by its URL. */
export async function getSourceByUrl(db: Db, url: string): Promise<Source | null> {
  const r = await db.get('SELECT * FROM sources WHERE url = ?', [url]);
  return r ? toSource(r) : null;
}

/** All sources (or only those with errors), by id. */
export async function listSources(db: Db, opts: { broken?: boolean } = {}): Promise<Source[]> {
  const where = opts.broken ? 'WHERE error_count > 0' : '';
  return (await db.all(`SELECT * FROM sources ${where} ORDER BY id`)).map(toSource);
}

/** Changes some fields of a source. */
export async function updateSource(db: Db, id: number, patch: Record<string, unknown>): Promise<void> {
  const { sql, params } = setClause(SOURCE, patch, 'source');
  if (!sql) return;
  if (patch.createdAt !== undefined) throw inputError('source: cannot update field "createdAt"');
  const n = await db.run(`UPDATE sources SET ${sql} WHERE id = ?`, [...params, id]);
  if (!n) throw inputError(`source ${id}: not found`);
}

/** Deletes a source; its articles stay, without a source. */
export async function removeSource(db: Db, id: number): Promise<boolean> {
  return (await db.run('DELETE FROM sources WHERE id = ?', [id])) > 0;
}

/** Enabled sources due at `now`, most overdue first. */
export async function dueSources(db: Db, now: string, limit: number): Promise<Source[]> {
  const rows = await db.all(
    'SELECT * FROM sources WHERE enabled AND next_fetch_at <= ? ORDER BY next_fetch_at, id LIMIT ?',
    [now, clampLimit(limit)],
  );
  return rows.map(toSource);
}

/** Claims due sources by moving their next attempt past a lease; concurrent workers never get the same one. */
export async function claimDueSources(
  db: Db,
  dialect: Dialect,
  now: string,
  leaseSeconds: number,
  limit: number,
): Promise<Source[]> {
  if (!Number.isFinite(leaseSeconds) || leaseSeconds < 1) throw inputError('claim lease: expected at least 1 second');
  const until = new Date(Date.parse(now) + leaseSeconds * 1000).toISOString();
  // SQLite has one writer at a time, so the UPDATE is atomic there; PostgreSQL skips rows other workers hold.
  const lock = dialect.skipLocked;
  const rows = await db.all(
    `UPDATE sources SET next_fetch_at = ? WHERE id IN (
       SELECT id FROM sources WHERE enabled AND next_fetch_at <= ? ORDER BY next_fetch_at, id LIMIT ? ${lock}
     ) RETURNING *`,
    [until, now, clampLimit(limit)],
  );
  return rows.map(toSource).sort((a, b) => a.id - b.id);
}

/** A limit between 1 and 10,000. */
export function clampLimit(n: number | undefined, fallback = 100): number {
  const v = Number.isFinite(n) ? Math.floor(n!) : fallback;
  return Math.max(1, Math.min(10_000, v));
}
