// The JSON API v1, every route in this one file: stories, articles, search, facets, countries, forms, sources,
// export, the OpenAPI document and its reference page. Public data only, through the portal's PortalStore.
import { createHash } from 'node:crypto';
import { createRoute, OpenAPIHono, type RouteConfig, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { EXPORT_TYPES } from '../export/formats.ts';
import { exportChunks } from '../export/stream.ts';
import { inputError, LanternError, messageOf } from '../lib/errors.ts';
import { oneLine } from '../lib/text.ts';
import type { Article, Story } from '../model/records.ts';
import type { SearchQuery, StoryFilter } from '../store/store.ts';
import type { PortalStore } from '../web/context.ts';
import { type AlertApiDeps, alertRoutes } from './alert-routes.ts';
import { apiError, type GuardOptions, guard } from './guard.ts';
import { isPublicStory, publicArticle, publicHit, publicStory, storyWithholdings } from './public-view.ts';
import { referencePage } from './reference.ts';
import * as S from './schemas.ts';

/** What the API is built from. */
export interface ApiDeps {
  store: PortalStore;
  publicUrl: string;
  guard: GuardOptions;
  /** The base URL for one request (LANTERN_PUBLIC_URL, else the request's host); default: publicUrl. */
  baseUrl?: (c: Context) => string;
  /** Alerts for key holders (POST/GET/DELETE /alerts); absent: those routes answer 404. */
  alerts?: AlertApiDeps;
}

/** Default page size. */
const PAGE = 20;
const FACETS = ['country', 'type', 'language', 'month', 'minors', 'incident'] as const;

const json = (schema: z.ZodType, description: string) => ({ content: { 'application/json': { schema } }, description });
const ERRORS = {
  400: json(S.ErrorBody, 'Bad parameters'),
  401: json(S.ErrorBody, 'Unknown or revoked API key'),
  429: json(S.ErrorBody, 'Too many requests (see Retry-After)'),
};
const get = (path: string, summary: string, request: object, ok: z.ZodType, extra: object = {}) =>
  createRoute({ method: 'get', path, summary, request, responses: { 200: json(ok, 'OK'), ...ERRORS, ...extra } });
const NOT_FOUND = { 404: json(S.ErrorBody, 'Not found or not public') };

const routes = {
  stories: get('/stories', 'Published stories, newest first, filtered', { query: S.StoriesQuery }, S.StoryPage),
  story: get('/stories/{slug}', 'One published story', { params: S.SlugParam }, S.Story, NOT_FOUND),
  article: get('/articles/{id}', 'One published article', { params: S.IdParam }, S.Article, NOT_FOUND),
  search: get('/search', 'Search published articles', { query: S.StoriesQuery }, S.SearchPage),
  facets: get('/facets', 'Facet counts of matching articles', { query: S.FilterQuery }, S.Facets),
  countries: get('/countries', 'Published stories per country', {}, S.CountList),
  forms: get('/forms', 'Published stories per form of exploitation', {}, S.CountList),
  sources: get('/sources', 'Monitored outlets', {}, S.SourceList),
  export: createRoute({
    method: 'get',
    path: '/export',
    summary: 'Every matching published story as CSV, JSON Lines or GeoJSON (streamed)',
    request: { query: S.ExportQuery },
    responses: {
      200: {
        description: 'The export',
        content: Object.fromEntries(
          Object.values(EXPORT_TYPES).map((t) => [t.split(';')[0], { schema: { type: 'string' } }]),
        ),
      },
      ...ERRORS,
    },
  }),
};

/** The API app, mounted at /api/v1. */
export function createApi(deps: ApiDeps): OpenAPIHono {
  const api = new OpenAPIHono({ defaultHook: badParams });
  api.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      allowHeaders: ['Authorization', 'X-API-Key', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining'],
      maxAge: 86400,
    }),
  );
  api.use('*', guard(deps.guard));
  dataRoutes(api, deps);
  if (deps.alerts) alertRoutes(api, deps.alerts, (c) => deps.baseUrl?.(c) ?? deps.publicUrl);
  docRoutes(api);
  api.all('*', (c) => apiError(c, 404, 'not_found', `no API route ${c.req.method} ${oneLine(c.req.path, 200)}`));
  api.onError((err, c) => {
    if (err instanceof LanternError && err.kind !== 'internal') return apiError(c, 400, 'bad_request', err.message);
    if (err instanceof HTTPException && err.status < 500) return apiError(c, err.status, 'bad_request', err.message);
    console.error(`lantern api: ${oneLine(c.req.path, 300)}: ${oneLine(messageOf(err))}`);
    return apiError(c, 500, 'internal', 'something went wrong; please try again later');
  });
  return api;
}

/** Every data route, each handler right after its route. */
function dataRoutes(api: OpenAPIHono, deps: ApiDeps): void {
  const { store } = deps;
  // Absolute links in answers follow the request's host when no public URL is configured.
  const here = (c: Context): ApiDeps => (deps.baseUrl ? { ...deps, publicUrl: deps.baseUrl(c) } : deps);
  on<Page>(api, routes.stories, async (c, q) => send(c, await storyPage(here(c), q)));
  on<{ slug: string }>(api, routes.story, async (c, p) => {
    const s = await store.stories.bySlug(p.slug);
    if (!isPublicStory(s)) return notFound(c);
    return send(c, publicStory(s, await store.articles.ofStory(s.id), here(c).publicUrl));
  });
  on<{ id: number }>(api, routes.article, async (c, p) => {
    const a = await store.articles.get(p.id);
    const s = a?.status === 'published' && a.storyId !== null ? await store.stories.get(a.storyId) : null;
    if (!a || !isPublicStory(s)) return notFound(c);
    return send(c, publicArticle(a, s, storyWithholdings(await store.articles.ofStory(s.id))));
  });
  on<Page>(api, routes.search, async (c, q) => send(c, await searchPage(here(c), q)));
  on<Filters>(api, routes.facets, async (c, q) => {
    const r = await store.search.run({ ...searchQuery(q), limit: 1, facets: [...FACETS] });
    return send(c, r.facets);
  });
  on(api, routes.countries, async (c) => {
    const items = (await store.stories.countryCounts()).map((x) => ({ value: x.country, count: x.count }));
    return send(c, { items });
  });
  on(api, routes.forms, async (c) =>
    send(c, { items: (await store.stories.formCounts()).map((x) => ({ value: x.type, count: x.count })) }),
  );
  on(api, routes.sources, async (c) => {
    const items = (await store.sources.list())
      .filter((s) => s.enabled)
      .map((s) => ({ id: s.id, name: s.creditName ?? s.name, url: s.url, language: s.language, country: s.country }));
    return send(c, { items });
  });
  on<z.infer<typeof S.ExportQuery>>(api, routes.export, async (c, q) => exportResponse(here(c), q));
}

/** The OpenAPI document and the reference page made from it. */
function docRoutes(api: OpenAPIHono): void {
  const info = { title: 'Lantern API', version: '1.0.0', description: DESCRIPTION };
  api.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'apiKey',
    in: 'header',
    name: 'X-API-Key',
  });
  api.doc31('/openapi.json', { openapi: '3.1.0', info, servers: [{ url: '/api/v1' }], security: [{}, { apiKey: [] }] });
  api.get('/reference', (c) => {
    const doc = api.getOpenAPI31Document({ openapi: '3.1.0', info }) as unknown as Record<string, unknown>;
    return c.html(referencePage(doc));
  });
}

const DESCRIPTION =
  'Published trafficking-in-persons news stories as structured data: read-only, published stories only, ' +
  'identifying details of victims withheld. Anonymous use is rate-limited; send an API key as X-API-Key ' +
  '(or Authorization: Bearer) for more. Pages are cursor-based: pass nextCursor back as cursor.';

type Filters = z.infer<typeof S.FilterQuery>;
type Page = z.infer<typeof S.StoriesQuery>;

/** Registers a route: its request is validated (and documented) from its schemas; `fn` gets the parsed input. */
function on<I = Record<string, never>>(
  api: OpenAPIHono,
  route: RouteConfig,
  fn: (c: Context, input: I) => Promise<Response>,
): void {
  const handler = (c: Context) => {
    const valid = (t: string) => (c.req.valid as (t: string) => object | undefined).call(c.req, t);
    return fn(c, { ...valid('query'), ...valid('param') } as I);
  };
  api.openapi(route, handler as never);
}

function badParams(
  result: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string; code?: string; keys?: string[] }[] };
  },
  c: Context,
) {
  if (result.success) return;
  const issue = result.error!.issues[0]!;
  const where = issue.keys?.length ? issue.keys.join(', ') : issue.path.map(String).join('.') || 'request';
  const why = issue.code === 'unrecognized_keys' ? 'unknown parameter' : issue.message;
  return apiError(c, 400, 'bad_request', `${where}: ${why}`);
}

function notFound(c: Context): Response {
  return apiError(c, 404, 'not_found', 'no published item here');
}

/** JSON with a strong ETag; a matching If-None-Match gets 304 without a body. */
function send(c: Context, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', 'public, max-age=30');
  const inm = c.req.header('if-none-match');
  if (inm?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
  return c.body(text, 200, { 'Content-Type': 'application/json; charset=utf-8' });
}

/** A date range must run forwards (an empty answer would hide the mistake). */
function checkRange(q: Filters): void {
  if (q.from && q.to && q.from > q.to) throw inputError(`from=${q.from} is after to=${q.to}: swap the dates`);
}

function storyFilter(q: Filters): StoryFilter {
  checkRange(q);
  return {
    country: q.country,
    type: q.form,
    minors: q.minors,
    incident: q.incident,
    language: q.language,
    from: q.from,
    to: q.to,
  };
}

function searchQuery(q: Filters): SearchQuery {
  checkRange(q);
  return {
    q: q.q ?? '',
    country: q.country ? [q.country] : undefined,
    type: q.form ? [q.form] : undefined,
    language: q.language ? [q.language] : undefined,
    minors: q.minors,
    incident: q.incident,
    from: q.from,
    to: q.to,
    publishedOnly: true,
  };
}

/** Stories with their articles, one batched read (text: false when only flags and credits are needed). */
async function withArticles(store: PortalStore, stories: Story[], text = true): Promise<Map<number, Article[]>> {
  const map = new Map<number, Article[]>(stories.map((s) => [s.id, []]));
  if (!stories.length) return map;
  for (const a of await store.articles.getMany({ storyIds: stories.map((s) => s.id), text }))
    map.get(a.storyId!)?.push(a);
  return map;
}

async function storyPage(deps: ApiDeps, q: Page) {
  const limit = q.limit ?? PAGE;
  let stories: Story[];
  let nextCursor: string | null;
  if (q.q) {
    // With words: the stories of matching articles, in hit order (a page may hold fewer than `limit` stories).
    const r = await deps.store.search.run({ ...searchQuery(q), limit, cursor: q.cursor, facets: [] });
    const ids = [...new Set(r.hits.map((h) => h.storyId).filter((id) => id !== null))];
    const byId = new Map((await deps.store.stories.getMany(ids)).map((s) => [s.id, s]));
    stories = ids.map((id) => byId.get(id) ?? null).filter(isPublicStory);
    nextCursor = r.nextCursor;
  } else {
    ({ stories, nextCursor } = await deps.store.stories.list({
      ...storyFilter(q),
      published: true,
      limit,
      cursor: q.cursor,
    }));
    stories = stories.filter(isPublicStory);
  }
  const arts = await withArticles(deps.store, stories);
  return { items: stories.map((s) => publicStory(s, arts.get(s.id) ?? [], deps.publicUrl)), nextCursor };
}

async function searchPage(deps: ApiDeps, q: Page) {
  if (!q.q && !q.country && !q.form) throw new LanternError('input', 'search: give q or a country or form filter');
  const r = await deps.store.search.run({ ...searchQuery(q), limit: q.limit ?? PAGE, cursor: q.cursor, facets: [] });
  const ids = [...new Set(r.hits.map((h) => h.storyId).filter((id) => id !== null))];
  const stories = (await deps.store.stories.getMany(ids)).filter(isPublicStory);
  const arts = await withArticles(deps.store, stories, false);
  const byId = new Map(stories.map((s) => [s.id, { story: s, hide: storyWithholdings(arts.get(s.id) ?? []) }]));
  // A hit whose story is not public is left out, whatever the article's own status.
  const items = r.hits.flatMap((h) => {
    const s = h.storyId === null ? undefined : byId.get(h.storyId);
    return s ? [publicHit(h, s.story, s.hide)] : [];
  });
  return { items, total: r.total, totalIsEstimate: r.totalIsEstimate, nextCursor: r.nextCursor };
}

function exportResponse(deps: ApiDeps, q: z.infer<typeof S.ExportQuery>): Response {
  const chunks = exportChunks(deps.store, storyFilter(q), q.format, { publicUrl: deps.publicUrl, bom: q.bom });
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(ctl) {
      const next = await chunks.next();
      if (next.done) ctl.close();
      else ctl.enqueue(enc.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const ext = q.format === 'jsonl' ? 'jsonl' : q.format;
  return new Response(body, {
    headers: {
      'Content-Type': EXPORT_TYPES[q.format],
      'Content-Disposition': `attachment; filename="lantern-stories.${ext}"`,
      'Cache-Control': 'no-store',
    },
  });
}
