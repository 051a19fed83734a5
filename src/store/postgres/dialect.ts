// PostgreSQL specifics: a tsvector (title weighted A, stemmed per language, plus filter tags) under a GIN
// index, in a table keyed by the date-ordered search key.
import { countDays, type SearchDoc, stripMarks } from '../search/doc.ts';
import type { Db } from '../sql/db.ts';
import { num } from '../sql/db.ts';
import { type Candidate, type Dialect, type IndexQuery, toCandidate } from '../sql/dialect.ts';
import { availableConfigs, configFor, tsQuery } from './ts-query.ts';
import { FACET_COLS, weeksChanged, weekTag, windowed } from './windows.ts';

/** Body characters put into the tsvector (PostgreSQL caps a tsvector at 1 MB). */
const MAX_INDEXED_CHARS = 100_000;
/** Candidate sets up to this size are ranked with ts_rank on the full vector. */
const FULL_RANK_MAX = 300;
/** PostgreSQL array types of the article columns that are not text. */
const ARTICLE_ARRAY_TYPES: Record<string, string> = {
  source_id: 'int[]',
  story_id: 'int[]',
  duplicate_of: 'int[]',
  is_sample: 'boolean[]',
};
const IDENTITY_TABLES = [
  'sources',
  'stories',
  'articles',
  'users',
  'audit_events',
  'saved_searches',
  'api_keys',
  'alerts',
];

/** The query's words (no filters, no exclusions), tested against title vectors alone; null when none has a lexeme. */
function titleQuery(db: Db, q: IndexQuery): Promise<string | null> {
  return tsQuery(db, { ...q, tagGroups: [], notTags: [], not: [] });
}

/** The PostgreSQL dialect. */
export const postgresDialect: Dialect = {
  name: 'postgres',
  nowMs: '(extract(epoch from clock_timestamp()) * 1000)::bigint',

  async migrationLock(db: Db) {
    await db.get('SELECT pg_advisory_xact_lock(726301)');
  },

  async placementLock(db: Db) {
    // Held until the transaction ends: the placement's reads and its writes commit before the next one reads.
    await db.get('SELECT pg_advisory_xact_lock(726302)');
  },

  async insertArticles(db: Db, rows: Record<string, unknown>[]) {
    if (!rows.length) return [];
    const cols = Object.keys(rows[0]!);
    const arrays = cols.map((c) => rows.map((r) => r[c]));
    const types = cols.map((c) => `?::${ARTICLE_ARRAY_TYPES[c] ?? 'text[]'}`);
    const made = await db.all<{ id: number; canonical_url: string }>(
      `INSERT INTO articles (${cols.join(', ')}) SELECT * FROM unnest(${types.join(', ')})
       ON CONFLICT (canonical_url) DO NOTHING RETURNING id, canonical_url`,
      arrays,
    );
    const fresh = new Map(made.map((r) => [r.canonical_url, r.id]));
    const urls = rows.map((r) => String(r.canonical_url));
    const missing = urls.filter((u) => !fresh.has(u));
    const old = missing.length
      ? await db.all<{ id: number; canonical_url: string }>(
          'SELECT id, canonical_url FROM articles WHERE canonical_url = ANY(?)',
          [missing],
        )
      : [];
    const known = new Map(old.map((r) => [r.canonical_url, r.id]));
    return urls.map((u) => {
      const id = fresh.get(u);
      if (id === undefined) return { id: known.get(u)!, created: false };
      // A URL twice in one batch: the first one is the new article, the later ones point to it.
      fresh.delete(u);
      known.set(u, id);
      return { id, created: true };
    });
  },

  async dropDocs(db: Db, keys: number[]) {
    if (keys.length) await db.run('DELETE FROM search_docs WHERE key = ANY(?::bigint[])', [keys]);
  },

  async indexDocs(db: Db, docs: SearchDoc[], fresh: boolean) {
    if (!docs.length) return;
    const configs = await availableConfigs(db);
    const col = <T>(f: (d: SearchDoc) => T) => docs.map(f);
    await db.run(
      `INSERT INTO search_docs (key, published, language, source_id, story_id, countries, types, minors, incident, title_tsv, tsv)
       SELECT k, p, l, s, st, c, t, m, i, to_tsvector(cfg::regconfig, ti),
         setweight(to_tsvector(cfg::regconfig, ti), 'A') || to_tsvector(cfg::regconfig, bo) || tg::tsvector
       FROM unnest(?::bigint[], ?::boolean[], ?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::boolean[],
         ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[]) AS x(k, p, l, s, st, c, t, m, i, cfg, ti, bo, tg)
       ON CONFLICT (key) DO UPDATE SET published = excluded.published, language = excluded.language,
         source_id = excluded.source_id, story_id = excluded.story_id, countries = excluded.countries,
         types = excluded.types, minors = excluded.minors, incident = excluded.incident,
         title_tsv = excluded.title_tsv, tsv = excluded.tsv`,
      [
        col((d) => d.key),
        col((d) => d.published),
        col((d) => d.language),
        col((d) => d.sourceId),
        col((d) => d.storyId),
        col((d) => d.countries.join(',')),
        col((d) => d.types.join(',')),
        col((d) => d.minors),
        col((d) => d.incident),
        col((d) => configFor(d.language, configs)),
        col((d) => stripMarks(d.title)),
        col((d) => stripMarks(d.body.slice(0, MAX_INDEXED_CHARS))),
        col((d) => [...d.tags, weekTag(d.day)].join(' ')),
      ],
    );
    if (fresh) {
      await countDays(db, docs);
      weeksChanged();
    }
  },

  async candidates(db: Db, q: IndexQuery, limit: number) {
    const ts = await tsQuery(db, q);
    if (!ts) {
      const rows = await db.all(
        `SELECT ${FACET_COLS} FROM search_docs WHERE key BETWEEN ? AND ? ORDER BY key DESC LIMIT ?`,
        [q.keyMin, q.keyMax, limit],
      );
      return rows.map(toCandidate);
    }
    // With words, each row also says whether its (small, untoasted) title vector matches them: ranking a large
    // sample then needs no second pass over its keys.
    const title = q.must.length ? await titleQuery(db, q) : null;
    return windowed(db, ts, q, limit, title);
  },

  async relevance(db: Db, q: IndexQuery, sample: Candidate[], capped: boolean) {
    const out = new Map<number, number>();
    if (!sample.length) return out;
    if (!capped && sample.length <= FULL_RANK_MAX) {
      const rows = await db.all<{ key: unknown; s: number }>(
        'SELECT key, ts_rank(tsv, ?::tsquery, 1) AS s FROM search_docs WHERE key = ANY(?::bigint[])',
        [await tsQuery(db, q), sample.map((c) => c.key)],
      );
      for (const r of rows) out.set(num(r.key), 1 + 100 * r.s);
      return out;
    }
    // Many matches: the full tsvectors are large (TOASTed), so rank by the small title vector only.
    for (const c of sample) out.set(c.key, c.titleHit ? 3 : 1);
    return out;
  },

  async afterRestore(db: Db) {
    for (const t of IDENTITY_TABLES) {
      await db.get(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${t}`);
    }
  },
};
