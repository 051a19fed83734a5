// Who is asking and how often: an API key (X-API-Key or Authorization: Bearer) checked by its SHA-256 and counted,
// or an anonymous client address; each held to its requests per minute (429 with Retry-After), a bad key 401.
import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiKey } from '../model/records.ts';
import type { KeyStore } from '../store/roles/keys.ts';
import { RateLimiter } from './rate-limit.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The API key a request authenticated with (null: anonymous). */
    apiKey: ApiKey | null;
  }
}

/** The Store methods the API uses for keys (not public data). */
export type ApiKeyStore = Pick<KeyStore, 'byHash' | 'countUse'>;

/** How the API checks keys and limits rates. */
export interface GuardOptions {
  keys?: ApiKeyStore;
  /** Anonymous requests per minute per client address. */
  anonRate: number;
  /** Requests per minute for a key made without its own rate. */
  keyRate: number;
  /** Read the client address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
}

/** Longest key accepted in a header. */
const MAX_KEY_CHARS = 200;

/** The SHA-256 (hex) a key is stored under. */
export function keyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A JSON error response in the API's one shape. */
export function apiError(c: Context, status: number, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status as 400);
}

/** The key a request carries, or null when none. */
export function presentedKey(c: Context): string | null {
  const header = c.req.header('x-api-key') ?? c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
  return header?.trim() ? header.trim() : null;
}

/** The middleware: authenticate, rate-limit, count the key's use. */
export function guard(opts: GuardOptions): MiddlewareHandler {
  const limiter = new RateLimiter();
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const given = presentedKey(c);
    let key: ApiKey | null = null;
    if (given !== null) {
      key = given.length <= MAX_KEY_CHARS && opts.keys ? await opts.keys.byHash(keyHash(given)) : null;
      if (!key || key.revokedAt)
        return apiError(c, 401, 'unauthorized', 'the API key is not valid (unknown or revoked)');
    }
    const limit = key ? (key.ratePerMin ?? opts.keyRate) : opts.anonRate;
    const answer = limiter.hit(key ? `key:${key.id}` : `ip:${clientAddress(c, opts.trustProxy)}`, limit);
    c.header('X-RateLimit-Limit', String(limit));
    if (!answer.ok) {
      c.header('Retry-After', String(answer.retryAfter));
      const why = key ? 'this key' : 'anonymous use (ask for an API key for more)';
      return apiError(c, 429, 'rate_limited', `too many requests for ${why}: ${limit} a minute`);
    }
    c.header('X-RateLimit-Remaining', String(answer.remaining));
    c.set('apiKey', key);
    if (key && opts.keys) await opts.keys.countUse(key.id, new Date().toISOString());
    await next();
  };
}

function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests) have no socket.
    return 'unknown';
  }
}
