// Conformance for the editorial desk's store methods: story status, editor fields, urgency order, tombstones,
// purging articles and removing the samples (run by conformance.ts for every Store).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { rejectsInput, type StoreFactory, storyOf } from './conformance.ts';
import { analysis, article } from './fixtures.ts';

/** Defines the desk store tests for one implementation. */
export function deskSuite(name: string, factory: StoreFactory, skip: string | false = false): void {
  describe(`Store desk methods: ${name}`, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await factory.open();
    });
    after(async () => {
      await store?.close();
    });

    it('keeps status and published in step, and an editor decision survives the pipeline', async () => {
      const a = await store.stories.add(storyOf('st-a'));
      assert.equal(a.status, 'review');
      assert.equal(a.published, false);
      assert.equal(a.publicTitle, null);
      assert.equal(a.priority, 0);
      const b = await store.stories.add({ ...storyOf('st-b'), published: true });
      assert.equal(b.status, 'published');
      await store.stories.update(a.id, { status: 'published' });
      assert.equal((await store.stories.get(a.id))!.published, true);
      await store.stories.update(a.id, { status: 'rejected' });
      let got = (await store.stories.get(a.id))!;
      assert.equal(got.published, false);
      // A joining article says "published": an editor's rejection stays.
      await store.stories.update(a.id, { published: true });
      got = (await store.stories.get(a.id))!;
      assert.equal(got.status, 'rejected');
      assert.equal(got.published, false);
      await store.stories.update(b.id, { published: false });
      assert.equal((await store.stories.get(b.id))!.status, 'review');
      await store.stories.update(b.id, { published: true });
      assert.equal((await store.stories.get(b.id))!.status, 'published');
      const pub = await store.stories.list({ published: true, limit: 50 });
      assert.ok(pub.stories.every((s) => s.status === 'published'));
    });

    it('keeps editor text, corrections and merges; refuses bad values', async () => {
      const s = await store.stories.add(storyOf('st-edit'));
      await store.stories.update(s.id, {
        publicTitle: 'A safe title',
        publicSummary: 'Summary.',
        correction: 'The count was 3, not 4.',
        correctedAt: '2024-02-01T00:00:00.000Z',
        mergedInto: 99,
      });
      const got = (await store.stories.get(s.id))!;
      assert.equal(got.publicTitle, 'A safe title');
      assert.equal(got.correction, 'The count was 3, not 4.');
      assert.equal(got.mergedInto, 99);
      await rejectsInput(store.stories.update(s.id, { status: 'gone' as never }), /status/);
      await rejectsInput(store.stories.update(s.id, { publicTitle: 'x'.repeat(301) }), /publicTitle/);
      await rejectsInput(store.stories.add({ ...storyOf('st-bad'), status: 'nope' as never }), /status/);
      await rejectsInput(store.stories.list({ status: 'nope' as never }), /status/);
      assert.equal((await store.stories.get(s.id))!.publicTitle, 'A safe title');
    });

    it('lists a status most urgent first, then newest, across pages', async () => {
      const mk = (slug: string, priority: number, at: string) =>
        store.stories.add({ ...storyOf(slug), priority, lastSeenAt: at, firstSeenAt: at, status: 'review' });
      await mk('u-low-new', 0, '2025-05-03T00:00:00.000Z');
      await mk('u-high-old', 12, '2025-05-01T00:00:00.000Z');
      await mk('u-high-new', 12, '2025-05-02T00:00:00.000Z');
      await mk('u-mid', 4, '2025-05-04T00:00:00.000Z');
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.stories.list({ status: 'review', order: 'urgency', limit: 1, cursor });
        seen.push(...page.stories.map((s) => s.slug));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const mine = seen.filter((x) => x.startsWith('u-'));
      assert.deepEqual(mine, ['u-high-new', 'u-high-old', 'u-mid', 'u-low-new']);
      await rejectsInput(store.stories.list({ order: 'urgency', cursor: 'bogus' }), /cursor/);
    });

    it('keeps tombstones by URL and content hash, once each', async () => {
      const n = await store.articles.addTombstones([
        { kind: 'url', value: 'https://gone.example/a', storyId: 5, reason: 'identifies a child' },
        { kind: 'hash', value: 'h-gone', storyId: 5, reason: 'identifies a child' },
      ]);
      assert.equal(n, 2);
      assert.equal(
        await store.articles.addTombstones([{ kind: 'url', value: 'https://gone.example/a', storyId: 6, reason: 'x' }]),
        0,
      );
      const found = await store.articles.findTombstones({
        urls: ['https://gone.example/a', 'https://other.example/'],
        hashes: ['h-gone'],
      });
      assert.deepEqual(found.map((t) => `${t.kind}:${t.value}:${t.storyId}`).sort(), [
        'hash:h-gone:5',
        'url:https://gone.example/a:5',
      ]);
      assert.deepEqual(await store.articles.findTombstones({}), []);
      await rejectsInput(
        store.articles.addTombstones([{ kind: 'other' as never, value: 'x', storyId: null, reason: '' }]),
      );
      await rejectsInput(store.articles.addTombstones([{ kind: 'url', value: '', storyId: null, reason: '' }]));
    });

    it('purges articles from the rows, the search index and the copy links', async () => {
      const word = 'zanzibarquux';
      const { article: a } = await store.articles.add(
        article({ title: `Rescue ${word}`, status: 'published', analysis: analysis() }),
      );
      const { article: copy } = await store.articles.add(article({ duplicateOf: a.id }));
      assert.equal((await store.search.run({ q: word })).hits.length, 1);
      assert.equal(await store.articles.purge([a.id]), 1);
      assert.equal(await store.articles.get(a.id), null);
      assert.equal((await store.search.run({ q: word })).hits.length, 0);
      assert.equal((await store.articles.get(copy.id))!.duplicateOf, null);
      await rejectsInput(store.articles.purge(['1' as never]));
    });

    it('removes the samples and never counts them in trends or maps', async () => {
      const { article: sa } = await store.articles.add(
        article({
          isSample: true,
          status: 'published',
          title: 'Sample qqsampleword',
          analysis: analysis({ countries: ['KE'] }),
        }),
      );
      const s = await store.stories.add({
        ...storyOf('sample-x'),
        countries: ['KE'],
        published: true,
        isSample: true,
        leadArticleId: sa.id,
      });
      await store.articles.update(sa.id, { storyId: s.id });
      const real = await store.stories.add({ ...storyOf('real-ke'), countries: ['KE'], published: true });
      const ke = (await store.stories.countryCounts()).find((c) => c.country === 'KE');
      assert.equal(ke?.count, 1);
      const months = await store.stories.perMonth('country', { country: 'KE' });
      assert.equal(
        months.reduce((n, m) => n + m.count, 0),
        1,
      );
      assert.deepEqual(
        (await store.stories.list({ published: true, country: 'KE', samples: false })).stories.map((x) => x.id),
        [real.id],
      );
      const gone = await store.stories.removeSamples();
      assert.deepEqual(gone, { stories: 1, articles: 1 });
      assert.equal(await store.stories.get(s.id), null);
      assert.equal((await store.search.run({ q: 'qqsampleword' })).hits.length, 0);
      assert.ok(await store.stories.get(real.id));
    });
  });
}
