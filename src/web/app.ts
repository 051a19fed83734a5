// The portal app (Hono): secureHeaders, compress, serveStatic, the page cache, public routes, one error handler.

import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { routePath } from 'hono/route';
import { secureHeaders } from 'hono/secure-headers';
import type { GuardOptions } from '../api/guard.ts';
import { createApi } from '../api/routes.ts';
import { LanternError, messageOf } from '../lib/errors.ts';
import { hasControls, oneLine } from '../lib/text.ts';
import type { AlertStore } from '../store/alert-store.ts';
import { alertFeed, unsubscribePage, unsubscribePost } from './alert-pages.ts';
import { baseUrlFor, checkPublicUrl } from './base-url.ts';
import { type CachedPage, PageCache, toPage } from './cache.ts';
import type { PortalDeps, PublicDeps } from './context.ts';
import type { DeskDeps, DeskEvent } from './desk/context.ts';
import { mountDesk } from './desk/routes.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { httpMetrics, mountOps, type OpsDeps } from './ops-routes.ts';
import type { Handler, PageRequest, Rendered } from './pages.ts';
import { publicStore } from './public-store.ts';
import { PUBLIC_ROUTES } from './routes.ts';
import { staticFiles } from './static.ts';

/** Default lifetime of a cached public page (ms): readers see new stories within seconds. */
export const DEFAULT_CACHE_MS = 5000;

/** Strict CSP directives: our own origin only, no inline script or style. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The Content-Security-Policy header every response carries. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Hono's secureHeaders with the strict CSP; HSTS is left to the TLS-terminating proxy. */
export const securityHeaders: MiddlewareHandler = secureHeaders({
  contentSecurityPolicy: CSP_DIRECTIVES,
  xFrameOptions: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  crossOriginOpenerPolicy: 'same-origin',
  strictTransportSecurity: false,
});

/**
 * Builds the public portal app, with the editorial desk when its dependencies are given, and the operators'
 * /healthz and /metrics (src/web/ops-routes.ts; without `ops`, /healthz asks the store for a story).
 */
export function createPortal(given: PortalDeps, deskDeps?: DeskDeps, ops?: OpsDeps): Hono {
  // Feeds and sitemaps join paths onto the public URL: keep it without a trailing slash.
  // Every public page reads through the public gate: published only, identifying details withheld.
  const deps: PublicDeps & { cacheMs: number } = {
    ...given,
    store: publicStore(given.store),
    cacheMs: given.cacheMs ?? DEFAULT_CACHE_MS,
    config: { ...given.config, publicUrl: checkPublicUrl(given.config.publicUrl) },
  };
  const app = new Hono();
  const cache = new PageCache(deps.cacheMs);
  if (ops?.metrics) app.use('*', httpMetrics(ops.metrics));
  app.use('*', securityHeaders);
  // Cached pages arrive compressed already (once per cache lifetime); compress() does every other response.
  app.use('*', compress());
  app.use('*', refuseControls);
  app.use('/static/*', staticFiles());
  mountOps(app, ops ?? { ping: () => given.store.getStory(0) });
  // A desk decision (remove, unpublish, correct…) must reach readers now, not after the cache's stale window.
  if (deskDeps) {
    const onChange = (e?: DeskEvent) => {
      cache.clear();
      deskDeps.onChange?.(e);
    };
    mountDesk(app, { ...deskDeps, onChange });
  }
  const baseUrl = (c: Context) => baseUrlFor(deps.config, new URL(c.req.url), (n) => c.req.header(n));
  app.route(
    '/api/v1',
    createApi({
      store: deps.store,
      publicUrl: deps.config.publicUrl,
      guard: guardOptions(deps),
      baseUrl,
      alerts: deps.alerts,
    }),
  );
  if (deps.alerts) mountAlertPages(app, deps.alerts.alerts, deps, baseUrl);
  for (const route of PUBLIC_ROUTES) app.get(route.path, (c) => respond(c, route.handler, deps, cache));
  app.notFound((c) => send(c, renderResult(notFound(c.req.path)), false));
  const report = ops?.onError;
  const told = (c: Context) => (report ? (m: string) => report(routePath(c), m) : undefined);
  app.onError((err, c) => send(c, renderResult(errorPage(c.req.path, err, told(c))), false));
  return app;
}

/** An alert's private feed and unsubscribe page: by token, no sign-in, never cached. */
function mountAlertPages(app: Hono, alerts: AlertStore, deps: PublicDeps, baseUrl: (c: Context) => string): void {
  const here = (c: Context): PublicDeps => ({ ...deps, config: { ...deps.config, publicUrl: baseUrl(c) } });
  const reply = (c: Context, r: Rendered) =>
    send(c, renderResult(r.kind === 'notfound' ? notFound(c.req.path) : r), false);
  const token = (c: Context) => c.req.param('token') ?? '';
  app.get('/alerts/unsubscribe/:token', async (c) => reply(c, await unsubscribePage(alerts, token(c))));
  app.post('/alerts/unsubscribe/:token', async (c) => reply(c, await unsubscribePost(alerts, token(c))));
  app.get('/alerts/:file', async (c) => reply(c, await alertFeed(alerts, here(c), c.req.param('file'))));
}

function guardOptions(deps: PortalDeps): GuardOptions {
  return { anonRate: 60, keyRate: 600, trustProxy: false, ...deps.api };
}

/** Longest request target served (path and query). */
const MAX_TARGET = 4096;

/** A request whose path or query decodes to control characters (%00, %1b) or bad escapes is refused up front. */
const refuseControls: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const target = url.slice(url.indexOf('/', url.indexOf('//') + 2));
  let decoded: string;
  try {
    decoded = decodeURIComponent(target.replace(/\+/g, ' '));
  } catch {
    decoded = '\u0000';
  }
  if (target.length > MAX_TARGET || hasControls(decoded)) {
    const why = 'the address holds control characters, bad escapes or is too long';
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'bad_request', message: why } }, 400);
    return send(c, renderResult(badRequest('the address holds control characters, bad escapes or is too long')), false);
  }
  await next();
};

function badRequest(why: string): Exclude<Rendered, { kind: 'notfound' }> {
  const body = html`<h1>Bad request</h1><p>${why}.</p><p><a href="/">Back to the latest stories</a></p>`;
  return { kind: 'page', meta: { title: 'Bad request', path: '/' }, body, status: 400 };
}

async function respond(c: Context, handler: Handler, deps: PublicDeps, cache: PageCache): Promise<Response> {
  const url = new URL(c.req.url);
  const req: PageRequest = {
    path: url.pathname,
    params: c.req.param() as Record<string, string>,
    query: c.req.query(),
  };
  // Without a configured public URL, absolute links follow the request's host, and so does the cache key.
  const base = baseUrlFor(deps.config, url, (n) => c.req.header(n));
  const here = base === deps.config.publicUrl ? deps : { ...deps, config: { ...deps.config, publicUrl: base } };
  const render = async () => {
    const result = await handler(req, here);
    return renderResult(result.kind === 'notfound' ? notFound(url.pathname) : result);
  };
  // Without a cache, compress() handles the response like any other.
  if (cache.ttlMs <= 0) return send(c, await render(), true);
  const key = deps.config.publicUrl ? url.pathname + url.search : base + url.pathname + url.search;
  const page = await cache.get(key, async () => {
    const r = await render();
    // Compressed once per cache lifetime: worth the best ratio.
    return { ...toPage(r.status, r.type, r.text, Date.now(), 6), location: r.location };
  });
  return send(c, page, true);
}

interface Plain {
  status: number;
  type: string;
  text: string;
  /** Where a redirect leads. */
  location?: string;
}

function renderResult(r: Exclude<Rendered, { kind: 'notfound' }>): Plain {
  if (r.kind === 'redirect')
    return { status: 301, type: 'text/plain; charset=utf-8', text: `Moved to ${r.location}\n`, location: r.location };
  if (r.kind === 'raw') return { status: r.status ?? 200, type: r.type, text: r.text };
  return { status: r.status ?? 200, type: 'text/html; charset=utf-8', text: layout(r.meta, r.body).toString() };
}

function send(c: Context, r: (CachedPage & { location?: string }) | Plain, cacheable: boolean): Response {
  const headers: Record<string, string> = { 'Content-Type': r.type };
  if (r.location) headers.Location = r.location;
  if ('body' in r) headers.Vary = 'Accept-Encoding';
  headers['Cache-Control'] = cacheable && r.status === 200 ? 'public, max-age=60' : 'no-store';
  if ('body' in r) {
    const gz = r.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    if (gz) headers['Content-Encoding'] = 'gzip';
    const bytes = gz ? r.gzip! : r.body;
    return new Response(bytes as unknown as BodyInit, { status: r.status, headers });
  }
  return new Response(r.text, { status: r.status, headers });
}

function notFound(path: string): Exclude<Rendered, { kind: 'notfound' }> {
  const body = html`<h1>Page not found</h1><p>There is no page at <code>${path.slice(0, 200)}</code>. Try the <a href="/">latest stories</a> or <a href="/search">search</a>.</p>`;
  return { kind: 'page', meta: { title: 'Not found', path }, body, status: 404 };
}

function errorPage(
  path: string,
  err: unknown,
  report?: (message: string) => void,
): Exclude<Rendered, { kind: 'notfound' }> {
  if (err instanceof LanternError && err.kind !== 'internal') {
    const body = html`<h1>Bad request</h1><p>${err.message}</p><p><a href="/">Back to the latest stories</a></p>`;
    return { kind: 'page', meta: { title: 'Bad request', path }, body, status: 400 };
  }
  if (report) report(oneLine(messageOf(err)));
  else console.error(`lantern serve: ${oneLine(path, 300)}: ${oneLine(messageOf(err))}`);
  const body = html`<h1>Something went wrong</h1><p>The page could not be shown. Please try again later.</p>`;
  return { kind: 'page', meta: { title: 'Error', path }, body, status: 500 };
}
