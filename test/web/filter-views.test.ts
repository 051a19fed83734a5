// Filtered views: the map by form of exploitation and period (counts follow the filters, bad values are a clear
// 400), and a filtered home page followed as a feed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openMemoryStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { createPortal } from '../../src/web/app.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { storyOf } from '../store/conformance.ts';
import { analysis, article } from '../store/fixtures.ts';

const DAY = 86_400_000;

describe('filtered views', () => {
  let store: Store;
  let app: ReturnType<typeof createPortal>;

  before(async () => {
    store = await openMemoryStore();
    const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    const add = async (slug: string, countries: string[], types: ('labour' | 'sexual')[], days: number) => {
      const s = await store.stories.add({
        ...storyOf(slug),
        countries,
        types,
        firstSeenAt: ago(days),
        lastSeenAt: ago(days),
        published: true,
        publishedAt: ago(days),
      });
      // The lead report, so that searches and search feeds find the story too.
      const { article: a } = await store.articles.add(
        article({
          url: `https://news.example/${slug}`,
          title: `Report ${slug}`,
          text: `Police said workers were held in ${slug.replaceAll('-', ' ')} conditions.`,
          publishedAt: ago(days),
          analysis: analysis({ countries, types }),
        }),
      );
      await store.articles.update(a.id, { storyId: s.id, status: 'published' });
      await store.stories.update(s.id, { leadArticleId: a.id });
    };
    await add('kenya-labour-recent', ['KE'], ['labour'], 5);
    await add('kenya-sexual-old', ['KE'], ['sexual'], 400);
    await add('uganda-sexual-recent', ['UG'], ['sexual'], 10);
    await add('nowhere-labour-recent', [], ['labour'], 3);
    app = createPortal({
      store,
      config: { publicUrl: 'http://lantern.test', allowRepublish: false },
      kb: loadKnowledgeBase(),
      hotlines: loadHotlines(),
      cacheMs: 0,
    });
  });
  after(() => store?.close());

  /** Country → count from the map page's table. */
  async function table(query: string): Promise<Record<string, string>> {
    const res = await app.request(`/map${query}`);
    assert.equal(res.status, 200, query);
    const body = await res.text();
    const rows = [...body.matchAll(/<tr><th scope="row">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/th><td>(\d+)<\/td><\/tr>/g)];
    return Object.fromEntries(rows.map((m) => [m[1]!.trim(), m[2]!]));
  }

  it('counts every published story by default, and those with no country apart', async () => {
    assert.deepEqual(await table(''), { Kenya: '2', Uganda: '1', 'Unknown / none (not on the map)': '1' });
  });

  it('shows one form, one period, or both', async () => {
    assert.deepEqual(await table('?type=labour'), { Kenya: '1', 'Unknown / none (not on the map)': '1' });
    assert.deepEqual(await table('?period=30d'), { Kenya: '1', Uganda: '1', 'Unknown / none (not on the map)': '1' });
    assert.deepEqual(await table('?type=sexual&period=12m'), { Uganda: '1' });
    assert.deepEqual(await table('?type=&period=all'), await table(''));
  });

  it('keeps the choice in its form and in every language', async () => {
    const fr = await (await app.request('/fr/map?type=sexual&period=30d')).text();
    assert.match(fr, /<option value="sexual" selected>/);
    assert.match(fr, /<option value="30d" selected>30 derniers jours<\/option>/);
    assert.match(fr, /action="\/fr\/map"/);
  });

  it('answers 400 to an unknown form or period, naming the parameter', async () => {
    for (const q of ['?period=5y', '?type=drugs', '?period=%00']) {
      const res = await app.request(`/map${q}`);
      assert.equal(res.status, 400, q);
      if (!q.includes('%00')) assert.match(await res.text(), q.includes('period') ? /period=/ : /type=/);
    }
  });

  it('offers a filtered home page as a feed that carries the same filters', async () => {
    const plain = await (await app.request('/')).text();
    assert.doesNotMatch(plain, /feeds\/search\./);
    const ke = await (await app.request('/?country=KE&type=labour')).text();
    assert.match(
      ke,
      /<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/feeds\/search\.rss\?country=KE&amp;type=labour">/,
    );
    assert.match(
      ke,
      /<p class="follow">Follow these stories: <a href="\/feeds\/search\.rss\?country=KE&amp;type=labour">RSS<\/a>/,
    );
    const feed = JSON.parse(await (await app.request('/feeds/search.json?country=KE&type=labour')).text());
    assert.deepEqual(
      feed.items.map((i: { title: string }) => i.title),
      ['Story kenya-labour-recent'],
    );
    assert.match(await (await app.request('/fr/?type=sexual')).text(), /Suivre ces articles :/);
  });
});
