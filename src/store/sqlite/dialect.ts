// SQLite specifics: an FTS5 contentless index whose rowid is the date-ordered search key, so the
// newest matches come first straight from the index with early termination.
import type { SearchDoc } from '../search/doc.ts';
import type { Db, Row } from '../sql/db.ts';
import { num } from '../sql/db.ts';
import type { Candidate, Dialect, IndexQuery } from '../sql/dialect.ts';
import { ftsExpression } from './fts-query.ts';

const FACET_COLS = 'd.key, d.language, d.source_id, d.story_id, d.countries, d.types, d.minors, d.incident';

/** Column weights for bm25: title, body, tags. */
const BM25 = 'bm25(search_fts, 4.0, 1.0, 0.0)';

/** The SQLite dialect. */
export const sqliteDialect: Dialect = {
  name: 'sqlite',

  async migrationLock() {
    // BEGIN IMMEDIATE already holds the write lock.
  },

  async indexDoc(db: Db, d: SearchDoc) {
    const known = await db.get('SELECT key FROM search_docs WHERE key = ?', [d.key]);
    if (known) await db.run('DELETE FROM search_fts WHERE rowid = ?', [d.key]);
    else
      await db.run('INSERT INTO search_days (day, n) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET n = n + 1', [d.day]);
    await db.run('INSERT INTO search_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)', [
      d.key,
      d.title,
      d.body,
      d.tags.join(' '),
    ]);
    await db.run(
      `INSERT OR REPLACE INTO search_docs (key, published, language, source_id, story_id, countries, types, minors, incident)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        d.key,
        d.published,
        d.language,
        d.sourceId,
        d.storyId,
        d.countries.join(','),
        d.types.join(','),
        d.minors,
        d.incident,
      ],
    );
  },

  async candidates(db: Db, q: IndexQuery, limit: number) {
    const expr = ftsExpression(q);
    const rows = expr
      ? await db.all(
          `SELECT ${FACET_COLS} FROM search_fts f JOIN search_docs d ON d.key = f.rowid
           WHERE search_fts MATCH ? AND f.rowid BETWEEN ? AND ? ORDER BY f.rowid DESC LIMIT ?`,
          [expr, q.keyMin, q.keyMax, limit],
        )
      : await db.all(
          `SELECT ${FACET_COLS} FROM search_docs d WHERE d.key BETWEEN ? AND ? ORDER BY d.key DESC LIMIT ?`,
          [q.keyMin, q.keyMax, limit],
        );
    return rows.map(toCandidate);
  },

  async relevance(db: Db, q: IndexQuery, keys: number[], capped: boolean) {
    const out = new Map<number, number>();
    if (!keys.length) return out;
    const lo = Math.min(...keys);
    const hi = Math.max(...keys);
    if (!capped) {
      // bm25 needs each term's document count; with at most SAMPLE_CAP matches that scan is small.
      const rows = await db.all<{ key: number; s: number }>(
        `SELECT rowid AS key, ${BM25} AS s FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?`,
        [ftsExpression(q), lo, hi],
      );
      for (const r of rows) out.set(r.key, -r.s);
      return out;
    }
    // A sample of a very common term: bm25 would scan every document holding it, so rank by title matches.
    for (const k of keys) out.set(k, 1);
    const rows = await db.all<{ key: number }>(
      'SELECT rowid AS key FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?',
      [ftsExpression(q, true), lo, hi],
    );
    for (const r of rows) out.set(r.key, 3);
    return out;
  },

  async afterRestore() {},
};

function toCandidate(r: Row): Candidate {
  return {
    key: num(r.key),
    language: (r.language as string | null) ?? null,
    sourceId: r.source_id === null ? null : num(r.source_id),
    storyId: r.story_id === null ? null : num(r.story_id),
    countries: String(r.countries ?? ''),
    types: String(r.types ?? ''),
    minors: r.minors === null ? null : Boolean(r.minors),
    incident: Boolean(r.incident),
  };
}
