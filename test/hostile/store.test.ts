// Hostile input against the store and the monitor, on SQLite and PostgreSQL: nothing lost, nothing half-written.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { canonicalUrl } from '../../src/dedup/canonical.ts';
import { pollSource } from '../../src/pipeline/poll.ts';
import type { Store } from '../../src/store/store.ts';
import { createPortal } from '../../src/web/app.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { highlight } from '../../src/web/views/search.ts';
import { reply } from '../helpers/http-server.ts';
import { bothStores } from '../helpers/stores.ts';
import { articlePage, incident, rss, type World, world } from '../pipeline/world.ts';
import { analysis, article } from '../store/fixtures.ts';
import { controlCharacters, SCRIPT_TITLES, sprinkle, TERMINAL_ESCAPE } from './generators.ts';

const DUE = '2000-01-01T00:00:00.000Z';
const HTML = { 'content-type': 'text/html; charset=utf-8' };
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

for (const [name, open, skip] of bothStores()) {
  describe(`hostile input, ${name} store`, { skip }, () => {
    let w: World;
    before(async () => {
      const hosts = Array.from({ length: 10 }, (_, i) => `127.0.0.${i + 2}`).join(',');
      w = await world({ LANTERN_FETCH_ALLOW: `127.0.0.1,${hosts}` }, undefined, open);
    });
    after(() => w?.close());

    it('files an article and its story together or not at all', async () => {
      const before = await w.store.articles.count();
      const url = 'https://hostile.example/half-write';
      const filing = (fail: boolean) => ({
        lshKeys: ['k:half'],
        story: {
          joinId: null,
          join: () => ({}),
          create: (a: { id: number; title: string }) => {
            if (fail) throw new Error('story refused');
            return storyFor(a);
          },
        },
      });
      await assert.rejects(w.store.articles.file(article({ canonicalUrl: url, url }), filing(true)), /story refused/);
      assert.equal(await w.store.articles.count(), before, 'no article without its story');
      assert.equal(await w.store.articles.byUrl(url), null);
      const filed = await w.store.articles.file(article({ canonicalUrl: url, url }), filing(false));
      assert.ok(filed.created && filed.storyId, 'the retry files it with its story');
      assert.equal((await w.store.articles.get(filed.article.id))?.storyId, filed.storyId);
    });

    it('gives every script its story, and copies of one text one story', async () => {
      const o = w.server.origin;
      const items = SCRIPT_TITLES.map(([script, title], i) => {
        const path = `/scripts/${i}`;
        const text = incident({
          city: `Town${i}`,
          country: 'Kenya',
          n: 10 + i,
          suspect: 'A B',
          second: 'C D',
          day: `day ${i}`,
        });
        w.server.route(path, reply(200, articlePage(title, text), HTML));
        return { title, link: `${o}${path}`, guid: `s${i}`, script };
      });
      w.server.route('/scripts.xml', reply(200, rss('Scripts', items)));
      const source = await w.store.sources.add({ url: `${o}/scripts.xml`, nextFetchAt: DUE });
      const r = await pollSource(w.ctx, source);
      assert.equal(r.failed, 0, r.error ?? '');
      for (const item of items) {
        const a = await w.store.articles.byUrl(canonicalUrl(item.link)!);
        assert.ok(a?.storyId, `${item.script}: article has a story`);
        const story = await w.store.stories.get(a.storyId);
        assert.match(story!.slug, /^[a-z0-9][a-z0-9-]*$/, item.script);
      }
      // Ten outlets (ten loopback addresses, so ten sites) carry the same text: one story, nine copies.
      const body = articlePage(
        SCRIPT_TITLES[0]![1],
        incident({ city: 'Kazan', country: 'Russia', n: 7, suspect: 'E F', second: 'G H', day: 'Monday' }),
      );
      const outlets = await Promise.all(Array.from({ length: 10 }, (_, i) => serveAt(`127.0.0.${i + 2}`, body)));
      try {
        const copies = outlets.map((origin, i) => ({
          title: SCRIPT_TITLES[0]![1],
          link: `${origin}/copy`,
          guid: `c${i}`,
        }));
        w.server.route('/copies.xml', reply(200, rss('Copies', copies)));
        const src2 = await w.store.sources.add({ url: `${o}/copies.xml`, nextFetchAt: DUE });
        const r2 = await pollSource(w.ctx, src2);
        assert.equal(r2.added + r2.duplicates, 10, r2.error ?? '');
        const stories = new Set<number | null>();
        for (const c of copies) stories.add((await w.store.articles.byUrl(canonicalUrl(c.link)!))?.storyId ?? null);
        assert.equal(stories.size, 1, 'ten copies, one story');
        assert.ok([...stories][0], 'and it is a story');
      } finally {
        await Promise.all(outlets.map((x) => x.close()));
      }
    });

    it('cleans control characters and NUL from feeds and pages, so feeds stay XML and PostgreSQL takes the text', async () => {
      const o = w.server.origin;
      const bad = controlCharacters() + TERMINAL_ESCAPE;
      const title = sprinkle('Nine workers freed from a brick kiln in Multan', bad, 9);
      const text = incident({
        city: 'Multan',
        country: 'Pakistan',
        n: 9,
        suspect: 'I J',
        second: 'K L',
        day: 'Friday',
      }).map((p) => sprinkle(p, bad, 41));
      w.server.route('/ctl/page', reply(200, articlePage(title, text), HTML));
      const feedTitle = title.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `&#${c.charCodeAt(0)};`);
      w.server.route(
        '/ctl.xml',
        reply(200, rss('Ctl', [{ title: feedTitle, link: `${o}/ctl/page`, guid: 'ctl' }]).replace('&amp;#', '&#')),
      );
      const source = await w.store.sources.add({ url: `${o}/ctl.xml`, nextFetchAt: DUE });
      const r = await pollSource(w.ctx, source);
      assert.equal(r.failed, 0, r.error ?? '');
      const a = await w.store.articles.byUrl(canonicalUrl(`${o}/ctl/page`)!);
      assert.ok(a, 'the article is stored');
      assert.doesNotMatch(a.title + a.text, CONTROLS);
      assert.doesNotMatch(a.text, /\u0000/);
      await w.store.stories.update(a.storyId!, { published: true, publishedAt: new Date().toISOString() });
      const app = portal(w.store);
      for (const feed of ['/feeds/stories.rss', '/feeds/stories.atom', '/sitemap.xml']) {
        const res = await app.request(feed);
        assert.equal(res.status, 200, feed);
        assert.ok(wellFormedXml(await res.text()), `${feed} is well-formed XML`);
      }
    });

    it('refuses control characters in addresses with 400, never 500', async () => {
      const app = portal(w.store);
      for (const path of [
        '/stories/%00',
        '/stories/a%1bb',
        '/country/%00',
        '/form/%7f',
        '/kb/%00x',
        '/search?q=%00',
        '/search?q=%E0%A4%A',
        '/feeds/country/%00.rss',
      ]) {
        const res = await app.request(path);
        assert.equal(res.status, 400, path);
      }
      assert.equal((await app.request('/stories/no-such-story')).status, 404);
    });

    it('keeps French guillemets in search snippets, with balanced highlights', async () => {
      await w.store.articles.add(
        article({
          title: 'Procès à Lyon',
          text: "Le procureur a parlé d'un « réseau » de traite et d'une « mama » qui exploitait les victimes.",
          analysis: analysis({ countries: ['FR'] }),
          status: 'published',
        }),
      );
      const r = await w.store.search.run({ q: 'réseau mama' });
      const hit = r.hits.find((h) => h.title === 'Procès à Lyon');
      assert.ok(hit, 'found');
      const marked = highlight(hit.snippet).toString();
      assert.match(marked, /« <mark>réseau<\/mark> »/);
      assert.match(marked, /« <mark>mama<\/mark> »/);
      assert.equal(marked.split('<mark>').length, marked.split('</mark>').length, 'balanced');
    });

    it('imports sources all or nothing', async () => {
      const before = (await w.store.sources.list()).length;
      const good = { url: 'https://a.example/rss', nextFetchAt: DUE };
      const bad = { url: `https://b.example/${'x'.repeat(3000)}`, nextFetchAt: DUE };
      await assert.rejects(w.store.sources.addMany([good, bad]), /at most 2048/);
      assert.equal((await w.store.sources.list()).length, before, 'nothing saved');
      const again = await w.store.sources.addMany([good, good]);
      assert.equal(again.added.length, 1);
      assert.equal(again.skipped, 1);
    });

    it('waits out the back-off of an entry that keeps failing instead of fetching it every pass', async () => {
      const o = w.server.origin;
      w.server.route('/huge/page', reply(200, `<html><body>${'<p>x</p>'.repeat(400_000)}</body></html>`, HTML));
      w.server.route('/huge.xml', reply(200, rss('Huge', [{ title: 'Huge', link: `${o}/huge/page`, guid: 'h' }])));
      const source = await w.store.sources.add({ url: `${o}/huge.xml`, nextFetchAt: DUE });
      const hits = () => w.server.log.filter((p) => p === '/huge/page').length;
      const r = await pollSource(w.ctx, source);
      assert.equal(r.failed, 1);
      assert.equal(hits(), 1);
      for (let i = 0; i < 3; i++) await pollSource(w.ctx, (await w.store.sources.get(source.id))!);
      assert.equal(hits(), 1, 'not fetched again within its back-off');
    });
  });
}

/** A one-page outlet on its own loopback address (its own site). */
async function serveAt(host: string, page: string): Promise<string & { close(): Promise<void> }> {
  const server = http.createServer((_req, res) => res.writeHead(200, HTML).end(page));
  await new Promise<void>((r) => server.listen(0, host, r));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return Object.assign(origin, {
    close: () => new Promise<void>((r) => server.close(() => r())),
  }) as string & { close(): Promise<void> };
}

function storyFor(a: { id: number; title: string }) {
  const at = new Date().toISOString();
  return {
    title: a.title,
    slug: `${at.slice(0, 10)}-half-${a.id}`,
    leadArticleId: a.id,
    firstSeenAt: at,
    lastSeenAt: at,
    articleCount: 1,
    countries: [],
    types: [],
    relevance: 0.9,
    minors: null,
    victims: null,
    incident: true,
    published: false,
    publishedAt: null,
    isSample: false,
  };
}

function portal(store: Store) {
  return createPortal({
    store,
    config: { publicUrl: 'http://127.0.0.1:8080', allowRepublish: false },
    kb: loadKnowledgeBase(),
    hotlines: loadHotlines(),
    cacheMs: 0,
  });
}

/** Whether text parses as XML without a parser error (a browser's strict XML parser, via jsdom). */
function wellFormedXml(text: string): boolean {
  const win = new JSDOM('').window as unknown as Window & typeof globalThis;
  const doc = new win.DOMParser().parseFromString(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length === 0;
}
