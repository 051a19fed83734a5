// Conformance for what the JSON API reads and keeps: API keys with use counts, story filters (minors, incident,
// language), form counts and batched article reads (run by conformance.ts for every Store).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { rejectsInput, type StoreFactory, storyOf } from './conformance.ts';
import { article } from './fixtures.ts';

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

/** Defines the API store tests for one implementation. */
export function apiSuite(name: string, factory: StoreFactory, skip: string | false = false): void {
  describe(`Store API methods: ${name}`, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await factory.open();
    });
    after(async () => {
      await store?.close();
    });

    it('keeps API keys by hash, counts uses per day and revokes', async () => {
      const k = await store.keys.add({ name: 'research', keyHash: hash('k1'), prefix: 'lk_abcd', ratePerMin: 600 });
      assert.equal(k.uses, 0);
      assert.equal(k.ratePerMin, 600);
      assert.equal((await store.keys.byHash(hash('k1')))!.id, k.id);
      assert.equal(await store.keys.byHash(hash('nope')), null);
      await store.keys.countUse(k.id, '2026-01-02T10:00:00.000Z');
      await store.keys.countUse(k.id, '2026-01-02T11:00:00.000Z');
      await store.keys.countUse(k.id, '2026-01-03T00:00:00.000Z');
      const [listed] = await store.keys.list('2026-01-02');
      assert.equal(listed!.uses, 3);
      assert.equal(listed!.usesOnDay, 2);
      assert.equal(listed!.lastUsedAt, '2026-01-03T00:00:00.000Z');
      assert.equal(await store.keys.revoke(k.id), true);
      assert.equal(await store.keys.revoke(k.id), false);
      assert.ok((await store.keys.byHash(hash('k1')))!.revokedAt);
      await rejectsInput(store.keys.add({ name: 'x', keyHash: hash('k1'), prefix: 'p', ratePerMin: null }));
      await rejectsInput(store.keys.add({ name: '', keyHash: hash('k2'), prefix: 'p', ratePerMin: null }));
      await rejectsInput(store.keys.add({ name: 'y', keyHash: hash('k3'), prefix: 'p', ratePerMin: 0 }));
    });

    it('filters stories by minors, incident and language; counts forms; reads articles in one call', async () => {
      const a = await store.stories.add({ ...storyOf('api-a'), published: true, minors: true, types: ['sexual'] });
      const b = await store.stories.add({ ...storyOf('api-b'), published: true, incident: false });
      const fr = await store.articles.add({ ...article({ language: 'fr' }), storyId: b.id });
      const en = await store.articles.add({ ...article(), storyId: a.id });
      const ids = async (f: Parameters<Store['stories']['list']>[0]) =>
        (await store.stories.list({ published: true, limit: 50, ...f })).stories.map((s) => s.slug).sort();
      assert.deepEqual(await ids({ minors: true }), ['api-a']);
      assert.deepEqual(await ids({ incident: false }), ['api-b']);
      assert.deepEqual(await ids({ language: 'fr' }), ['api-b']);
      const forms = await store.stories.formCounts();
      assert.ok(forms.some((f) => f.type === 'sexual' && f.count >= 1));
      const got = await store.articles.getMany({ ids: [en.article.id, fr.article.id, 999999] });
      assert.deepEqual(got.map((x) => x.id).sort(), [en.article.id, fr.article.id].sort());
      const byStory = await store.articles.getMany({ storyIds: [b.id] });
      assert.deepEqual(
        byStory.map((x) => x.id),
        [fr.article.id],
      );
      const [lean] = await store.articles.getMany({ storyIds: [b.id], text: false });
      const [full] = byStory;
      assert.equal(lean!.text, '', 'text: false leaves the text out');
      assert.ok(full!.text.length > 0);
      assert.deepEqual({ ...lean, text: full!.text }, full, 'every other field as read in full');
      const two = await store.stories.getMany([b.id, a.id, 999999]);
      assert.deepEqual(
        two.map((x) => x.slug),
        [a.id, b.id].sort((x, y) => x - y).map((id) => (id === a.id ? 'api-a' : 'api-b')),
      );
      // list and getMany read rows as arrays (Db.table); the records must equal those read one by one.
      const listed = (await store.stories.list({ published: true, limit: 50 })).stories;
      for (const s of listed) assert.deepEqual(s, await store.stories.get(s.id), `story ${s.slug} read as a table row`);
      assert.deepEqual(
        got.find((x) => x.id === en.article.id),
        await store.articles.get(en.article.id),
      );
      assert.deepEqual(await store.stories.getMany([]), []);
      await rejectsInput(store.stories.getMany([1.5]));
      assert.deepEqual(await store.articles.getMany({ ids: [] }), []);
      await rejectsInput(store.articles.getMany({ ids: [1.5] }));
    });
  });
}
