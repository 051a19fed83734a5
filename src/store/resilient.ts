// A store that rides out a short database outage (a PostgreSQL restart or failover, a dropped connection, a busy
// SQLite file): each call is tried again, a bounded number of times with growing pauses, when it failed for a reason
// that passes by itself. A transaction (placing, fileArticle) is retried whole, so it is never half applied.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from './store.ts';

/** Pauses before each new try, about 31 s in all; past them the error goes to the caller. */
export const RETRY_DELAYS_MS = [100, 250, 500, 1000, 2000, 4000, 8000, 15000];

const NET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EHOSTUNREACH']);
// SQLSTATE: connection exceptions (08…), shutdown or not yet accepting connections, serialisation failure, deadlock.
const PG_STATES = /^(08...|57P01|57P02|57P03|40001|40P01)$/;
const PG_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed/;

/** True for a failure that is expected to pass by itself within seconds (never for bad SQL, bad data or a full disk). */
export function isTransientStoreError(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (NET_CODES.has(code) || PG_STATES.test(code) || code === 'SQLITE_BUSY') return true;
  return typeof e?.message === 'string' && PG_MESSAGES.test(e.message);
}

/** Runs `fn`, trying again after each pause in `delays` while it fails transiently. */
export async function retryTransient<T>(fn: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= delays.length || !isTransientStoreError(err)) throw err;
      await sleep(delays[attempt]);
    }
  }
}

/** The store's roles: objects whose every method is a store call. */
const ROLES = [
  'hosts',
  'alerts',
  'sources',
  'accounts',
  'keys',
  'meta',
  'articles',
  'stories',
  'search',
] as const satisfies readonly (keyof Store)[];

/** The store with every method, and every method of each role, retried on transient failures. */
export function resilientStore(store: Store, delays: readonly number[] = RETRY_DELAYS_MS): Store {
  const roles = new Map<PropertyKey, object>(ROLES.map((k) => [k, retrying(store[k], delays)]));
  return retrying(store, delays, roles);
}

function retrying<T extends object>(role: T, delays: readonly number[], roles?: Map<PropertyKey, object>): T {
  return new Proxy(role, {
    get(target, key) {
      const wrapped = roles?.get(key);
      if (wrapped) return wrapped;
      const v = Reflect.get(target, key, target);
      return typeof v === 'function' ? (...args: unknown[]) => retryTransient(() => v.apply(target, args), delays) : v;
    },
  });
}
