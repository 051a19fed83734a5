// Both stores for tests that must hold on each: SQLite in memory, and PostgreSQL in a fresh schema when configured.
import { after } from 'node:test';
import { openMemoryStore } from '../../src/store/open.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestSchema, PG_SKIP, PG_URL } from './pg.ts';

/** A store kind to run a suite against: its name, how to open one, and why it skips (or false). */
export type StoreKind = [name: string, open: () => Promise<Store>, skip: string | false];

/** SQLite and PostgreSQL; PostgreSQL schemas made here are dropped after the test file. */
export function bothStores(): StoreKind[] {
  const drops: (() => Promise<void>)[] = [];
  after(async () => {
    await Promise.all(drops.splice(0).map((d) => d()));
  });
  const postgres = async () => {
    const { schema, drop } = await createTestSchema();
    drops.push(drop);
    return openPostgresStore(PG_URL!, { schema });
  };
  return [
    ['sqlite', () => openMemoryStore(), false],
    ['postgres', postgres, PG_SKIP],
  ];
}
