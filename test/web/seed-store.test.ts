import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadAnalyzer } from '../../src/analyze/analyzer.ts';
import { loadSamples } from '../../src/seed/samples.ts';
import { SAMPLES_META_KEY, seedSamples, slugify } from '../../src/seed/seed.ts';
import { openMemoryStore } from '../../src/store/open.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import type { Store } from '../../src/store/store.ts';
import { createPortal } from '../../src/web/app.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { createTestSchema, PG_SKIP, PG_URL } from '../helpers/pg.ts';

const drops: (() => Promise<void>)[] = [];
after(async () => {
  await Promise.all(drops.splice(0).map((d) => d()));
});

const STORES: [string, () => Promise<Store>, string | false][] = [
  ['SQLite', openMemoryStore, false],
  [
    'PostgreSQL',
    async () => {
      const { schema, drop } = await createTestSchema();
      drops.push(drop);
      return openPostgresStore(PG_URL!, { schema });
    },
    PG_SKIP,
  ],
];

for (const [name, open, skip] of STORES)
  describe(`first-run seeding on ${name}, served by the portal`, { skip }, () => {
    let store: Store;
    let app: ReturnType<typeof createPortal>;

    before(async () => {
      store = await open();
      app = createPortal({
        store,
        config: { publicUrl: 'http://lantern.test', allowRepublish: false },
        kb: loadKnowledgeBase(),
        hotlines: loadHotlines(),
        cacheMs: 0,
      });
    });
    after(() => store?.close());

    it('seeds the samples once, analysed, published and marked as samples', async () => {
      const samples = loadSamples();
      const first = await seedSamples(store, loadAnalyzer);
      assert.equal(first.seeded, true);
      assert.equal(first.stories, samples.stories.length);
      assert.equal(await store.meta.get(SAMPLES_META_KEY), String(samples.version));
      const again = await seedSamples(store, () => Promise.reject(new Error('must not load the analyzer again')));
      assert.deepEqual(again, { seeded: false, stories: 0, articles: 0 });
      const { stories } = await store.stories.list({ published: true, limit: 50 });
      assert.equal(stories.length, samples.stories.length);
      assert.ok(stories.every((s) => s.isSample && s.published && s.slug.startsWith('sample-')));
      const cape = stories.find((s) => s.countries.includes('MZ') || s.title.includes('Cape Town'))!;
      assert.equal(cape.articleCount, 2);
      assert.ok(cape.types.includes('labour'));
      const arts = await store.articles.ofStory(cape.id);
      assert.ok(arts.every((a) => a.isSample && a.analysis?.relevant));
    });

    it('serves home, a story, a country, a form, trends, search and feeds from the store', async () => {
      const home = await (await app.request('/')).text();
      assert.match(home, /Sample · fictional/);
      const slug = `sample-${slugify('Police rescue 14 workers held on a fishing boat off Cape Town')}`;
      const story = await app.request(`/stories/${slug}`);
      assert.equal(story.status, 200);
      assert.match(await story.text(), /Coverage by other outlets/);
      assert.match(await (await app.request('/country/ph')).text(), /Manila/);
      // Country and form pages list the monitor's own stories only: a sample never shows there.
      assert.doesNotMatch(await (await app.request('/form/forced-begging')).text(), /Mumbai/);
      assert.match(await (await app.request('/search?q=Mumbai')).text(), /href="\/stories\/sample-/);
      // Samples are a demo: never counted in trends (issue 12), so a store of samples only draws no chart.
      assert.doesNotMatch(await (await app.request('/trends')).text(), /<svg class="chart"/);
      const search = await (await app.request('/search?q=fishing')).text();
      assert.match(search, /<mark>/);
      assert.match(search, new RegExp(`href="/stories/${slug}"`));
      const filtered = await (await app.request('/?country=PH&type=sexual&from=2026-09-01&to=2026-09-30')).text();
      assert.match(filtered, /Manila/);
      assert.doesNotMatch(filtered, /Texas/);
      const feed = JSON.parse(await (await app.request('/feeds/stories.json')).text());
      assert.ok(feed.items.length >= 2);
      const formFeed = JSON.parse(await (await app.request('/feeds/form/labour.json')).text());
      assert.equal(formFeed.items.length, 0, 'form feeds, like form pages, carry no sample');
    });
  });
