// PostgreSQL specifics: a tsvector (title weighted A, stemmed per language, plus filter tags) under a GIN
// index, in a table keyed by the date-ordered search key.
import { type SearchDoc, stripMarks } from '../search/doc.ts';
import type { Db, Row } from '../sql/db.ts';
import { num } from '../sql/db.ts';
import type { Candidate, Dialect, IndexQuery } from '../sql/dialect.ts';
import { configFor, tsExpression } from './ts-query.ts';

/** Body characters put into the tsvector (PostgreSQL caps a tsvector at 1 MB). */
const MAX_INDEXED_CHARS = 100_000;
const FACET_COLS = 'key, language, source_id, story_id, countries, types, minors, incident';
const IDENTITY_TABLES = ['sources', 'stories', 'articles', 'users', 'audit_events', 'saved_searches'];

/** The PostgreSQL dialect. */
export const postgresDialect: Dialect = {
  name: 'postgres',

  async migrationLock(db: Db) {
    await db.get('SELECT pg_advisory_xact_lock(726301)');
  },

  async indexDoc(db: Db, d: SearchDoc) {
    const cfg = configFor(d.language);
    const row = await db.get<{ inserted: boolean }>(
      `INSERT INTO search_docs (key, published, language, source_id, story_id, countries, types, minors, incident, tsv)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
         setweight(to_tsvector(?::regconfig, ?), 'A') || to_tsvector(?::regconfig, ?) || ?::tsvector)
       ON CONFLICT (key) DO UPDATE SET published = excluded.published, language = excluded.language,
         source_id = excluded.source_id, story_id = excluded.story_id, countries = excluded.countries,
         types = excluded.types, minors = excluded.minors, incident = excluded.incident, tsv = excluded.tsv
       RETURNING (xmax = 0) AS inserted`,
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
        cfg,
        stripMarks(d.title),
        cfg,
        stripMarks(d.body.slice(0, MAX_INDEXED_CHARS)),
        d.tags.join(' '),
      ],
    );
    if (row?.inserted) {
      await db.run(
        'INSERT INTO search_days (day, n) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET n = search_days.n + 1',
        [d.day],
      );
    }
  },

  async candidates(db: Db, q: IndexQuery, limit: number) {
    const ts = tsExpression(q);
    const where = ts ? `tsv @@ ${ts.sql} AND` : '';
    const rows = await db.all(
      `SELECT ${FACET_COLS} FROM search_docs WHERE ${where} key BETWEEN ? AND ? ORDER BY key DESC LIMIT ?`,
      [...(ts?.params ?? []), q.keyMin, q.keyMax, limit],
    );
    return rows.map(toCandidate);
  },

  async relevance(db: Db, q: IndexQuery, keys: number[], capped: boolean) {
    const out = new Map<number, number>();
    if (!keys.length) return out;
    if (!capped) {
      const ts = tsExpression(q)!;
      const rows = await db.all<{ key: unknown; s: number }>(
        `SELECT key, ts_rank(tsv, ${ts.sql}, 1) AS s FROM search_docs WHERE key = ANY(?::bigint[])`,
        [...ts.params, keys],
      );
      for (const r of rows) out.set(num(r.key), 1 + 100 * r.s);
      return out;
    }
    for (const k of keys) out.set(k, 1);
    const ts = tsExpression(q, true)!;
    const rows = await db.all<{ key: unknown }>(
      `SELECT key FROM search_docs WHERE key = ANY(?::bigint[]) AND tsv @@ ${ts.sql}`,
      [keys, ...ts.params],
    );
    for (const r of rows) out.set(num(r.key), 3);
    return out;
  },

  async afterRestore(db: Db) {
    for (const t of IDENTITY_TABLES) {
      await db.get(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${t}`);
    }
  },
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
