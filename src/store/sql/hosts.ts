// Host politeness shared through the database: one start slot per host claimed in one statement, robots.txt cache.
import { randomUUID } from 'node:crypto';
import { inputError } from '../../lib/errors.ts';
import type { HostSlots } from '../store.ts';
import { type Db, num } from './db.ts';
import type { Dialect } from './dialect.ts';

/** Longest host or origin kept (longer ones are not real hosts). */
const MAX_KEY = 300;
/** While a claim holds a host, others look again this often (the hold ends as soon as the answer begins). */
export const HELD_POLL_MS = 20;

/** Host slots on a Db: times are milliseconds on the database's clock, so workers on several machines agree. */
export function hostSlots(db: Db, dialect: Dialect): HostSlots {
  const now = dialect.nowMs;
  return {
    async claimStart(host, holdMs) {
      const key = checkKey(host);
      const token = randomUUID();
      // Claimed only when the host's next start has passed; the claim then holds it until released (or holdMs).
      const won = await db.get(
        `INSERT INTO host_slots (host, next_start_ms, holder) VALUES (?, ${now} + ?, ?)
         ON CONFLICT (host) DO UPDATE SET next_start_ms = excluded.next_start_ms, holder = excluded.holder
         WHERE host_slots.next_start_ms <= ${now}
         RETURNING holder`,
        [key, ms(holdMs), token],
      );
      if (won) return { token };
      const row = await db.get(`SELECT next_start_ms - ${now} AS wait, holder FROM host_slots WHERE host = ?`, [key]);
      const wait = Math.max(1, row ? num(row.wait) : 1);
      return { waitMs: row?.holder ? Math.min(wait, HELD_POLL_MS) : wait };
    },
    async releaseStart(host, token, spacingMs) {
      await db.run(`UPDATE host_slots SET next_start_ms = ${now} + ?, holder = NULL WHERE host = ? AND holder = ?`, [
        ms(spacingMs),
        checkKey(host),
        token,
      ]);
    },
    async getRobots(origin) {
      const row = await db.get(`SELECT rules FROM robots_cache WHERE origin = ? AND until_ms > ${now}`, [
        checkKey(origin),
      ]);
      return row ? String(row.rules) : null;
    },
    async putRobots(origin, rules, ttlMs) {
      await db.run(
        `INSERT INTO robots_cache (origin, rules, until_ms) VALUES (?, ?, ${now} + ?)
         ON CONFLICT (origin) DO UPDATE SET rules = excluded.rules, until_ms = excluded.until_ms`,
        [checkKey(origin), rules, ms(ttlMs)],
      );
    },
  };
}

function ms(v: number): number {
  return Number.isFinite(v) ? Math.max(0, Math.round(v)) : 0;
}

function checkKey(key: string): string {
  if (typeof key !== 'string' || !key || key.length > MAX_KEY) {
    throw inputError(`host slots: expected a host of 1 to ${MAX_KEY} characters`);
  }
  return key;
}
