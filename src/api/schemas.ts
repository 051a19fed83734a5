// The JSON API's schemas (zod): they validate every request and are the OpenAPI document's only source.
import { z } from '@hono/zod-openapi';
import { EXPLOITATION_FORMS } from '../model/analysis.ts';

/** Most items one page may hold. */
export const MAX_PAGE = 100;
/** Longest query text (characters), as on the portal. */
export const MAX_Q = 200;
/** Longest cursor accepted. */
export const MAX_CURSOR = 512;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'not a calendar date');
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Filters shared by story lists, search, facets and exports (query string). */
export const FilterQuery = z
  .object({
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((v) => v.toUpperCase())
      .optional()
      .openapi({ description: 'ISO 3166-1 alpha-2 country code', example: 'NG' }),
    form: z.enum(EXPLOITATION_FORMS).optional().openapi({ description: 'Form of exploitation' }),
    minors: flag.optional().openapi({ description: 'Children among those affected (true/false)' }),
    incident: flag.optional().openapi({ description: 'A specific case (true) or a general report (false)' }),
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional()
      .openapi({ description: 'ISO 639-1 language of a report' }),
    from: day.optional().openapi({ description: 'Last seen on or after this day (YYYY-MM-DD)' }),
    to: day.optional().openapi({ description: 'Last seen on or before this day (YYYY-MM-DD)' }),
    q: z.string().max(MAX_Q).optional().openapi({ description: 'Search words, "phrases", OR, -exclude, field:value' }),
  })
  .strict();

/** One page: limit and an opaque cursor from the previous answer. */
export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE)
    .optional()
    .openapi({ description: `1–${MAX_PAGE}, default 20` }),
  cursor: z.string().max(MAX_CURSOR).optional().openapi({ description: 'nextCursor of the previous page' }),
});

/** Story list query: filters plus a page. */
export const StoriesQuery = FilterQuery.extend(PageQuery.shape).strict();

/** Export query: filters plus a format. */
export const ExportQuery = FilterQuery.omit({ q: true })
  .extend({
    format: z.enum(['csv', 'jsonl', 'geojson']).openapi({ description: 'csv, jsonl or geojson' }),
    bom: flag.optional().openapi({ description: 'CSV only: start with a UTF-8 byte order mark (spreadsheets)' }),
  })
  .strict();

const Place = z.object({
  name: z.string(),
  kind: z.enum(['country', 'region', 'city']),
  country: z.string(),
  lat: z.number(),
  lon: z.number(),
});

const FactSource = z.object({ outlet: z.string(), url: z.string(), sentence: z.string() });

/** A published story as the API shows it (identifying details withheld). */
export const Story = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    url: z.string().openapi({ description: 'The story page on the portal' }),
    title: z.string(),
    summary: z.string().nullable(),
    sample: z.boolean().openapi({ description: 'Fictional sample data shipped with Lantern' }),
    firstSeenAt: z.string(),
    updatedAt: z.string(),
    forms: z.array(z.enum(EXPLOITATION_FORMS)),
    countries: z.array(
      z.object({
        code: z.string().openapi({ description: 'ISO 3166-1 alpha-2' }),
        name: z.string(),
        lat: z.number().nullable().openapi({ description: 'The country’s centre' }),
        lon: z.number().nullable(),
      }),
    ),
    places: z.array(Place),
    minors: z.boolean().nullable(),
    victims: z.number().int().nullable(),
    incident: z.boolean(),
    reports: z.number().int(),
    credit: z.object({ outlet: z.string(), url: z.string() }).nullable(),
    facts: z.array(
      z.object({
        field: z.enum(['victims', 'minors', 'types']),
        conflict: z.boolean(),
        values: z.array(
          z.object({ value: z.union([z.string(), z.number(), z.boolean()]), sources: z.array(FactSource) }),
        ),
      }),
    ),
    correction: z.object({ note: z.string(), at: z.string().nullable() }).nullable(),
  })
  .openapi('Story');

/** A published article: its outlet, link and a short excerpt (identifying details withheld). */
export const Article = z
  .object({
    id: z.number().int(),
    story: z.string().nullable().openapi({ description: 'Slug of its story' }),
    title: z.string(),
    url: z.string(),
    outlet: z.string(),
    language: z.string().nullable(),
    publishedAt: z.string().nullable(),
    excerpt: z.string(),
  })
  .openapi('Article');

/** A page of stories. */
export const StoryPage = z.object({ items: z.array(Story), nextCursor: z.string().nullable() }).openapi('StoryPage');

/** One search hit: an article with its snippet (matches between « and ») and its story. */
export const SearchHit = z.object({
  articleId: z.number().int(),
  story: z.string().nullable(),
  title: z.string(),
  snippet: z.string(),
  publishedAt: z.string().nullable(),
});

const Counts = z.array(z.object({ value: z.string(), count: z.number() }));

/** Search answer. */
export const SearchPage = z
  .object({
    items: z.array(SearchHit),
    total: z.number(),
    totalIsEstimate: z.boolean(),
    nextCursor: z.string().nullable(),
  })
  .openapi('SearchPage');

/** Facet counts of the matching published articles. */
export const Facets = z.record(z.string(), Counts).openapi('Facets');

/** Counts per country or form. */
export const CountList = z.object({ items: Counts }).openapi('CountList');

/** A monitored outlet (public fields only). */
export const Source = z
  .object({
    id: z.number().int(),
    name: z.string().nullable(),
    url: z.string(),
    language: z.string().nullable(),
    country: z.string().nullable(),
  })
  .openapi('Source');

/** The list of monitored outlets. */
export const SourceList = z.object({ items: z.array(Source) }).openapi('SourceList');

/** Every error: a code and a message. */
export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error');

/** Path parameter: a story slug. */
export const SlugParam = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,199}$/)
    .openapi({ param: { name: 'slug', in: 'path' } }),
});

/** Path parameter: an article id. */
export const IdParam = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,14}$/)
    .transform(Number)
    .openapi({ param: { name: 'id', in: 'path' }, type: 'integer' }),
});
