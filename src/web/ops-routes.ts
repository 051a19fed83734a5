// Operators' routes: /healthz (is the store reachable?) and /metrics (Prometheus, not public: off unless
// LANTERN_METRICS, then only to loopback clients not forwarded by a proxy, or to a bearer of LANTERN_METRICS_TOKEN).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Metrics } from '../ops/metrics.ts';

/** What the operators' routes need. */
export interface OpsDeps {
  /** Resolves when the store answers, rejects (or outlasts HEALTH_TIMEOUT_MS) when it does not. */
  ping: () => Promise<unknown>;
  /** The store's kind, shown by /healthz. */
  dialect?: string;
  /** The process's metrics; null or absent: /metrics is not served. */
  metrics?: Metrics | null;
  /** A bearer token that opens /metrics to other machines (empty: loopback only). */
  metricsToken?: string;
  /** Told of each request that failed with an internal error: its route pattern (never the raw path) and why. */
  onError?: (route: string, message: string) => void;
}

/** Longest wait for the store before /healthz answers 503. */
export const HEALTH_TIMEOUT_MS = 3000;

/** Times and counts every request by its route pattern (bounded labels: never the raw path). */
export function httpMetrics(metrics: Metrics): MiddlewareHandler {
  return async (c, next) => {
    const t0 = performance.now();
    try {
      await next();
    } finally {
      const pattern = routePath(c);
      const route = pattern === '/*' || pattern === '*' ? 'unmatched' : pattern;
      metrics.request(route, c.req.method, c.res.status, (performance.now() - t0) / 1000);
    }
  };
}

/** Adds GET /healthz and (with metrics) GET /metrics to the app. */
export function mountOps(app: Hono, ops: OpsDeps): void {
  app.get('/healthz', async (c) => {
    const headers = { 'Cache-Control': 'no-store' };
    try {
      await withTimeout(ops.ping(), HEALTH_TIMEOUT_MS);
      return c.json({ status: 'ok', store: ops.dialect ?? 'unknown' }, 200, headers);
    } catch {
      // No error text: it may name the database host or user.
      return c.json(
        { status: 'unavailable', store: ops.dialect ?? 'unknown', reason: 'store unreachable' },
        503,
        headers,
      );
    }
  });
  const metrics = ops.metrics;
  if (!metrics) return;
  app.get('/metrics', async (c, next) => {
    if (!mayScrape(c, ops.metricsToken ?? '')) return next();
    const body = await metrics.registry.metrics();
    return c.body(body, 200, { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' });
  });
}

/** A loopback client that no proxy forwarded, or one with the right bearer token. */
function mayScrape(c: Context, token: string): boolean {
  const auth = c.req.header('authorization') ?? '';
  if (token && auth.startsWith('Bearer ') && sameSecret(auth.slice(7).trim(), token)) return true;
  if (c.req.header('x-forwarded-for') || c.req.header('forwarded') || c.req.header('x-real-ip')) return false;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return isLoopback(env?.incoming?.socket?.remoteAddress ?? '');
}

function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

function sameSecret(a: string, b: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(a), h(b));
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
