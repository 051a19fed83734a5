// The alert routes: POST/GET/DELETE /alerts, only with an API key; each key sees and removes its own alerts.
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { alertFeedUrl, createAlert } from '../alerts/create.ts';
import type { Alert } from '../model/alerts.ts';
import type { AlertStore } from '../store/alert-store.ts';
import * as A from './alert-schemas.ts';
import { apiError } from './guard.ts';
import { ErrorBody } from './schemas.ts';

/** What the alert routes need. */
export interface AlertApiDeps {
  alerts: AlertStore;
  allowPrivateWebhooks: boolean;
}

/** Largest alert request body. */
export const MAX_ALERT_BODY = 16 * 1024;

const json = (schema: z.ZodType, description: string) => ({ content: { 'application/json': { schema } }, description });
const ERRORS = {
  400: json(ErrorBody, 'Bad alert (nothing stored)'),
  401: json(ErrorBody, 'No API key, or an unknown or revoked one'),
  429: json(ErrorBody, 'Too many requests (see Retry-After)'),
};
const security = [{ apiKey: [] }];

const routes = {
  add: createRoute({
    method: 'post',
    path: '/alerts',
    summary: 'Follow a search: new matching stories by e-mail, webhook or a private Atom feed',
    security,
    request: { body: { content: { 'application/json': { schema: A.AlertCreate } }, required: true } },
    responses: { 201: json(A.AlertCreated, 'Created'), ...ERRORS, 413: json(ErrorBody, 'Body too large') },
  }),
  list: createRoute({
    method: 'get',
    path: '/alerts',
    summary: "This key's alerts",
    security,
    responses: { 200: json(A.AlertList, 'OK'), ...ERRORS },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/alerts/{id}',
    summary: 'Stop following a search',
    security,
    request: { params: A.AlertIdParam },
    responses: { 204: { description: 'Removed' }, ...ERRORS, 404: json(ErrorBody, 'No such alert for this key') },
  }),
};

function view(a: Alert, base: string) {
  return {
    id: a.id,
    query: a.query,
    filters: a.filters,
    email: a.email,
    webhook: a.webhookUrl,
    cadence: a.cadence,
    feedUrl: a.atom ? alertFeedUrl(base, a) : null,
    createdAt: a.createdAt,
  };
}

/** Registers the alert routes on the API. */
export function alertRoutes(api: OpenAPIHono, deps: AlertApiDeps, base: (c: Context) => string): void {
  const owner = (c: Context) => {
    const key = c.get('apiKey');
    return key ? { kind: 'key' as const, id: key.id } : null;
  };
  const limit = bodyLimit({
    maxSize: MAX_ALERT_BODY,
    onError: (c) => apiError(c, 413, 'too_large', `alert body: more than ${MAX_ALERT_BODY} bytes`),
  });
  api.use('/alerts', async (c, next) => (owner(c) ? next() : needKey(c)));
  api.use('/alerts/*', async (c, next) => (owner(c) ? next() : needKey(c)));
  api.post('/alerts', limit);
  api.openapi(routes.add, (async (c: Context) => {
    const body = (c.req.valid as (t: string) => z.infer<typeof A.AlertCreate>).call(c.req, 'json');
    const { form, ...filters } = body.filters ?? {};
    const a = await createAlert(
      deps.alerts,
      owner(c)!,
      { ...body, filters: { ...filters, ...(form ? { type: form } : {}) } },
      { allowPrivateWebhooks: deps.allowPrivateWebhooks },
    );
    return c.json({ ...view(a, base(c)), webhookSecret: a.webhookUrl ? a.secret : null }, 201);
  }) as never);
  api.openapi(routes.list, (async (c: Context) =>
    c.json({ items: (await deps.alerts.list(owner(c)!)).map((a) => view(a, base(c))) })) as never);
  api.openapi(routes.remove, (async (c: Context) => {
    const { id } = (c.req.valid as (t: string) => { id: number }).call(c.req, 'param');
    if (!(await deps.alerts.remove(id, owner(c)!)))
      return apiError(c, 404, 'not_found', `no alert #${id} for this key`);
    return c.body(null, 204);
  }) as never);
}

function needKey(c: Context): Response {
  return apiError(c, 401, 'unauthorized', 'alerts need an API key (X-API-Key); ask the operator for one');
}
