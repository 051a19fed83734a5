// Articles: insert (one or in bulk, kept in the search index), look up, update, and near-duplicate buckets.
import { inputError } from '../../lib/errors.ts';
import type { Article, NewArticle } from '../../model/records.ts';
import { searchDoc } from '../search/doc.ts';
import { encodeRow, fromRow, fromTable, setClause, snake } from './columns.ts';
import { type Db, num, type Row } from './db.ts';
import type { Dialect } from './dialect.ts';
import { clampLimit } from './sources.ts';
import { ARTICLE } from './tables.ts';

/** Largest article text kept (characters). */
export const MAX_ARTICLE_CHARS = 2_000_000;
const STATUSES = ['new', 'review', 'published', 'rejected'];

const toArticle = (r: Row) => fromRow<Article>(ARTICLE, r);

/** Inserts an article unless its canonical URL is known; indexes it for search. */
export async function addArticle(
  db: Db,
  dialect: Dialect,
  a: NewArticle,
): Promise<{ article: Article; created: boolean }> {
  const rec = normalise(a);
  return db.tx(async (t) => {
    const [res] = await insertAll(t, dialect, [rec]);
    const article = res!.created ? { ...rec, id: res!.id } : (await getArticle(t, res!.id))!;
    return { article, created: res!.created };
  });
}

/** Inserts many articles in one transaction; returns their ids in order (existing ids for known URLs). */
export async function addArticles(db: Db, dialect: Dialect, list: NewArticle[]): Promise<number[]> {
  if (!Array.isArray(list)) throw inputError('articles: expected a list');
  const recs = list.map(normalise);
  return db.tx(async (t) => (await insertAll(t, dialect, recs)).map((r) => r.id));
}

async function insertAll(t: Db, dialect: Dialect, recs: Article[]): Promise<{ id: number; created: boolean }[]> {
  const rows = recs.map((r) => encodeRow(ARTICLE, r as unknown as Record<string, unknown>));
  const out = await dialect.insertArticles(t, rows);
  const docs = out.flatMap((r, i) => (r.created ? [searchDoc({ ...recs[i]!, id: r.id })] : []));
  await dialect.indexDocs(t, docs, true);
  return out;
}

function normalise(a: NewArticle): Article {
  for (const k of ['url', 'canonicalUrl', 'title', 'text', 'contentHash'] as const) {
    if (typeof a?.[k] !== 'string') throw inputError(`article ${k}: expected a string`);
  }
  if (!a.canonicalUrl || a.canonicalUrl.length > 2048) throw inputError('article canonicalUrl: empty or too long');
  if (a.text.length > MAX_ARTICLE_CHARS)
    throw inputError(`article ${a.canonicalUrl}: text longer than ${MAX_ARTICLE_CHARS}`);
  if (a.status !== undefined && !STATUSES.includes(a.status)) throw inputError(`article status "${a.status}": unknown`);
  return {
    storyId: null,
    duplicateOf: null,
    status: 'new',
    isSample: false,
    ...a,
    fetchedAt: isoOrNull(a.fetchedAt) ?? new Date().toISOString(),
    publishedAt: isoOrNull(a.publishedAt),
  } as Article;
}

// Dates are kept as fixed-width UTC ISO strings so text order is time order in both dialects.
function isoOrNull(v: string | null | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) throw inputError(`article date "${v}": not a date`);
  return new Date(t).toISOString();
}

/** One article by id. */
export async function getArticle(db: Db, id: number): Promise<Article | null> {
  const r = await db.get('SELECT * FROM articles WHERE id = ?', [id]);
  return r ? toArticle(r) : null;
}

/** One article by canonical URL. */
export async function findArticleByUrl(db: Db, canonicalUrl: string): Promise<Article | null> {
  const r = await db.get('SELECT * FROM articles WHERE canonical_url = ?', [canonicalUrl]);
  return r ? toArticle(r) : null;
}

/** The first article with this content hash. */
export async function findArticleByHash(db: Db, hash: string): Promise<Article | null> {
  const r = await db.get('SELECT * FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1', [hash]);
  return r ? toArticle(r) : null;
}

/** Updates story, duplicate link, status or analysis, and re-indexes the article. */
export async function updateArticle(
  db: Db,
  dialect: Dialect,
  id: number,
  patch: Record<string, unknown>,
): Promise<void> {
  const allowed = ['storyId', 'duplicateOf', 'status', 'analysis'];
  const bad = Object.keys(patch).find((k) => !allowed.includes(k));
  if (bad) throw inputError(`article: cannot update field "${bad}"`);
  if (patch.status !== undefined && !STATUSES.includes(patch.status as string)) {
    throw inputError(`article status "${String(patch.status)}": unknown`);
  }
  const { sql, params } = setClause(ARTICLE, patch, 'article');
  if (!sql) return;
  await db.tx(async (t) => {
    const row = await t.get(`UPDATE articles SET ${sql} WHERE id = ? RETURNING *`, [...params, id]);
    if (!row) throw inputError(`article ${id}: not found`);
    await dialect.indexDocs(t, [searchDoc(toArticle(row))], false);
  });
}

/** Number of stored articles. */
export async function countArticles(db: Db): Promise<number> {
  return num((await db.get<{ n: unknown }>('SELECT count(*) AS n FROM articles'))!.n);
}

/** Articles of a story, oldest first. */
export async function storyArticles(db: Db, storyId: number): Promise<Article[]> {
  const rows = await db.all('SELECT * FROM articles WHERE story_id = ? ORDER BY published_at, id', [storyId]);
  return rows.map(toArticle);
}

/** Most ids one getArticles call takes. */
export const MAX_ARTICLE_IDS = 1000;

// Every articles column but the text, for reads that leave it out.
const WITHOUT_TEXT = Object.keys(ARTICLE)
  .filter((f) => f !== 'text')
  .map(snake)
  .join(', ');

/** Articles by id, or all articles of these stories, in one query, ordered by id (text: false, text left out). */
export async function getArticles(
  db: Db,
  q: { ids?: number[]; storyIds?: number[]; text?: boolean },
): Promise<Article[]> {
  const [col, ids] = q.ids ? ['id', q.ids] : ['story_id', q.storyIds ?? []];
  if (!Array.isArray(ids) || ids.length > MAX_ARTICLE_IDS || !ids.every(Number.isInteger))
    throw inputError(`articles: expected at most ${MAX_ARTICLE_IDS} whole-number ids`);
  if (!ids.length) return [];
  const table = await db.table(
    `SELECT ${q.text === false ? `${WITHOUT_TEXT}, '' AS text` : '*'} FROM articles WHERE ${col} IN (${ids.map(() => '?').join(', ')}) ORDER BY id`,
    ids,
  );
  return fromTable<Article>(ARTICLE, table);
}

/** Stores an article's LSH band keys. */
export async function addLshKeys(db: Db, articleId: number, keys: string[]): Promise<void> {
  if (keys.length > 1024) throw inputError('lsh keys: more than 1024');
  if (!keys.length) return;
  // One multi-row statement per call: an article files 50-odd keys, one round trip instead of one per key.
  const unique = [...new Set(keys)];
  await db.run(
    `INSERT INTO lsh_keys (key, article_id) VALUES ${unique.map(() => '(?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
    unique.flatMap((k) => [k, articleId]),
  );
}

/** Articles sharing band keys with the given ones, most shared first. */
/** Bucket entries read per band key by default. */
export const LSH_BUCKET_READ = 64;

/** Articles sharing band keys, most shared first (newest `perKey` entries per bucket). */
export async function lshCandidates(
  db: Db,
  keys: string[],
  limit: number,
  perKey = LSH_BUCKET_READ,
): Promise<number[]> {
  if (!keys.length) return [];
  if (keys.length > 1024) throw inputError('lsh keys: more than 1024');
  // Newest entries of each bucket only: a popular bucket (boilerplate shared by many articles) costs the same
  // at a thousand articles as at a million, and copies are published close together.
  const perBucket = keys
    .map(
      (_, i) =>
        `SELECT article_id FROM (SELECT article_id FROM lsh_keys WHERE key = ? ORDER BY article_id DESC LIMIT ?) AS b${i}`,
    )
    .join(' UNION ALL ');
  const rows = await db.all<{ article_id: unknown }>(
    `SELECT article_id, count(*) AS n FROM (${perBucket}) AS hits GROUP BY article_id ORDER BY n DESC, article_id LIMIT ?`,
    [...keys.flatMap((k) => [k, clampLimit(perKey)]), clampLimit(limit)],
  );
  return rows.map((r) => num(r.article_id));
}
