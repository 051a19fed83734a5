// claimDueSources on both stores: concurrent claims never hand the same source to two workers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bothStores } from '../helpers/stores.ts';

const STORES = bothStores();

for (const [name, open, skip] of STORES) {
  describe(`claimDueSources (${name})`, { skip }, () => {
    it('leases due sources to one claimant at a time', async () => {
      const store = await open();
      try {
        const now = '2026-03-01T12:00:00.000Z';
        for (let i = 0; i < 10; i++) {
          await store.sources.add({
            url: `https://s${i}.example/feed`,
            nextFetchAt: i < 8 ? '2026-03-01T00:00:00.000Z' : '2026-03-02T00:00:00.000Z',
          });
        }
        await store.sources.update(1, { enabled: false });
        const [a, b] = await Promise.all([store.sources.claimDue(now, 600, 4), store.sources.claimDue(now, 600, 4)]);
        const ids = [...a, ...b].map((s) => s.id);
        assert.equal(ids.length, 7, 'seven enabled due sources');
        assert.equal(new Set(ids).size, 7, 'no source claimed twice');
        assert.ok(!ids.includes(1));
        assert.ok(a.every((s) => s.nextFetchAt === '2026-03-01T12:10:00.000Z'));
        assert.deepEqual(await store.sources.claimDue(now, 600, 10), []);
        assert.equal(
          (await store.sources.claimDue('2026-03-01T12:10:00.000Z', 600, 10)).length,
          7,
          'the lease runs out',
        );
      } finally {
        await store.close();
      }
    });
  });
}
