// The public gate (src/web/public-store.ts) on both stores: published only, redacted with every article's privacy
// flags of the story, the editor's title; a merged story's address answers 301, a removed one 410. Fictional data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Analysis, Flag } from '../../src/model/analysis.ts';
import type { Article, Story } from '../../src/model/records.ts';
import type { Store } from '../../src/store/store.ts';
import { createPortal } from '../../src/web/app.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { type PublicStore, publicStore } from '../../src/web/public-store.ts';
import { bothStores } from '../helpers/stores.ts';

const NAME_FLAG: Flag = { kind: 'privacy', quote: 'Lerato Dube, 15,', start: 0, end: 16, what: 'name' };

function analysis(flags: Flag[]): Analysis {
  return {
    id: 'x',
    language: 'en',
    relevant: true,
    relevance: 0.9,
    incident: true,
    types: ['labour'],
    countries: ['LS'],
    places: [],
    minors: true,
    victims: 1,
    evidence: [{ field: 'types', value: 'labour', quote: 'forced labour', start: 0, end: 13 }],
    flags,
  };
}

async function file(store: Store, n: number, title: string, text: string, flags: Flag[], status: Article['status']) {
  const { article } = await store.articles.add({
    sourceId: null,
    url: `https://news.example/${n}`,
    canonicalUrl: `https://news.example/${n}`,
    title,
    text,
    byline: null,
    siteName: `Outlet ${n}`,
    sourceCredit: `Outlet ${n}`,
    image: null,
    language: 'en',
    publishedAt: '2026-04-0' + n + 'T08:00:00.000Z',
    contentHash: `hash-${n}`,
    simhash: null,
    status,
    analysis: analysis(flags),
  });
  return article;
}

async function story(store: Store, slug: string, lead: Article, rest: Article[], status: Story['status']) {
  const s = await store.stories.add({
    title: lead.title,
    slug,
    leadArticleId: lead.id,
    firstSeenAt: '2026-04-01T08:00:00.000Z',
    lastSeenAt: '2026-04-02T08:00:00.000Z',
    articleCount: 1 + rest.length,
    countries: ['LS'],
    types: ['labour'],
    relevance: 0.9,
    minors: true,
    victims: 1,
    incident: true,
    published: status === 'published',
    publishedAt: status === 'published' ? '2026-04-02T09:00:00.000Z' : null,
    isSample: false,
    status,
  });
  for (const a of [lead, ...rest]) await store.articles.update(a.id, { storyId: s.id, status: a.status });
  return s;
}

for (const [name, open, skip] of bothStores()) {
  describe(`the public store on ${name}`, { skip }, () => {
    let store: Store;
    let pub: PublicStore;
    let shown: Story;
    let waiting: Story;
    const get = (path: string) =>
      createPortal({
        store,
        config: { publicUrl: 'http://lantern.test', allowRepublish: false },
        kb: loadKnowledgeBase(),
        hotlines: loadHotlines(),
        cacheMs: 0,
      }).request(`http://lantern.test${path}`);

    before(async () => {
      store = await open();
      pub = publicStore(store);
      // Only the lead flags her name; the second outlet names her too, unflagged: redaction is story-wide.
      const lead = await file(
        store,
        1,
        'Girl freed from forced labour on a farm',
        'Lerato Dube, 15, was freed from forced labour on a farm, police said.',
        [NAME_FLAG],
        'published',
      );
      const second = await file(
        store,
        2,
        'Lerato Dube back with her family',
        'Lerato Dube is back with her family after months of forced labour on a farm.',
        [],
        'published',
      );
      const pending = await file(store, 3, 'Unreviewed report', 'Forced labour on a farm near a river.', [], 'review');
      shown = await story(store, 'girl-freed-from-forced-labour', lead, [second], 'published');
      waiting = await story(store, 'unreviewed-report', pending, [], 'review');
    });
    after(() => store?.close());

    it('shows published stories only, every title and text redacted with the whole story’s flags', async () => {
      assert.equal(await pub.stories.get(waiting.id), null);
      assert.equal(await pub.stories.bySlug(waiting.slug), null);
      assert.deepEqual(await pub.articles.ofStory(waiting.id), []);
      assert.equal(await pub.articles.get(waiting.leadArticleId!), null);
      const listed = (await pub.stories.list({ limit: 10 })).stories;
      assert.deepEqual(
        listed.map((s) => s.id),
        [shown.id],
      );
      const articles = await pub.articles.ofStory(shown.id);
      assert.equal(articles.length, 2);
      for (const a of articles) {
        assert.doesNotMatch(`${a.title} ${a.text}`, /Lerato|Dube/);
        assert.deepEqual(a.analysis?.flags, []);
      }
      assert.equal(articles[1]!.title, '[name withheld] back with her family');
      const evidence = articles[0]!.analysis!.evidence[0]!;
      assert.equal(evidence.quote, 'forced labour');
    });

    it('uses the editor’s public title and summary, redacted too', async () => {
      await store.stories.update(shown.id, {
        publicTitle: 'Teenager freed from a farm',
        publicSummary: 'Dube is safe.',
      });
      const s = (await pub.stories.get(shown.id))!;
      assert.equal(s.title, 'Teenager freed from a farm');
      assert.equal(s.publicSummary, '[name withheld] is safe.');
      assert.equal((await pub.stories.list({ limit: 10 })).stories[0]!.title, 'Teenager freed from a farm');
    });

    it('search: hits redacted, and no hit reached through a withheld name', async () => {
      const byWord = await pub.search.run({ q: 'family', limit: 10 });
      assert.equal(byWord.hits.length, 1);
      assert.equal(byWord.hits[0]!.title, '[name withheld] back with her family');
      assert.doesNotMatch(byWord.hits[0]!.snippet, /Lerato|Dube/);
      for (const q of ['Lerato', 'Dube', '"Lerato Dube"', 'lerato family']) {
        assert.deepEqual((await pub.search.run({ q, limit: 10 })).hits, [], q);
      }
      // Unpublished articles are never hits, whatever the caller asks.
      assert.deepEqual((await pub.search.run({ q: 'river', limit: 10, publishedOnly: false })).hits, []);
    });

    it('a correction note with its date shows on the story page', async () => {
      await store.stories.update(shown.id, {
        correction: 'An earlier version gave the wrong district.',
        correctedAt: '2026-04-05T10:00:00.000Z',
      });
      const text = await (await get(`/stories/${shown.slug}`)).text();
      assert.match(
        text,
        /<aside class="correction"[^>]*><p><strong>Correction \(<time datetime="2026-04-05T10:00:00.000Z">5 Apr 2026<\/time>\):<\/strong> <span dir="auto">An earlier version gave the wrong district\.<\/span><\/p><\/aside>/,
      );
      assert.doesNotMatch(text, /Lerato|Dube/);
    });

    it('a merged story’s address answers 301 to the surviving story; a removed one 410; unknown 404', async () => {
      const extra = await file(
        store,
        4,
        'Farm owner charged',
        'A farm owner was charged with forced labour.',
        [],
        'published',
      );
      const merged = await story(store, 'farm-owner-charged', extra, [], 'published');
      await store.stories.update(merged.id, { status: 'merged', mergedInto: shown.id, leadArticleId: null });
      const res = await get(`/stories/${merged.slug}`);
      assert.equal(res.status, 301);
      assert.equal(res.headers.get('location'), `/stories/${shown.slug}`);
      assert.deepEqual(await pub.storyAt(merged.slug), { kind: 'moved', slug: shown.slug });
      await store.stories.update(waiting.id, { status: 'removed' });
      assert.equal((await get(`/stories/${waiting.slug}`)).status, 410);
      assert.equal((await get('/stories/no-such-story')).status, 404);
      assert.equal((await get(`/stories/${waiting.slug}`)).status, 410);
      await store.stories.update(waiting.id, { status: 'rejected' });
      assert.equal((await get(`/stories/${waiting.slug}`)).status, 404);
    });
  });
}
