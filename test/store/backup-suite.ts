// Backup and restore conformance: a snapshot taken while the store is open restores into a fresh store.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import type { StoreFactory } from './conformance.ts';
import { rejectsInput } from './conformance.ts';
import { analysis, article } from './fixtures.ts';

/** Backup tests against fresh stores. */
export function backupSuite(name: string, factory: StoreFactory, skip: string | false): void {
  describe(`Store backup: ${name}`, { skip }, () => {
    let dir: string;
    let store: Store;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'lantern-backup-'));
      store = await factory.open();
    });
    after(async () => {
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('round-trips every table and rebuilds the search index', async () => {
      const src = await store.sources.add({ url: 'https://feed.example/rss', name: 'Feed' });
      await store.accounts.addUser({ email: 'a@b.org', name: 'A', role: 'admin', passwordHash: 'x' });
      await store.articles.add(
        article({
          sourceId: src.id,
          title: 'Kiln raid',
          text: 'A kiln was raided.',
          analysis: analysis({ countries: ['PK'] }),
        }),
      );
      await store.articles.addMany([article(), article()]);
      await store.meta.set('seeded', 'yes');
      const key = await store.keys.add({ name: 'k', keyHash: 'a'.repeat(64), prefix: 'lk_a', ratePerMin: null });
      await store.keys.countUse(key.id, '2026-01-01T00:00:00.000Z');
      const file = join(dir, 'b.jsonl.gz');
      await store.meta.backup(file);
      const fresh = await factory.open();
      try {
        await fresh.meta.restore(file);
        assert.equal(await fresh.articles.count(), 3);
        assert.equal((await fresh.accounts.getUserByEmail('a@b.org'))?.role, 'admin');
        assert.equal(await fresh.meta.get('seeded'), 'yes');
        assert.equal((await fresh.keys.byHash('a'.repeat(64)))?.uses, 1);
        assert.equal((await fresh.keys.list('2026-01-01'))[0]?.usesOnDay, 1);
        const k2 = await fresh.keys.add({ name: 'k2', keyHash: 'b'.repeat(64), prefix: 'lk_b', ratePerMin: null });
        assert.ok(k2.id > key.id, 'key ids continue after restored rows');
        const r = await fresh.search.run({ q: 'kiln country:PK' });
        assert.equal(r.hits[0]?.title, 'Kiln raid');
        const next = await fresh.articles.add(article());
        assert.ok(next.article.id > 3, 'ids continue after restored rows');
        await rejectsInput(fresh.meta.restore(file), /not empty/);
      } finally {
        await fresh.close();
      }
    });

    it('refuses a file that is not a backup', async () => {
      const bad = join(dir, 'bad.gz');
      writeFileSync(bad, 'not gzip');
      const fresh = await factory.open();
      try {
        await rejectsInput(fresh.meta.restore(bad), /not a Lantern backup/);
      } finally {
        await fresh.close();
      }
    });
  });
}
