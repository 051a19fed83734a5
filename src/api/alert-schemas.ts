// Schemas of the alert routes: they validate requests and generate the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { CADENCES } from '../model/alerts.ts';

const codes = (what: string, re: RegExp) =>
  z.array(z.string().regex(re)).max(20).optional().openapi({ description: what });

/** A new alert: a search in the portal's query language, filters, and at least one channel. */
export const AlertCreate = z
  .object({
    query: z.string().max(1000).openapi({ example: 'forced labour -football' }),
    filters: z
      .object({
        country: codes('ISO 3166-1 alpha-2 codes (any of)', /^[A-Za-z]{2}$/),
        form: z.array(z.string().max(40)).max(20).optional().openapi({ description: 'Forms of exploitation (any of)' }),
        language: codes('ISO 639-1 codes (any of)', /^[A-Za-z]{2,3}$/),
        minors: z.boolean().optional(),
        incident: z.boolean().optional(),
      })
      .strict()
      .optional(),
    email: z.string().max(254).optional().openapi({ description: 'Digests to this one plain address' }),
    webhook: z.string().max(2000).optional().openapi({ description: 'Public http(s) URL; one signed POST per story' }),
    atom: z.boolean().optional().openapi({ description: 'A private Atom feed (default when no other channel)' }),
    cadence: z.enum(CADENCES).optional().openapi({ description: 'E-mail digest cadence (default immediate)' }),
  })
  .strict()
  .openapi('AlertCreate');

/** A stored alert as its owner sees it. */
export const Alert = z
  .object({
    id: z.number().int(),
    query: z.string(),
    filters: z.record(z.string(), z.unknown()),
    email: z.string().nullable(),
    webhook: z.string().nullable(),
    cadence: z.enum(CADENCES),
    feedUrl: z.string().nullable().openapi({ description: 'Private Atom feed (keep it secret)' }),
    createdAt: z.string(),
  })
  .openapi('Alert');

/** A new alert, with the webhook signing secret (shown only here). */
export const AlertCreated = Alert.extend({
  webhookSecret: z.string().nullable().openapi({ description: 'HMAC-SHA256 key of X-Lantern-Signature' }),
}).openapi('AlertCreated');

/** The key's alerts. */
export const AlertList = z.object({ items: z.array(Alert) }).openapi('AlertList');

/** Path parameter: an alert id. */
export const AlertIdParam = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,8}$/)
    .transform(Number)
    .openapi({ param: { name: 'id', in: 'path' }, type: 'integer' }),
});
