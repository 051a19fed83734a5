// Fictional stories for the API tests (no real people): two published, one awaiting review, one removed; a victim's
// name flagged for privacy in one report, and a place with coordinates.

import type { Hono } from 'hono';
import type { GuardOptions } from '../../src/api/guard.ts';
import type { Store } from '../../src/store/store.ts';
import { createPortal } from '../../src/web/app.ts';
import { storyOf } from '../store/conformance.ts';
import { analysis, article } from '../store/fixtures.ts';

/** The fictional name the privacy flag withholds; it must never appear in any API answer. */
export const SECRET_NAME = 'Dorelia Quenby';

/** Slugs of the stories the public must never see. */
export const HIDDEN = ['hidden-review', 'hidden-removed'];

/** Fills a store with the fixtures; returns the ids tests need. */
export async function seedApi(store: Store) {
  const farm = await store.stories.add({
    ...storyOf('farm-rescue'),
    title: `Workers freed from farm; ${SECRET_NAME} among them`,
    published: true,
    countries: ['NG'],
    types: ['labour'],
    minors: false,
    victims: 12,
    firstSeenAt: '2026-03-01T08:00:00.000Z',
    lastSeenAt: '2026-03-02T08:00:00.000Z',
  });
  const text = `Police freed twelve workers from a cassava farm near Ibadan. ${SECRET_NAME}, 19, said they were held without pay. =HYPERLINK("x")`;
  const lead = await store.articles.add({
    ...article({
      title: 'Twelve workers freed from cassava farm',
      text,
      status: 'published',
      sourceCredit: '=Farm Weekly',
      publishedAt: '2026-03-01T08:00:00.000Z',
      analysis: analysis({
        victims: 12,
        places: [
          { name: 'Ibadan', id: 'ng-ibadan', kind: 'city', country: 'NG', lat: 7.3775, lon: 3.947, start: 0, end: 0 },
        ],
        evidence: [
          {
            field: 'victims',
            value: 12,
            quote: 'twelve workers',
            start: text.indexOf('twelve workers'),
            end: text.indexOf('twelve workers') + 14,
          },
        ],
        flags: [{ kind: 'privacy', quote: SECRET_NAME, start: 0, end: 0, what: 'name' }],
      }),
    }),
    storyId: farm.id,
  });
  await store.stories.update(farm.id, { leadArticleId: lead.article.id });
  const draft = await store.articles.add({
    ...article({ title: 'Unreviewed copy', status: 'review' }),
    storyId: farm.id,
  });
  const bar = await store.stories.add({
    ...storyOf('bar-raid'),
    title: 'Girls rescued in bar raid',
    published: true,
    countries: ['KE'],
    types: ['sexual'],
    minors: true,
    incident: true,
    firstSeenAt: '2026-04-01T08:00:00.000Z',
    lastSeenAt: '2026-04-03T08:00:00.000Z',
  });
  await store.articles.add({
    ...article({
      title: 'Raid on Nairobi bar',
      text: 'Officers rescued four girls in a raid.',
      language: 'sw',
      status: 'published',
    }),
    storyId: bar.id,
  });
  for (const [slug, status] of [
    ['hidden-review', 'review'],
    ['hidden-removed', 'removed'],
  ] as const) {
    const s = await store.stories.add({ ...storyOf(slug), title: `Secret ${slug} cassava`, countries: ['NG'], status });
    // Its article is published: only the story's status keeps it private.
    await store.articles.add({
      ...article({ title: `Secret ${slug} cassava farm`, status: 'published' }),
      storyId: s.id,
    });
  }
  return { farm, bar, lead: lead.article, draft: draft.article };
}

/** The portal app over a store, with the given API limits. */
export function apiApp(store: Store, api: Partial<GuardOptions> = {}): Hono {
  return createPortal({
    store,
    config: { publicUrl: 'https://lantern.example', allowRepublish: false },
    kb: { get: () => null, list: () => [] } as never,
    hotlines: { forCountry: () => [], all: () => [] } as never,
    cacheMs: 0,
    api: { keys: store.keys, anonRate: 1000, ...api },
    alerts: { alerts: store.alerts, allowPrivateWebhooks: false },
  });
}
