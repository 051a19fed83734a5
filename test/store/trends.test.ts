// Trend counts on both stores: each story once in totals and once per country or form, stories with no country
// kept under '', future dates undated, samples and unpublished stories never counted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NewStory } from '../../src/model/records.ts';
import type { Store } from '../../src/store/store.ts';
import { bothStores } from '../helpers/stores.ts';

const NOW = '2026-12-05T08:00:00.000Z';

function story(slug: string, first: string, countries: string[], extra: Partial<NewStory> = {}): NewStory {
  return {
    title: slug,
    slug,
    leadArticleId: null,
    firstSeenAt: first,
    lastSeenAt: first,
    articleCount: 1,
    countries,
    types: countries.length ? ['labour'] : [],
    relevance: 1,
    minors: false,
    victims: null,
    incident: true,
    published: true,
    publishedAt: first,
    isSample: false,
    ...extra,
  };
}

for (const [name, open, skip] of bothStores()) {
  describe(`stories per month: ${name}`, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await open();
      await store.stories.add(story('three-countries', '2026-10-03T00:00:00.000Z', ['KE', 'UG', 'TZ']));
      await store.stories.add(story('kenya-only', '2026-10-20T00:00:00.000Z', ['KE']));
      await store.stories.add(story('nowhere', '2026-11-02T00:00:00.000Z', []));
      await store.stories.add(story('from-the-future', '2099-03-01T00:00:00.000Z', ['KE']));
      await store.stories.add(story('sample', '2026-10-05T00:00:00.000Z', ['KE'], { isSample: true }));
      await store.stories.add(story('draft', '2026-10-06T00:00:00.000Z', ['KE'], { published: false }));
    });
    after(() => store?.close());

    it('counts a three-country story once in total and once in each country', async () => {
      assert.deepEqual(await store.stories.perMonth('total', { now: NOW }), [
        { month: '', key: 'all', count: 1 },
        { month: '2026-10', key: 'all', count: 2 },
        { month: '2026-11', key: 'all', count: 1 },
      ]);
      assert.deepEqual(await store.stories.perMonth('country', { now: NOW }), [
        { month: '', key: 'KE', count: 1 },
        { month: '2026-10', key: 'KE', count: 2 },
        { month: '2026-10', key: 'TZ', count: 1 },
        { month: '2026-10', key: 'UG', count: 1 },
        { month: '2026-11', key: '', count: 1 },
      ]);
    });

    it('keeps stories with no form, and filters by country as before', async () => {
      assert.deepEqual(await store.stories.perMonth('type', { now: NOW, from: '2026-11', to: '2026-11' }), [
        { month: '2026-11', key: '', count: 1 },
      ]);
      assert.deepEqual(await store.stories.perMonth('total', { now: NOW, country: 'UG' }), [
        { month: '2026-10', key: 'all', count: 1 },
      ]);
    });

    it('dates a story by the clock when no now is given', async () => {
      const rows = await store.stories.perMonth('total');
      assert.equal(rows.find((r) => r.month === '')?.count, 1);
    });
  });
}
