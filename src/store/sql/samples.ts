// Removing the bundled sample stories: a demo never mixed with a real monitor.

import { KEY_SPAN, searchKey } from '../search/doc.ts';
import { type Db, num } from './db.ts';
import type { Dialect } from './dialect.ts';

/** Deletes articles with their index entries and LSH keys (copies of them lose the link); returns how many. */
export async function purgeArticles(t: Db, dialect: Dialect, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  let n = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const marks = chunk.map(() => '?').join(', ');
    const rows = await t.all<{ id: unknown; published_at: string | null; fetched_at: string }>(
      `SELECT id, published_at, fetched_at FROM articles WHERE id IN (${marks})`,
      chunk,
    );
    const keys = rows.map((r) => searchKey({ id: num(r.id), publishedAt: r.published_at, fetchedAt: r.fetched_at }));
    await dialect.dropDocs(t, keys);
    const days = new Map<number, number>();
    for (const k of keys) days.set(Math.floor(k / KEY_SPAN), (days.get(Math.floor(k / KEY_SPAN)) ?? 0) + 1);
    for (const [day, c] of days) await t.run('UPDATE search_days SET n = n - ? WHERE day = ?', [c, day]);
    await t.run(`DELETE FROM lsh_keys WHERE article_id IN (${marks})`, chunk);
    await t.run(`UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IN (${marks})`, chunk);
    n += await t.run(`DELETE FROM articles WHERE id IN (${marks})`, chunk);
  }
  return n;
}

/** Deletes every sample story and sample article (and their index entries) in one transaction; returns counts. */
export function removeSamples(db: Db, dialect: Dialect): Promise<{ stories: number; articles: number }> {
  return db.tx(async (t) => {
    const rows = await t.all<{ id: unknown }>('SELECT id FROM articles WHERE is_sample');
    const articles = await purgeArticles(
      t,
      dialect,
      rows.map((r) => num(r.id)),
    );
    const stories = await t.run('DELETE FROM stories WHERE is_sample');
    return { stories, articles };
  });
}
