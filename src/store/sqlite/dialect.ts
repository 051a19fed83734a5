// SQLite specifics: an FTS5 contentless index whose rowid is the date-ordered search key, so the
// newest matches come first straight from the index with early termination.
import { countDays, type SearchDoc } from '../search/doc.ts';
import type { Db } from '../sql/db.ts';
import { type Dialect, type IndexQuery, type SearchCandidate, toSearchCandidate } from '../sql/dialect.ts';
import { ftsExpression } from './fts-query.ts';
import { SQLITE_V1 } from './schema.ts';

const FACET_COLS = 'd.key, d.language, d.source_id, d.story_id, d.countries, d.types, d.minors, d.incident';

/** Column weights for bm25: title, body, tags. */
const BM25 = 'bm25(search_fts, 4.0, 1.0, 0.0)';

/** The SQLite dialect. */
export const sqliteDialect: Dialect = {
  name: 'sqlite',
  nowMs: "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)",
  // One file on one machine; one writer at a time, so a claiming UPDATE is atomic without row locks.
  sharedByMachines: false,
  skipLocked: '',
  identityKey: 'INTEGER PRIMARY KEY',
  initialSchema: SQLITE_V1,

  async migrationLock() {
    // BEGIN IMMEDIATE already holds the write lock.
  },

  async placementLock() {
    // BEGIN IMMEDIATE already holds the write lock, which other processes wait for.
  },

  async insertArticles(db: Db, rows: Record<string, unknown>[]) {
    const out: { id: number; created: boolean }[] = [];
    // Every row has the same columns: one SQL string, so one cached prepared statement.
    const cols = Object.keys(rows[0] ?? {});
    const sql = `INSERT INTO articles (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
         ON CONFLICT (canonical_url) DO NOTHING RETURNING id`;
    for (const r of rows) {
      const got = await db.get<{ id: number }>(sql, Object.values(r));
      if (got) out.push({ id: got.id, created: true });
      else
        out.push({
          id: (await db.get<{ id: number }>('SELECT id FROM articles WHERE canonical_url = ?', [r.canonical_url]))!.id,
          created: false,
        });
    }
    return out;
  },

  async indexDocs(db: Db, docs: SearchDoc[], fresh: boolean) {
    for (const d of docs) {
      if (!fresh && (await db.get('SELECT key FROM search_docs WHERE key = ?', [d.key]))) {
        await db.run('DELETE FROM search_fts WHERE rowid = ?', [d.key]);
      }
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
    }
    if (fresh) await countDays(db, docs);
  },

  async dropDocs(db: Db, keys: number[]) {
    for (const key of keys) {
      if (!(await db.get('SELECT key FROM search_docs WHERE key = ?', [key]))) continue;
      await db.run('DELETE FROM search_fts WHERE rowid = ?', [key]);
      await db.run('DELETE FROM search_docs WHERE key = ?', [key]);
    }
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
    return rows.map(toSearchCandidate);
  },

  async relevance(db: Db, q: IndexQuery, sample: SearchCandidate[], capped: boolean) {
    const out = new Map<number, number>();
    if (!sample.length) return out;
    const keys = sample.map((c) => c.key);
    const lo = Math.min(...keys);
    const hi = Math.max(...keys);
    const textOnly = ftsExpression({ ...q, not: [], tagGroups: [], notTags: [] });
    if (!capped && textOnly && (await allRare(db, q))) {
      // bm25 counts the documents of every phrase in the expression, so it only gets the (rare) text phrases.
      const wanted = new Set(keys);
      const rows = await db.all<{ key: number; s: number }>(
        `SELECT rowid AS key, ${BM25} AS s FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?`,
        [textOnly, lo, hi],
      );
      for (const r of rows) if (wanted.has(r.key)) out.set(r.key, 1 - r.s);
      return out;
    }
    // Common words: bm25 would walk millions of postings, so rank by title matches (and recency, in search.ts).
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

/** Documents a phrase may have for bm25 to stay cheap. */
const RARE_DOCS = 5000;

// True when every positive word or phrase is in at most RARE_DOCS documents (probed with an OFFSET).
async function allRare(db: Db, q: IndexQuery): Promise<boolean> {
  const leaves = q.must.flatMap((c) => (c.kind === 'or' ? c.items : [c]));
  for (const leaf of leaves) {
    const expr = ftsExpression({ must: [leaf], not: [], tagGroups: [], notTags: [], keyMin: 0, keyMax: 0 });
    if (
      expr &&
      (await db.get('SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 1 OFFSET ?', [expr, RARE_DOCS]))
    ) {
      return false;
    }
  }
  return true;
}
