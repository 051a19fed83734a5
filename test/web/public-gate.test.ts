// The identifying-details gate end to end (issue 12), on both stores: a page naming a child with her address is
// fetched from a loopback server, held for review, published by an editor in redacted form only, then removed for
// good. Everything here is fictional: the girl, her street, the outlets.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDesk } from '../../src/desk/desk.ts';
import type { Source, Story } from '../../src/model/records.ts';
import { pollSource } from '../../src/pipeline/poll.ts';
import { createPortal } from '../../src/web/app.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { reply } from '../helpers/http-server.ts';
import { bothStores } from '../helpers/stores.ts';
import { articlePage, rss, type World, world } from '../pipeline/world.ts';

const GIVEN = 'Thandiwe';
const SURNAME = 'Mokoena';
const STREET = 'Jacaranda';
const TITLE = 'Girl, 14, rescued from traffickers in Durban';
const PARAGRAPHS = [
  'Police in Durban, South Africa, rescued a 14-year-old girl who had been trafficked and sexually exploited in a house in the city, officials said on Tuesday.',
  `The girl, ${GIVEN} ${SURNAME}, 14, lived at 27 ${STREET} Street with her aunt before she was recruited by a man who promised her a job.`,
  'A neighbour described her as a child prostitute, but social workers said she was a victim of trafficking.',
  'Two suspects were arrested and charged with human trafficking and appeared before a judge in Durban, who ordered them held in custody.',
  `${GIVEN} is receiving care and counselling at a shelter run by a local organisation.`,
];

/** A page's text without the search words the reader typed (the search page echoes them back). */
function shown(path: string, text: string): string {
  const q = new URL(path, 'http://x').searchParams.get('q');
  if (!q) return text;
  const escaped = q.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // The reader's own query also comes back in the page's links (feeds, alert, facets), URL-encoded.
  const encoded = new URLSearchParams({ q }).toString().slice(2);
  return text.split(q).join('').split(escaped).join('').split(encoded).join('');
}

/** Every public address a reader, a crawler or a feed reader could reach the story by. */
function publicAddresses(slug: string): string[] {
  const searches = [GIVEN, SURNAME, STREET, `"${GIVEN} ${SURNAME}"`, 'Durban', 'rescued girl'];
  return [
    '/',
    `/stories/${slug}`,
    ...searches.map((q) => `/search?q=${encodeURIComponent(q)}`),
    '/search?country=ZA',
    ...searches.map((q, i) => `/feeds/search.${['rss', 'atom', 'json'][i % 3]}?q=${encodeURIComponent(q)}`),
    '/feeds/search.rss?country=ZA',
    '/feeds/stories.rss',
    '/feeds/stories.atom',
    '/feeds/stories.json',
    '/feeds/country/za.rss',
    '/feeds/form/sexual.atom',
    '/sitemap.xml',
    '/country/za',
    '/form/sexual',
    '/map',
    '/trends',
  ];
}

for (const [name, open, skip] of bothStores()) {
  describe(`the identifying-details gate end to end on ${name}`, { skip }, () => {
    let w: World;
    let source: Source;
    let story: Story;
    const portal = () =>
      createPortal({
        store: w.store,
        config: { publicUrl: 'http://lantern.test', allowRepublish: false },
        kb: loadKnowledgeBase(),
        hotlines: loadHotlines(),
        cacheMs: 0,
      });
    const page = async (path: string) => {
      const res = await portal().request(`http://lantern.test${path}`);
      return { status: res.status, text: await res.text(), location: res.headers.get('location') };
    };
    const editor = async () => {
      const u = await w.store.accounts.addUser({
        email: `ed-${Date.now()}@example.org`,
        name: 'Ed',
        role: 'editor',
        passwordHash: 'x',
      });
      return { userId: u.id, role: u.role };
    };

    before(async () => {
      w = await world({}, undefined, open);
      const o = w.server.origin;
      const html = { 'content-type': 'text/html; charset=utf-8' };
      w.server.route('/a/durban-girl', reply(200, articlePage(TITLE, PARAGRAPHS, { site: 'Coast Herald' }), html));
      w.server.route('/feed.xml', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(
          rss('Coast Herald', [{ title: TITLE, link: `${o}/a/durban-girl`, guid: 'g1', date: '2026-03-03T08:00:00Z' }]),
        );
      });
      source = await w.store.sources.add({
        url: `${o}/feed.xml`,
        name: 'Coast Herald',
        nextFetchAt: '2000-01-01T00:00:00.000Z',
      });
    });
    after(() => w?.close());

    it('raises the privacy and language flags and holds the story for review, off every public page', async () => {
      const r = await pollSource(w.ctx, source);
      assert.equal(r.status, 'ok', r.error ?? '');
      assert.equal(r.added, 1);
      const hit = (await w.store.stories.list({ status: 'review', limit: 10 })).stories;
      assert.equal(hit.length, 1);
      story = hit[0]!;
      const [a] = await w.store.articles.ofStory(story.id);
      const flags = a!.analysis!.flags;
      assert.ok(flags.some((f) => f.kind === 'privacy' && f.what === 'name' && f.quote.includes(SURNAME)));
      assert.ok(flags.some((f) => f.kind === 'privacy' && f.what === 'address' && f.quote.includes(STREET)));
      assert.ok(flags.some((f) => f.kind === 'language' && /child prostitute/i.test(f.quote)));
      assert.equal(a!.status, 'review');
      assert.equal((await page(`/stories/${story.slug}`)).status, 404);
      for (const path of publicAddresses(story.slug)) {
        const text = shown(path, (await page(path)).text);
        for (const word of [GIVEN, SURNAME, STREET, 'Durban'])
          assert.ok(!text.includes(word), `${path} shows "${word}" before review`);
      }
      // The slug is public in every URL: it was made from the redacted title, which names no one.
      assert.ok(!story.slug.includes(GIVEN.toLowerCase()));
    });

    it('once an editor publishes it, no public address carries her name, surname or street', async () => {
      await openDesk(w.store).act(await editor(), { kind: 'publish', storyId: story.id });
      const storyPage = await page(`/stories/${story.slug}`);
      assert.equal(storyPage.status, 200);
      assert.match(storyPage.text, /\[name withheld\]/);
      assert.match(storyPage.text, /\[address withheld\]/);
      for (const path of publicAddresses(story.slug)) {
        const { status, text: raw } = await page(path);
        assert.equal(status, 200, path);
        const text = shown(path, raw);
        for (const word of [GIVEN, SURNAME, STREET]) assert.ok(!text.includes(word), `${path} shows "${word}"`);
      }
      // The story is public: the home page, the sitemap, the feeds and a search by other words find it.
      assert.match((await page('/')).text, new RegExp(story.slug));
      assert.match((await page('/sitemap.xml')).text, new RegExp(story.slug));
      assert.match((await page('/feeds/stories.rss')).text, new RegExp(story.slug));
      assert.match((await page('/search?q=Durban')).text, new RegExp(story.slug));
      // Searching by her name finds nothing, not even a count.
      for (const q of [GIVEN, SURNAME, STREET]) {
        const r = await portal().request(`http://lantern.test/search?q=${q}`);
        assert.doesNotMatch(await r.text(), new RegExp(story.slug), q);
      }
    });

    it('after removal the story is gone everywhere, and fetching again does not file it', async () => {
      const before = await w.store.articles.count();
      await openDesk(w.store).act(await editor(), { kind: 'remove', storyId: story.id, reason: 'names a child' });
      assert.equal((await page(`/stories/${story.slug}`)).status, 410);
      for (const path of publicAddresses(story.slug)) {
        const text = shown(path, (await page(path)).text);
        assert.ok(!text.includes(story.slug) || path === `/stories/${story.slug}`, `${path} still lists the story`);
        for (const word of [GIVEN, SURNAME, STREET]) assert.ok(!text.includes(word), `${path} shows "${word}"`);
      }
      assert.equal(await w.store.articles.count(), before - 1);
      const row = (await w.store.sources.get(source.id))!;
      const again = await pollSource(w.ctx, { ...row, etag: null, lastModified: null });
      assert.equal(again.status, 'ok', again.error ?? '');
      assert.equal(again.added, 0);
      assert.equal(await w.store.articles.count(), before - 1);
      assert.equal((await w.store.stories.list({ status: 'review', limit: 10 })).stories.length, 0);
    });
  });
}
