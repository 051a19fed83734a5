// The conformance suite against PostgreSQL: LANTERN_TEST_DATABASE_URL, one fresh schema per opened store,
// all dropped when the file's tests end.
import { after } from 'node:test';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { createTestSchema, PG_SKIP, PG_URL } from '../helpers/pg.ts';
import { conformance } from './conformance.ts';

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
