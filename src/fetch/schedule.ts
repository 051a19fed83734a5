// When to poll a source next: from Retry-After, Cache-Control, the feed's TTL and its observed update rate; back-off on failure.

/** Bounds on the poll interval, in seconds. */
export const MIN_INTERVAL_S = 5 * 60;
export const MAX_INTERVAL_S = 24 * 3600;
/** Interval when nothing says otherwise. */
export const DEFAULT_INTERVAL_S = 30 * 60;
/** Longest back-off after repeated failures. */
export const MAX_BACKOFF_S = 48 * 3600;

/** What a successful poll told us about the source. */
export interface PollHints {
  retryAfterSeconds?: number | null;
  cacheControl?: string | null;
  expires?: string | null;
  ttlMinutes?: number | null;
  /** Publication times of the feed's entries (ISO), for the observed update rate. */
  entryDates?: (string | null)[];
}

/** Seconds until the next poll after a success, clamped to [MIN, MAX]. */
export function nextIntervalSeconds(h: PollHints, now = Date.now()): number {
  const candidates = [
    h.retryAfterSeconds ?? null,
    maxAge(h.cacheControl),
    h.expires ? (Date.parse(h.expires) - now) / 1000 : null,
    h.ttlMinutes ? h.ttlMinutes * 60 : null,
  ].filter((x): x is number => x !== null && Number.isFinite(x) && x > 0);
  const rate = observedInterval(h.entryDates ?? []);
  // The server's own wishes win; the observed rate only picks within our default bounds.
  const chosen = candidates.length ? Math.max(...candidates) : (rate ?? DEFAULT_INTERVAL_S);
  return clamp(Math.round(chosen), MIN_INTERVAL_S, MAX_INTERVAL_S);
}

/** Seconds until the next attempt after `errorCount` consecutive failures (exponential, capped), or Retry-After. */
export function backoffSeconds(errorCount: number, retryAfterSeconds: number | null = null): number {
  const exp = MIN_INTERVAL_S * 2 ** Math.min(Math.max(errorCount - 1, 0), 12);
  return clamp(Math.max(exp, retryAfterSeconds ?? 0), MIN_INTERVAL_S, MAX_BACKOFF_S);
}

/** Parses Retry-After: delta seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined | null, now = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const t = Date.parse(v);
  return Number.isFinite(t) ? Math.max(0, Math.round((t - now) / 1000)) : null;
}

function maxAge(cc: string | null | undefined): number | null {
  if (!cc) return null;
  const m = /(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*"?(\d+)/i.exec(cc);
  return m ? Number(m[1]) : null;
}

/** Half the median gap between recent entries: poll about twice per new item. */
function observedInterval(dates: (string | null)[]): number | null {
  const times = dates
    .map((d) => (d ? Date.parse(d) : Number.NaN))
    .filter(Number.isFinite)
    .sort((a, b) => b - a)
    .slice(0, 20);
  if (times.length < 3) return null;
  const gaps = times.slice(1).map((t, i) => (times[i]! - t) / 1000);
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]! / 2;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
