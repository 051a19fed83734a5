// The API keys role of the store: keys of the JSON API, kept by their SHA-256, and their use counts.
import type { ApiKey } from '../../model/records.ts';

/** API keys and their uses. */
export interface KeyStore {
  /** Stores a new API key by its SHA-256 (the key itself is never stored). */
  add(k: { name: string; keyHash: string; prefix: string; ratePerMin: number | null }): Promise<ApiKey>;
  /** Every API key, newest first, with its uses on `day` (YYYY-MM-DD, UTC). */
  list(day: string): Promise<(ApiKey & { usesOnDay: number })[]>;
  /** The key with this SHA-256 (revoked or not), or null. */
  byHash(keyHash: string): Promise<ApiKey | null>;
  /** Revokes a key; false when unknown or already revoked. */
  revoke(id: number, at?: string): Promise<boolean>;
  /** Counts one use of a key (all time and on the UTC day of `at`). */
  countUse(id: number, at: string): Promise<void>;
}
