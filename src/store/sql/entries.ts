// Feed entries whose page keeps failing (too large, refused, broken): remembered with a back-off so a bad entry
// costs one fetch per back-off step, not one per pass, and does not keep its feed from being read with validators.
import { inputError } from '../../lib/errors.ts';
import { type Db, num } from './db.ts';

/** One failed attempt at an entry. */
export interface EntryFailure {
  url: string;
  sourceId: number | null;
  error: string;
  at: string;
}

/** Of `urls`, those whose next attempt is after `now`, with their failure counts. */
export async function entriesInBackoff(
  db: Db,
  urls: string[],
  now: string,
): Promise<{ url: string; failures: number }[]> {
  if (!urls.length) return [];
  if (urls.length > 100_000) throw inputError('entry urls: more than 100000');
  const out: { url: string; failures: number }[] = [];
  // Chunks keep the statement under both dialects' parameter limits.
  for (let i = 0; i < urls.length; i += 500) {
    const part = urls.slice(i, i + 500);
    const rows = await db.all<{ url: string; failures: unknown }>(
      `SELECT url, failures FROM entry_failures WHERE next_attempt_at > ? AND url IN (${part.map(() => '?').join(', ')})`,
      [now, ...part],
    );
    out.push(...rows.map((r) => ({ url: r.url, failures: num(r.failures) })));
  }
  return out;
}

/** Records a failure; `retryAt(failures)` gives the next attempt time for the new failure count. */
export function noteEntryFailure(
  db: Db,
  f: EntryFailure,
  retryAt: (failures: number) => string,
): Promise<{ failures: number; nextAttemptAt: string }> {
  return db.tx(async (t) => {
    const row = await t.get<{ failures: unknown }>('SELECT failures FROM entry_failures WHERE url = ?', [f.url]);
    const failures = (row ? num(row.failures) : 0) + 1;
    const nextAttemptAt = retryAt(failures);
    await t.run(
      `INSERT INTO entry_failures (url, source_id, failures, last_error, next_attempt_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET source_id = excluded.source_id,
       failures = excluded.failures, last_error = excluded.last_error,
       next_attempt_at = excluded.next_attempt_at, updated_at = excluded.updated_at`,
      [f.url, f.sourceId, failures, f.error.slice(0, 2000), nextAttemptAt, f.at],
    );
    return { failures, nextAttemptAt };
  });
}
