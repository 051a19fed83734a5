// The public search page on real stores: one card per story with its credit, per-story facets, date range and
// sort controls, help, and 400 with a clear message on bad parameters.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { createPortal } from '../../src/web/app.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { bothStores } from '../helpers/stores.ts';
import { analysis, article } from '../store/fixtures.ts';

// Fictional: one case told by three outlets, one older case, one story still in review.
const CASES = [
  {
    slug: 'lake-boats',
    published: true,
    arts: [
      [
        'Boys freed from lake boats',
        'Nine boys held in forced labour on fishing boats were freed.',
        'UG',
        'Lakeside Herald',
        '2024-05-02',
      ],
      ['Lake boat crew rescued', 'The crew was kept in forced labor for a year.', 'KE', 'Shore Wire', '2024-05-03'],
      ['Boat owners charged', 'Two boat owners were charged with forced labour.', 'UG', 'Valley Times', '2024-05-20'],
    ],
  },
  {
    slug: 'farm-case',
    published: true,
    arts: [['Farm workers unpaid', 'A farm kept workers in forced labour.', 'BR', 'Other Post', '2024-01-10']],
  },
  {
    slug: 'draft-case',
    published: false,
    arts: [['Unpublished forced labour draft', 'Forced labour draft.', 'IN', 'Draft Daily', '2024-06-01']],
  },
] as const;

for (const [name, open, skip] of bothStores()) {
  describe(`search page on ${name}`, { skip }, () => {
    let store: Store;
    let get: (path: string) => Promise<Response>;
    before(async () => {
      store = await open();
      for (const c of CASES) await addCase(store, c);
      const app = createPortal({
        store,
        config: { publicUrl: 'http://lantern.test', allowRepublish: false },
        kb: loadKnowledgeBase(),
        hotlines: loadHotlines(),
        cacheMs: 0,
      });
      get = async (path) => app.request(path);
    });
    after(() => store?.close());

    it('shows a story told by three outlets once, with its lead credit, and counts facets per story', async () => {
      const body = await (await get('/search?q=forced+labor')).text();
      assert.match(body, /<h2 id="res-h">2 stories<\/h2>/);
      assert.equal((body.match(/href="\/stories\/lake-boats"/g) ?? []).length, 1);
      assert.match(body, /Boys freed from lake boats<\/a><\/h3>/);
      assert.match(body, /Article from: <bdi>Lakeside Herald<\/bdi>/);
      assert.match(body, /3 reports/);
      assert.match(body, /Uganda \(1\)/);
      assert.match(body, /Kenya \(1\)/);
      assert.doesNotMatch(body, /Unpublished|Draft Daily/);
    });

    it('filters by date range and sorts by newest or best match', async () => {
      const older = await (await get('/search?q=labour&to=2024-02-01')).text();
      assert.match(older, /1 story</);
      assert.match(older, /Farm workers unpaid/);
      const newest = await (await get('/search?q=labour&sort=newest')).text();
      assert.ok(newest.indexOf('lake-boats') < newest.indexOf('farm-case'));
      assert.match(newest, /<option value="newest" selected>/);
      const none = await (await get('/search?from=2024-02-01&to=2024-03-01')).text();
      assert.match(none, /0 stories/);
    });

    it('explains the query syntax', async () => {
      const body = await (await get('/search')).text();
      assert.match(body, /<summary>How to search<\/summary>/);
      assert.match(body, /name="from" type="date"/);
      assert.match(body, /name="sort"/);
    });

    it('answers bad parameters with 400 and a clear message', async () => {
      for (const [q, why] of [
        ['sort=best', /sort=&quot;best&quot;: expected relevance or newest/],
        ['from=2024-13-45', /from=&quot;2024-13-45&quot;: expected a date/],
        ['from=2024-05-01&to=2024-01-01', /from=2024-05-01 is after to=2024-01-01/],
        ['country=Narnia', /not an ISO 3166-1/],
        ['type=slavery', /not a form of exploitation/],
        ['q=x&cursor=nope', /cursor/],
      ] as const) {
        const r = await get(`/search?${q}`);
        assert.equal(r.status, 400, q);
        assert.match(await r.text(), why, q);
      }
    });
  });
}

async function addCase(store: Store, c: (typeof CASES)[number]): Promise<void> {
  const s = await store.stories.add({
    title: c.arts[0][0],
    slug: c.slug,
    leadArticleId: null,
    firstSeenAt: `${c.arts[0][4]}T00:00:00.000Z`,
    lastSeenAt: `${c.arts[0][4]}T00:00:00.000Z`,
    articleCount: c.arts.length,
    countries: [...new Set(c.arts.map((a) => a[2]))],
    types: ['labour'],
    relevance: 1,
    minors: false,
    victims: null,
    incident: true,
    published: c.published,
    publishedAt: null,
    isSample: false,
  });
  let lead = 0;
  for (const [title, text, cc, credit, day] of c.arts) {
    const { article: a } = await store.articles.add(
      article({
        title,
        text,
        sourceCredit: credit,
        publishedAt: `${day}T08:00:00.000Z`,
        analysis: analysis({ countries: [cc], types: ['labour'] }),
      }),
    );
    await store.articles.update(a.id, { storyId: s.id, status: c.published ? 'published' : 'review' });
    lead ||= a.id;
  }
  await store.stories.update(s.id, { leadArticleId: lead });
}
