// API keys: made, listed, revoked, found by hash, and each use counted (all time and per UTC day).
import { inputError } from '../../lib/errors.ts';
import type { ApiKey } from '../../model/records.ts';
import { type Db, num, type Row } from './db.ts';
import { isUniqueViolation } from './dialect.ts';

/** Highest per-key rate a key may be given (requests per minute). */
export const MAX_KEY_RATE = 100_000;

function toKey(r: Row): ApiKey {
  return {
    id: num(r.id),
    name: String(r.name),
    prefix: String(r.prefix),
    ratePerMin: r.rate_per_min === null || r.rate_per_min === undefined ? null : num(r.rate_per_min),
    createdAt: String(r.created_at),
    revokedAt: (r.revoked_at as string | null) ?? null,
    uses: num(r.uses),
    lastUsedAt: (r.last_used_at as string | null) ?? null,
  };
}

/** Stores a new key by its hash; names are 1–100 characters, rates whole and positive. */
export async function addApiKey(
  db: Db,
  k: { name: string; keyHash: string; prefix: string; ratePerMin: number | null },
): Promise<ApiKey> {
  if (typeof k?.name !== 'string' || !k.name.trim() || k.name.length > 100)
    throw inputError('api key name: expected 1 to 100 characters');
  if (typeof k.keyHash !== 'string' || !/^[0-9a-f]{64}$/.test(k.keyHash))
    throw inputError('api key hash: expected hex SHA-256');
  const rate = k.ratePerMin;
  if (rate !== null && (!Number.isInteger(rate) || rate < 1 || rate > MAX_KEY_RATE))
    throw inputError(`api key rate: expected a whole number from 1 to ${MAX_KEY_RATE}`);
  try {
    const row = await db.get(
      'INSERT INTO api_keys (name, key_hash, prefix, rate_per_min, created_at) VALUES (?, ?, ?, ?, ?) RETURNING *',
      [k.name.trim(), k.keyHash, k.prefix.slice(0, 16), rate, new Date().toISOString()],
    );
    return toKey(row!);
  } catch (err) {
    if (isUniqueViolation(err)) throw inputError('api key: already stored');
    throw err;
  }
}

/** Every key (revoked ones too), newest first, with its uses on `day` (YYYY-MM-DD). */
export async function listApiKeys(db: Db, day: string): Promise<(ApiKey & { usesOnDay: number })[]> {
  const rows = await db.all(
    `SELECT k.*, coalesce(d.uses, 0) AS day_uses FROM api_keys k
     LEFT JOIN api_key_days d ON d.key_id = k.id AND d.day = ? ORDER BY k.id DESC`,
    [day],
  );
  return rows.map((r) => ({ ...toKey(r), usesOnDay: num(r.day_uses) }));
}

/** The key with this hash (revoked or not), or null. */
export async function getApiKeyByHash(db: Db, keyHash: string): Promise<ApiKey | null> {
  const r = await db.get('SELECT * FROM api_keys WHERE key_hash = ?', [keyHash]);
  return r ? toKey(r) : null;
}

/** Revokes a key; false when unknown or already revoked. */
export async function revokeApiKey(db: Db, id: number, at: string): Promise<boolean> {
  return (await db.run('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [at, id])) > 0;
}

/** Counts one use of a key at `at` (ISO): on the key and on that UTC day. */
export async function countApiKeyUse(db: Db, id: number, at: string): Promise<void> {
  await db.tx(async (t) => {
    await t.run('UPDATE api_keys SET uses = uses + 1, last_used_at = ? WHERE id = ?', [at, id]);
    await t.run(
      `INSERT INTO api_key_days (key_id, day, uses) VALUES (?, ?, 1)
       ON CONFLICT (key_id, day) DO UPDATE SET uses = api_key_days.uses + 1`,
      [id, at.slice(0, 10)],
    );
  });
}
