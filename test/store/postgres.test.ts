// The conformance suite against PostgreSQL: LANTERN_TEST_DATABASE_URL, one fresh schema per opened store,
// all dropped when the file's tests end.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openMemoryStore } from '../../src/store/open.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { createTestSchema, PG_SKIP, PG_URL } from '../helpers/pg.ts';
import { conformance, storyOf } from './conformance.ts';
import { analysis, article } from './fixtures.ts';

const drops: (() => Promise<void>)[] = [];

after(async () => {
  await Promise.all(drops.splice(0).map((d) => d()));
});

conformance(
  'postgres',
  {
    async open() {
      const { schema, drop } = await createTestSchema();
      drops.push(drop);
      return openPostgresStore(PG_URL!, { schema });
    },
  },
  PG_SKIP,
);

describe('backups move between dialects', { skip: PG_SKIP }, () => {
  it('restores a SQLite backup into PostgreSQL and back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-xdialect-'));
    const lite = await openMemoryStore();
    const { schema, drop } = await createTestSchema();
    drops.push(drop);
    const pgStore = await openPostgresStore(PG_URL!, { schema });
    const back = await openMemoryStore();
    try {
      await lite.accounts.addUser({ email: 'x@y.org', name: 'X', role: 'editor', passwordHash: 'h' });
      await lite.stories.add({ ...storyOf('moved'), published: true, countries: ['PK'] });
      await lite.articles.add(
        article({
          title: 'Kiln raid',
          text: 'Workers in forced labour at a kiln.',
          analysis: analysis({ minors: null }),
        }),
      );
      await lite.meta.backup(join(dir, 'a.gz'));
      await pgStore.meta.restore(join(dir, 'a.gz'));
      assert.equal((await pgStore.search.run({ q: 'forced labour' })).hits[0]?.title, 'Kiln raid');
      assert.deepEqual(await pgStore.stories.countryCounts(), [{ country: 'PK', count: 1 }]);
      await pgStore.meta.backup(join(dir, 'b.gz'));
      await back.meta.restore(join(dir, 'b.gz'));
      assert.deepEqual(await back.stories.bySlug('moved'), await lite.stories.bySlug('moved'));
      assert.deepEqual(await back.articles.get(1), await lite.articles.get(1));
    } finally {
      await Promise.all([lite.close(), pgStore.close(), back.close()]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
