// The store's retry on transient failures: which errors pass by themselves, bounded retries, transactions whole.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openMemoryStore } from '../../src/store/open.ts';
import { isTransientStoreError, resilientStore, retryTransient } from '../../src/store/resilient.ts';
import type { Store } from '../../src/store/store.ts';

const err = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('resilient store', () => {
  it('tells outages from real errors', () => {
    for (const e of [
      err('ECONNRESET'),
      err('ECONNREFUSED'),
      err('57P01'),
      err('08006'),
      err('40001'),
      err('SQLITE_BUSY'),
    ])
      assert.ok(isTransientStoreError(e), `${e.code} is transient`);
    assert.ok(isTransientStoreError(new Error('Connection terminated unexpectedly')));
    for (const e of [err('42P01'), err('23505'), err('SQLITE_FULL'), err('SQLITE_CONSTRAINT_UNIQUE'), new Error('bad')])
      assert.ok(!isTransientStoreError(e), `${(e as { code?: string }).code ?? e.message} is not`);
    assert.ok(!isTransientStoreError(null) && !isTransientStoreError('ECONNRESET'));
  });

  it('retries a transient failure a bounded number of times, and never a real one', async () => {
    let calls = 0;
    assert.equal(
      await retryTransient(async () => (++calls < 3 ? Promise.reject(err('ECONNRESET')) : 'ok'), [1, 1, 1]),
      'ok',
    );
    assert.equal(calls, 3);
    calls = 0;
    await assert.rejects(
      retryTransient(async () => Promise.reject(err('ECONNRESET', `try ${++calls}`)), [1, 1]),
      /try 3/,
    );
    calls = 0;
    await assert.rejects(
      retryTransient(async () => Promise.reject(err('23505', `try ${++calls}`)), [1, 1]),
      /try 1/,
    );
  });

  it('retries a placement transaction whole: nothing of a failed try stays', async () => {
    const raw = await openMemoryStore();
    try {
      const store = resilientStore(raw, [1, 1]);
      let tries = 0;
      const id = await store.placing(async (s) => {
        const src = await s.sources.add({ url: `https://example.org/feed-${++tries}.xml` });
        if (tries === 1) throw err('40001', 'serialization failure');
        return src.id;
      });
      assert.equal(tries, 2);
      assert.deepEqual(
        (await store.sources.list()).map((s) => [s.id, s.url]),
        [[id, 'https://example.org/feed-2.xml']],
      );
      assert.equal(store.dialect, 'sqlite', 'plain properties pass through');
    } finally {
      await raw.close();
    }
  });

  it('retries each role method: a transient failure of sources.list is tried again', async () => {
    const raw = await openMemoryStore();
    try {
      let calls = 0;
      const flaky = {
        ...raw.sources,
        list: async () => {
          if (++calls === 1) throw err('57P01', 'admin shutdown');
          return raw.sources.list();
        },
      };
      const { hosts, alerts, accounts, keys, meta, articles, stories, search } = raw;
      const roles = { hosts, alerts, accounts, keys, meta, articles, stories, search };
      const store = resilientStore({ ...roles, sources: flaky } as unknown as Store, [1, 1]);
      assert.deepEqual(await store.sources.list(), []);
      assert.equal(calls, 2);
      calls = 0;
      const noRetry = resilientStore({ ...roles, sources: flaky } as unknown as Store, []);
      await assert.rejects(noRetry.sources.list(), /admin shutdown/);
    } finally {
      await raw.close();
    }
  });
});
