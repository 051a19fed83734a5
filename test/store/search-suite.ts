// Search conformance: query language, filters, facets, sorting, cursors, snippets and estimated totals.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import type { StoreFactory } from './conformance.ts';
import { rejectsInput } from './conformance.ts';
import { analysis, article } from './fixtures.ts';

const DOCS = [
  {
    t: 'Brick kiln workers freed',
    x: 'Forty workers were freed from a brick kiln where they were held in forced labour.',
    c: 'IN',
    f: 'labour',
    d: '2024-01-05',
    m: false,
  },
  {
    t: 'Fishing crew rescued',
    x: 'A fishing crew trafficked across the sea was rescued; the captain faces charges of forced labour.',
    c: 'TH',
    f: 'labour',
    d: '2024-02-10',
    m: false,
  },
  {
    t: 'Girls rescued from brothel',
    x: 'Police rescued girls from a brothel; three suspects were charged with sex trafficking of minors.',
    c: 'KE',
    f: 'sexual',
    d: '2024-03-15',
    m: true,
  },
  {
    t: 'Court hears trafficking case',
    x: 'The court heard that the labour was forced on the victims for months.',
    c: 'KE',
    f: 'labour',
    d: '2024-04-20',
    m: false,
    inc: false,
  },
  {
    t: 'Réseau démantelé',
    x: 'La police a démantelé un réseau de traite des êtres humains à Marseille.',
    c: 'FR',
    f: 'sexual',
    d: '2024-05-02',
    m: false,
    lang: 'fr',
  },
  {
    t: 'Scam compound raided',
    x: 'Hundreds held in a scam compound and forced to defraud strangers were released after a raid.',
    c: 'KH',
    f: 'forced_criminality',
    d: '2024-06-30',
    m: false,
  },
];

/** Search tests against a fresh store. */
export function searchSuite(name: string, factory: StoreFactory, skip: string | false): void {
  describe(`Store search: ${name}`, { skip }, () => {
    let store: Store;
    const ids: number[] = [];
    before(async () => {
      store = await factory.open();
      const story = await store.stories.add({
        title: 'Kenya',
        slug: 'kenya',
        leadArticleId: null,
        firstSeenAt: '2024-03-15T00:00:00.000Z',
        lastSeenAt: '2024-04-20T00:00:00.000Z',
        articleCount: 2,
        countries: ['KE'],
        types: ['sexual'],
        relevance: 1,
        minors: true,
        victims: null,
        incident: true,
        published: true,
        publishedAt: null,
        isSample: false,
      });
      for (const d of DOCS) {
        const { article: a } = await store.articles.add(
          article({
            title: d.t,
            text: d.x,
            language: d.lang ?? 'en',
            publishedAt: `${d.d}T08:00:00.000Z`,
            analysis: analysis({
              countries: [d.c],
              types: [d.f as never],
              minors: d.m,
              incident: d.inc ?? true,
              language: d.lang ?? 'en',
            }),
          }),
        );
        ids.push(a.id);
        if (d.c === 'KE') await store.articles.update(a.id, { storyId: story.id });
      }
      await store.articles.update(ids[0]!, { status: 'published' });
      await store.articles.update(ids[2]!, { status: 'published' });
    });
    after(async () => {
      await store?.close();
    });

    const titles = async (q: string, extra = {}) =>
      (await store.search.run({ q, ...extra })).hits.map((h) => h.title).sort();

    it('finds words, stems and phrases', async () => {
      assert.deepEqual(await titles('kiln'), ['Brick kiln workers freed']);
      assert.deepEqual(await titles('trafficked'), [
        'Court hears trafficking case',
        'Fishing crew rescued',
        'Girls rescued from brothel',
      ]);
      assert.deepEqual(await titles('"forced labour"'), ['Brick kiln workers freed', 'Fishing crew rescued']);
      assert.deepEqual(await titles('demantele'), ['Réseau démantelé']);
      assert.deepEqual(await titles('scam*'), ['Scam compound raided']);
      assert.deepEqual(await titles('title:rescued'), ['Fishing crew rescued', 'Girls rescued from brothel']);
    });

    it('handles OR, exclusions and field filters', async () => {
      assert.deepEqual(await titles('kiln OR scam'), ['Brick kiln workers freed', 'Scam compound raided']);
      assert.deepEqual(await titles('rescued -fishing'), ['Girls rescued from brothel']);
      assert.deepEqual(await titles('country:KE'), ['Court hears trafficking case', 'Girls rescued from brothel']);
      assert.deepEqual(await titles('labour -country:KE'), ['Brick kiln workers freed', 'Fishing crew rescued']);
      assert.deepEqual(await titles('type:sexual minors:yes'), ['Girls rescued from brothel']);
      assert.deepEqual(await titles('incident:no'), ['Court hears trafficking case']);
      assert.deepEqual(await titles('lang:fr'), ['Réseau démantelé']);
      assert.deepEqual(await titles('from:2024-05 to:2024-06'), ['Réseau démantelé', 'Scam compound raided']);
      assert.deepEqual(await titles('', { country: ['TH', 'KH'] }), ['Fishing crew rescued', 'Scam compound raided']);
      assert.deepEqual(await titles('', { type: ['labour'], to: '2024-02-10' }), [
        'Brick kiln workers freed',
        'Fishing crew rescued',
      ]);
      assert.deepEqual(await titles('', { publishedOnly: true }), [
        'Brick kiln workers freed',
        'Girls rescued from brothel',
      ]);
      const story = (await store.stories.bySlug('kenya'))!;
      assert.deepEqual(await titles('', { storyId: story.id }), [
        'Court hears trafficking case',
        'Girls rescued from brothel',
      ]);
      assert.deepEqual(await titles('', { minors: false, incident: true, country: ['KE', 'IN'] }), [
        'Brick kiln workers freed',
      ]);
    });

    it('counts facets and totals', async () => {
      const r = await store.search.run({ q: 'labour', facets: ['country', 'type', 'month', 'minors'] });
      assert.equal(r.total, 3);
      assert.equal(r.totalIsEstimate, false);
      assert.deepEqual(r.facets.country, [
        { value: 'IN', count: 1 },
        { value: 'KE', count: 1 },
        { value: 'TH', count: 1 },
      ]);
      assert.deepEqual(r.facets.type, [{ value: 'labour', count: 3 }]);
      assert.deepEqual(
        r.facets.month?.map((m) => m.value),
        ['2024-01', '2024-02', '2024-04'],
      );
      assert.deepEqual(r.facets.minors, [{ value: 'no', count: 3 }]);
      assert.equal(r.facets.language, undefined);
      const story = (await store.stories.bySlug('kenya'))!;
      const all = await store.search.run({ q: '' });
      assert.deepEqual(all.facets.story, [{ value: String(story.id), count: 2 }]);
    });

    it('sorts by date or relevance and pages with a cursor', async () => {
      const byDate = await store.search.run({ q: '', limit: 4 });
      assert.deepEqual(
        byDate.hits.map((h) => h.title),
        ['Scam compound raided', 'Réseau démantelé', 'Court hears trafficking case', 'Girls rescued from brothel'],
      );
      const rest = await store.search.run({ q: '', limit: 4, cursor: byDate.nextCursor! });
      assert.deepEqual(
        rest.hits.map((h) => h.title),
        ['Fishing crew rescued', 'Brick kiln workers freed'],
      );
      assert.equal(rest.nextCursor, null);
      const rel = await store.search.run({ q: 'rescued', sort: 'relevance', limit: 1 });
      assert.equal(rel.total, 2);
      const rel2 = await store.search.run({ q: 'rescued', sort: 'relevance', limit: 1, cursor: rel.nextCursor! });
      assert.equal(rel2.nextCursor, null);
      assert.notEqual(rel.hits[0]!.articleId, rel2.hits[0]!.articleId);
      assert.ok(rel.hits[0]!.score >= rel2.hits[0]!.score);
      const dated = await store.search.run({ q: 'rescued', sort: 'date' });
      assert.deepEqual(
        dated.hits.map((h) => h.title),
        ['Girls rescued from brothel', 'Fishing crew rescued'],
      );
      assert.equal(dated.hits[0]!.publishedAt, '2024-03-15T08:00:00.000Z');
      assert.equal(typeof dated.hits[0]!.storyId, 'number');
    });

    it('highlights matches in snippets', async () => {
      const r = await store.search.run({ q: 'kiln labour' });
      assert.match(r.hits[0]!.snippet, /\ue000kiln\ue001/);
      assert.match(r.hits[0]!.snippet, /\ue000labour\ue001/);
    });

    it('rejects bad filters and cursors, and survives query syntax in user text', async () => {
      await rejectsInput(store.search.run({ q: 'country:Nigeria' }), /two-letter/);
      await rejectsInput(store.search.run({ q: 'type:slavery' }), /expected one of/);
      await rejectsInput(store.search.run({ q: 'from:yesterday' }), /date/);
      await rejectsInput(store.search.run({ q: 'x', cursor: 'nope' }), /cursor/);
      await rejectsInput(store.search.run({ q: 'x'.repeat(2000) }), /longer/);
      for (const q of [
        'NEAR(a b)',
        '"unclosed',
        'a AND OR NOT b',
        '* ^ : { } ( )',
        "'; DROP TABLE articles; --",
        'title:',
        '-',
        'OR',
      ]) {
        const r = await store.search.run({ q });
        assert.ok(Array.isArray(r.hits), q);
      }
      assert.ok((await store.articles.count()) >= DOCS.length);
    });

    it('finds an article right after it is added, in a week no search has seen', async () => {
      assert.equal((await store.search.run({ q: 'quagga' })).total, 0);
      await store.articles.add(
        article({ title: 'Quagga', text: 'quagga sighting', publishedAt: '2031-06-01T00:00:00.000Z' }),
      );
      assert.equal((await store.search.run({ q: 'quagga' })).total, 1);
      assert.equal((await store.search.run({ q: '', from: '2031-06-01' })).total, 1);
    });

    it('estimates totals past the sample cap', async () => {
      const batch = [];
      for (let i = 0; i < 2600; i++) {
        batch.push(
          article({
            title: `Bulletin ${i}`,
            text: `common bulletin word ${i % 2 ? 'odd' : 'even'}`,
            publishedAt: new Date(Date.UTC(2022, 0, 1) + i * 3_600_000).toISOString(),
          }),
        );
      }
      await store.articles.addMany(batch);
      const r = await store.search.run({ q: 'bulletin', facets: ['month'] });
      assert.equal(r.totalIsEstimate, true);
      assert.ok(r.total > 2000 && r.total < 3400, `estimate ${r.total}`);
      const odd = await store.search.run({ q: 'bulletin odd' });
      assert.equal(odd.total, 1300);
      assert.equal(odd.totalIsEstimate, false);
      const newest = await store.search.run({ q: 'bulletin', sort: 'date', limit: 1 });
      assert.equal(newest.hits[0]!.title, 'Bulletin 2599');
      // Walking every page by date sees each odd bulletin once, newest first (no window skips or repeats).
      const seen: number[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const r = await store.search.run({ q: 'bulletin odd', sort: 'date', limit: 100, cursor, facets: [] });
        seen.push(...r.hits.map((h) => Number(h.title.split(' ')[1])));
        if (!r.nextCursor) break;
        cursor = r.nextCursor;
      }
      assert.equal(seen.length, 1300);
      assert.deepEqual(
        seen,
        [...seen].sort((a, b) => b - a),
      );
      assert.ok(seen.every((n) => n % 2 === 1));
    });

    it('ranks title matches first in a sample past the cap', async () => {
      const batch = [];
      for (let i = 0; i < 2100; i++) {
        const inTitle = i === 700 || i === 1400 || i === 2050;
        batch.push(
          article({
            title: inTitle ? `Harbour watch ${i}` : `Notice ${i}`,
            text: `harbour notice number ${i}`,
            publishedAt: new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString(),
          }),
        );
      }
      await store.articles.addMany(batch);
      const r = await store.search.run({ q: 'harbour', limit: 4, facets: [] });
      assert.equal(r.totalIsEstimate, true);
      assert.deepEqual(
        r.hits.map((h) => h.title),
        ['Harbour watch 2050', 'Harbour watch 1400', 'Harbour watch 700', 'Notice 2099'],
      );
    });
  });
}
