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
import { pickLang } from './i18n/accept-language.ts';
import { DEFAULT_LANG, LANGS, type Lang, langPath, splitLangPath } from './i18n/langs.ts';
import { type Locale, localeFor } from './i18n/locale.ts';
import { layout, type PageMeta } from './layout.ts';
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
  mountOps(app, ops ?? { ping: () => given.store.stories.get(0) });
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
  for (const route of PUBLIC_ROUTES) {
    app.get(route.path, (c) => respond(c, route.handler, deps, cache, DEFAULT_LANG));
    if (!route.page) continue;
    // Every page in every other language under /<lang>; the home page at /fr/ and /fr alike.
    for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
      const paths = route.path === '/' ? [`/${lang}`, `/${lang}/`] : [`/${lang}${route.path}`];
      for (const path of paths) app.get(path, (c) => respond(c, route.handler, deps, cache, lang));
    }
  }
  app.notFound((c) => send(c, renderResult(notFound(c.req.path), pathLocale(c.req.path)), false));
  const report = ops?.onError;
  const told = (c: Context) => (report ? (m: string) => report(routePath(c), m) : undefined);
  app.onError((err, c) => send(c, renderResult(errorPage(c.req.path, err, told(c)), pathLocale(c.req.path)), false));
  return app;
}

/** An alert's private feed and unsubscribe page: by token, no sign-in, never cached. */
function mountAlertPages(app: Hono, alerts: AlertStore, deps: PublicDeps, baseUrl: (c: Context) => string): void {
  const here = (c: Context): PublicDeps => ({ ...deps, config: { ...deps.config, publicUrl: baseUrl(c) } });
  const reply = (c: Context, r: Rendered) =>
    send(c, renderResult(r.kind === 'notfound' ? notFound(c.req.path) : r, pathLocale(c.req.path)), false);
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
    const L = pathLocale(c.req.path);
    return send(c, renderResult(badRequest(L), L), false);
  }
  await next();
};

/** The locale a path's language prefix names (English without one). */
function pathLocale(path: string): Locale {
  return localeFor(splitLangPath(path).lang);
}

function badRequest(L: Locale): Exclude<Rendered, { kind: 'notfound' }> {
  const body = html`<h1>${L.t('error.badRequest')}</h1><p>${L.t('error.badAddress')}</p><p><a href="${L.href('/')}">${L.t('error.back')}</a></p>`;
  return { kind: 'page', meta: { title: L.t('error.badRequest'), path: '/', alternates: false }, body, status: 400 };
}

/** On the bare root only: a link to the home page in the language the browser asks for, when not English. */
function suggestion(c: Context, path: string): Lang | null {
  if (path !== '/') return null;
  const lang = pickLang(c.req.header('accept-language'));
  return lang === DEFAULT_LANG ? null : lang;
}

async function respond(
  c: Context,
  handler: Handler,
  deps: PublicDeps,
  cache: PageCache,
  lang: Lang,
): Promise<Response> {
  const url = new URL(c.req.url);
  const L = localeFor(lang);
  const req: PageRequest = {
    path: splitLangPath(url.pathname).path,
    L,
    params: c.req.param() as Record<string, string>,
    query: c.req.query(),
  };
  const suggest = suggestion(c, url.pathname);
  // Without a configured public URL, absolute links follow the request's host, and so does the cache key.
  const base = baseUrlFor(deps.config, url, (n) => c.req.header(n));
  const here = base === deps.config.publicUrl ? deps : { ...deps, config: { ...deps.config, publicUrl: base } };
  const render = async () => {
    const result = await handler(req, here);
    const shown = result.kind === 'notfound' ? notFound(url.pathname) : result;
    return renderResult(shown, L, base, suggest ? suggestNotice(localeFor(suggest)) : undefined);
  };
  // Without a cache, compress() handles the response like any other.
  if (cache.ttlMs <= 0) return send(c, await render(), true, url.pathname === '/');
  // The bare root varies with Accept-Language (only through the suggested language, one of six).
  const key = `${deps.config.publicUrl ? '' : base}${url.pathname}${url.search}${suggest ? `#${suggest}` : ''}`;
  const page = await cache.get(key, async () => {
    const r = await render();
    // Compressed once per cache lifetime: worth the best ratio.
    return { ...toPage(r.status, r.type, r.text, Date.now(), 6), location: r.location };
  });
  return send(c, page, true, url.pathname === '/');
}

/** "This page is also in French", written in French, linking to the French home page. */
function suggestNotice(S: Locale): PageMeta['notice'] {
  return html`<p class="lang-suggest" lang="${S.lang}" dir="${S.dir}"><a href="${langPath(S.lang, '/')}" hreflang="${S.lang}">${S.t('layout.suggest')}</a></p>`;
}

interface Plain {
  status: number;
  type: string;
  text: string;
  /** Where a redirect leads. */
  location?: string;
}

function renderResult(
  r: Exclude<Rendered, { kind: 'notfound' }>,
  L: Locale,
  base = '',
  notice?: PageMeta['notice'],
): Plain {
  if (r.kind === 'redirect')
    return { status: 301, type: 'text/plain; charset=utf-8', text: `Moved to ${r.location}\n`, location: r.location };
  if (r.kind === 'raw') return { status: r.status ?? 200, type: r.type, text: r.text };
  const meta = notice ? { ...r.meta, notice } : r.meta;
  return { status: r.status ?? 200, type: 'text/html; charset=utf-8', text: layout(meta, r.body, L, base).toString() };
}

function send(
  c: Context,
  r: (CachedPage & { location?: string }) | Plain,
  cacheable: boolean,
  byLanguage = false,
): Response {
  const headers: Record<string, string> = { 'Content-Type': r.type };
  if (r.location) headers.Location = r.location;
  const vary = ['body' in r ? 'Accept-Encoding' : '', byLanguage ? 'Accept-Language' : ''].filter(Boolean);
  if (vary.length) headers.Vary = vary.join(', ');
  headers['Cache-Control'] = cacheable && r.status === 200 ? 'public, max-age=60' : 'no-store';
  if ('body' in r) {
    const gz = r.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    if (gz) headers['Content-Encoding'] = 'gzip';
    const bytes = gz ? r.gzip! : r.body;
    return new Response(bytes as unknown as BodyInit, { status: r.status, headers });
  }
  return new Response(r.text, { status: r.status, headers });
}

/** A first path segment shaped like a language tag ("/de/…", "/pt-br/…") that is not one of ours. */
export function unknownLangPrefix(path: string): string | null {
  const m = /^\/([A-Za-z]{2}|[A-Za-z]{2,3}-[A-Za-z0-9]{2,8})(?:\/|$)/.exec(path);
  if (!m || m[1] === 'kb') return null;
  return (LANGS as readonly string[]).includes(m[1]!) ? null : m[1]!;
}

function notFound(path: string): Exclude<Rendered, { kind: 'notfound' }> {
  const L = pathLocale(path);
  const code = html`<code dir="ltr">${path.slice(0, 200)}</code>`;
  const latest = html`<a href="${L.href('/')}">${L.t('gone.link')}</a>`;
  const search = html`<a href="${L.href('/search')}">${L.t('nav.search')}</a>`;
  const prefix = unknownLangPrefix(path);
  const langs = prefix
    ? html`<p>${L.tx('error.unknownLang', { prefix: html`<code>${prefix}</code>`, link: html`<a href="/languages">${L.t('layout.allLanguages')}</a>` })}</p>`
    : '';
  const body = html`<h1>${L.t('error.notFound')}</h1><p>${L.tx('error.notFoundText', { path: code, latest, search })}</p>${langs}`;
  return { kind: 'page', meta: { title: L.t('error.notFound'), path, alternates: false }, body, status: 404 };
}

function errorPage(
  path: string,
  err: unknown,
  report?: (message: string) => void,
): Exclude<Rendered, { kind: 'notfound' }> {
  const L = pathLocale(path);
  const back = html`<p><a href="${L.href('/')}">${L.t('error.back')}</a></p>`;
  if (err instanceof LanternError && err.kind !== 'internal') {
    // The reason names the parameter at fault; it is written in English (see README, "Languages").
    const body = html`<h1>${L.t('error.badRequest')}</h1><p lang="en" dir="ltr">${err.message}</p>${back}`;
    return { kind: 'page', meta: { title: L.t('error.badRequest'), path, alternates: false }, body, status: 400 };
  }
  if (report) report(oneLine(messageOf(err)));
  else console.error(`lantern serve: ${oneLine(path, 300)}: ${oneLine(messageOf(err))}`);
  const body = html`<h1>${L.t('error.wrong')}</h1><p>${L.t('error.wrongText')}</p>`;
  return { kind: 'page', meta: { title: L.t('error.title'), path, alternates: false }, body, status: 500 };
}
