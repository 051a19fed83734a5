// Search by story and spelling variants, on both stores: one hit per story, facets per story, credit from the lead.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { bothStores } from '../helpers/stores.ts';
import { rejectsInput } from './conformance.ts';
import { analysis, article } from './fixtures.ts';

// Fictional reports: one lake-fishing case told by three outlets (two countries), and two unrelated cases.
const STORY = [
  {
    t: 'Boys freed from lake boats',
    x: 'Nine boys held in forced labour on fishing boats were freed.',
    c: 'UG',
    by: 'Lakeside Herald',
    d: '2024-05-02',
  },
  {
    t: 'Lake boat crew rescued',
    x: 'Officers said the crew was kept in forced labor for a year.',
    c: 'KE',
    by: 'Shore Wire',
    d: '2024-05-03',
  },
  {
    t: 'Boat owners charged',
    x: 'Two boat owners were charged with forced labour of minors.',
    c: 'UG',
    by: 'Valley Times',
    d: '2024-05-20',
  },
];
const OTHERS = [
  {
    t: 'Farm workers unpaid',
    x: 'A farm kept workers in forced labour without pay.',
    c: 'BR',
    d: '2024-04-01',
    story: true,
  },
  {
    t: 'Charity organisation warns',
    x: 'An organization helping survivors asked for funds.',
    c: 'GB',
    d: '2024-03-01',
    story: false,
  },
];

for (const [name, open, skip] of bothStores()) {
  describe(`Store search by story: ${name}`, { skip }, () => {
    let store: Store;
    let storyId = 0;
    let leadId = 0;
    before(async () => {
      store = await open();
      const s = await store.stories.add(storyRecord('lake-boats', ['UG', 'KE']));
      storyId = s.id;
      for (const d of STORY) {
        const { article: a } = await store.articles.add(item(d.t, d.x, d.c, d.d, d.by));
        await store.articles.update(a.id, { storyId: s.id });
        if (!leadId) leadId = a.id;
      }
      await store.stories.update(s.id, { leadArticleId: leadId, articleCount: 3 });
      for (const d of OTHERS) {
        const { article: a } = await store.articles.add(item(d.t, d.x, d.c, d.d, 'Other Post'));
        if (d.story) {
          const o = await store.stories.add(storyRecord('farm', [d.c]));
          await store.articles.update(a.id, { storyId: o.id });
          await store.stories.update(o.id, { leadArticleId: a.id, articleCount: 1 });
        }
      }
    });
    after(async () => {
      await store?.close();
    });

    it('lists a story of three matching articles once, with its lead article credit and date', async () => {
      const byArticle = await store.search.run({ q: 'forced labour' });
      assert.equal(byArticle.hits.filter((h) => h.storyId === storyId).length, 3);
      const r = await store.search.run({ q: 'forced labour', by: 'story' });
      assert.equal(r.total, 2);
      const hits = r.hits.filter((h) => h.storyId === storyId);
      assert.equal(hits.length, 1);
      const h = hits[0]!;
      assert.equal(h.title, 'Boys freed from lake boats');
      assert.equal(h.publishedAt, '2024-05-02T08:00:00.000Z');
      assert.equal(h.story?.credit, 'Lakeside Herald');
      assert.equal(h.story?.leadArticleId, leadId);
      assert.equal(h.story?.slug, 'lake-boats');
      assert.equal(h.story?.published, true);
      assert.equal(h.story?.isSample, false);
      assert.deepEqual(h.story?.countries, ['UG', 'KE']);
      assert.equal(h.story?.matches, 3);
      assert.equal(h.story?.articleCount, 3);
    });

    it('counts facets per story: a two-country story once in each country', async () => {
      const r = await store.search.run({ q: 'forced labour', by: 'story', facets: ['country', 'type', 'story'] });
      assert.deepEqual(r.facets.country, [
        { value: 'BR', count: 1 },
        { value: 'KE', count: 1 },
        { value: 'UG', count: 1 },
      ]);
      assert.deepEqual(r.facets.type, [{ value: 'labour', count: 2 }]);
      assert.equal(r.facets.story?.find((f) => f.value === String(storyId))?.count, 1);
      const perArticle = await store.search.run({ q: 'forced labour', facets: ['country'] });
      assert.equal(perArticle.facets.country?.find((f) => f.value === 'UG')?.count, 2);
    });

    it('pages stories by date with an offset cursor, each story once', async () => {
      const first = await store.search.run({ q: '', by: 'story', sort: 'date', limit: 1 });
      assert.equal(first.hits[0]!.storyId, storyId);
      const seen = [first.hits[0]!.articleId];
      let cursor = first.nextCursor;
      while (cursor) {
        const next = await store.search.run({ q: '', by: 'story', sort: 'date', limit: 1, cursor });
        seen.push(...next.hits.map((h) => h.articleId));
        cursor = next.nextCursor;
        assert.ok(seen.length < 10);
      }
      assert.equal(seen.length, 3);
    });

    it('finds spelling variants in words and quoted phrases', async () => {
      for (const q of ['forced labor', '"forced labor"', 'forced labour', '"forced labour"']) {
        assert.equal((await store.search.run({ q })).total, 4, q);
      }
      assert.equal((await store.search.run({ q: 'organisation' })).total, 1);
      assert.equal((await store.search.run({ q: 'organization' })).total, 1);
      assert.equal((await store.search.run({ q: 'labour -labor' })).total, 0);
      const r = await store.search.run({ q: '"forced labor"', sort: 'date' });
      assert.match(r.hits.find((h) => h.title === 'Boat owners charged')!.snippet, /\ue000labour\ue001/);
    });

    it('stems each language the analyzer reads where the engine can (PostgreSQL: Indonesian)', async () => {
      await store.articles.add(
        article({
          title: 'Korban dipulangkan',
          text: 'Tiga korban diperdagangkan ke luar negeri.',
          language: 'id',
          analysis: analysis({ language: 'id', countries: ['ID'] }),
        }),
      );
      assert.equal((await store.search.run({ q: 'diperdagangkan' })).total, 1);
      // SQLite's porter stemmer is English only; PostgreSQL indexes Indonesian with its own stemmer.
      if (name === 'postgres') assert.equal((await store.search.run({ q: 'perdagangan' })).total, 1);
      await store.articles.add(
        article({
          title: 'Kiszabadították az áldozatokat',
          text: 'A rendőrség kiszabadította az áldozatokat a kényszermunkából.',
          language: 'hu',
          analysis: analysis({ language: 'hu', countries: ['HU'] }),
        }),
      );
      assert.equal((await store.search.run({ q: 'kényszermunkából' })).total, 1);
      // PostgreSQL's Hungarian stemmer reads a word without its plural and case endings ("áldozatokat" → áldozat).
      if (name === 'postgres') assert.equal((await store.search.run({ q: 'áldozatok' })).total, 1);
    });

    it('refuses an unknown grouping or sort', async () => {
      await rejectsInput(store.search.run({ q: 'x', by: 'outlet' as never }), /by/);
      await rejectsInput(store.search.run({ q: 'x', sort: 'oldest' as never }), /sort/);
    });
  });
}

function item(title: string, text: string, country: string, day: string, credit: string) {
  return article({
    title,
    text,
    sourceCredit: credit,
    publishedAt: `${day}T08:00:00.000Z`,
    analysis: analysis({ countries: [country], types: ['labour'] }),
  });
}

function storyRecord(slug: string, countries: string[]) {
  return {
    title: slug,
    slug,
    leadArticleId: null,
    firstSeenAt: '2024-05-02T00:00:00.000Z',
    lastSeenAt: '2024-05-20T00:00:00.000Z',
    articleCount: 0,
    countries,
    types: ['labour' as const],
    relevance: 1,
    minors: false,
    victims: null,
    incident: true,
    published: true,
    publishedAt: null,
    isSample: false,
  };
}
