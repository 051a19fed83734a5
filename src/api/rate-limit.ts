// Fixed one-minute windows of requests per client (an address or a key), in memory, bounded in size.

/** Length of one rate window (ms). */
export const WINDOW_MS = 60_000;
/** Most clients tracked at once; past it, windows already over are dropped first, then the oldest. */
const MAX_CLIENTS = 50_000;

/** The answer for one request: allowed (with what is left) or refused (with seconds until the next window). */
export type RateAnswer = { ok: true; remaining: number } | { ok: false; retryAfter: number };

/** Counts requests per client in the current minute. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; n: number }>();

  /** Counts one request of `client` against `limit` per minute. */
  hit(client: string, limit: number, now = Date.now()): RateAnswer {
    let w = this.windows.get(client);
    if (!w || now - w.start >= WINDOW_MS) {
      if (!w && this.windows.size >= MAX_CLIENTS) this.prune(now);
      w = { start: now, n: 0 };
      this.windows.set(client, w);
    }
    if (w.n >= limit) return { ok: false, retryAfter: Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000)) };
    w.n++;
    return { ok: true, remaining: limit - w.n };
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= WINDOW_MS) this.windows.delete(k);
    // Still full: drop the oldest tenth (Map keeps insertion order).
    if (this.windows.size >= MAX_CLIENTS) {
      let n = Math.ceil(MAX_CLIENTS / 10);
      for (const k of this.windows.keys()) {
        if (n-- <= 0) break;
        this.windows.delete(k);
      }
    }
  }
}
