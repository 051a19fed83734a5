// Bulk insert rate: synthetic articles through Store.addArticles (one transaction per batch, index maintained).
// Usage: node --import tsx bench/store-insert.ts [--n 20000] [--batch 1000] [--pg]
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/store/open.ts';
import { openPostgresStore } from '../src/store/postgres/open.ts';
import type { Store } from '../src/store/store.ts';
import { createTestSchema } from '../test/helpers/pg.ts';
import { makeGenerator } from './synth.ts';

const { values } = parseArgs({
  options: { n: { type: 'string' }, batch: { type: 'string' }, pg: { type: 'boolean' } },
});
const N = Number(values.n ?? 20_000);
const BATCH = Number(values.batch ?? 1000);

async function run(name: string, store: Store): Promise<void> {
  const gen = makeGenerator(3);
  const docs = Array.from({ length: N }, (_, i) => gen(i, N));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < N; i += BATCH) await store.articles.addMany(docs.slice(i, i + BATCH));
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  // On a shared machine wall time includes waiting for a core; this process's CPU time is the steadier figure.
  console.log(
    `store-insert ${name}: ${N} articles in ${s.toFixed(1)} s = ${Math.round(N / s)} articles/s wall, ${Math.round(N / cpu)} per CPU-second of this process (batches of ${BATCH}, search index maintained)`,
  );
}

const dir = join(import.meta.dirname, 'out');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'insert.db');
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
const sqlite = await openSqliteStore(file);
await run('sqlite', sqlite);
await sqlite.close();
console.log(`store-insert sqlite: file ${(statSync(file).size / 1e6).toFixed(0)} MB`);

const url = process.env.LANTERN_TEST_DATABASE_URL;
if (values.pg && url) {
  const { schema, drop } = await createTestSchema('lantern_bench');
  try {
    const pg = await openPostgresStore(url, { schema });
    await run('postgres', pg);
    await pg.close();
  } finally {
    await drop();
  }
} else if (values.pg) console.log('store-insert postgres: skipped (LANTERN_TEST_DATABASE_URL is not set)');
