// Fault suite: PostgreSQL goes away mid-pass (a proxy drops every connection and refuses new ones for a while, as a
// restart or failover does) and comes back. The pass in flight rides it out (store calls are retried, a placement
// transaction whole) and finishes its work; nothing is lost or stored twice, and no source carries the outage.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { createTestSchema, PG_SKIP, PG_URL } from '../helpers/pg.ts';
import { type Outlets, startOutlets } from './outlets.ts';
import { type PgProxy, startPgProxy } from './pg-proxy.ts';
import { checkInvariants, fetchOnce } from './runs.ts';

const OUTLETS = 3;
const INCIDENTS = 12;
const OTHERS = 4;
const DOWN_MS = 1500;

describe('faults: PostgreSQL restarts mid-pass', { skip: PG_SKIP }, () => {
  let outlets: Outlets;
  let proxy: PgProxy;
  let schema: string;
  let drop: () => Promise<void>;
  before(async () => {
    outlets = await startOutlets(OUTLETS, INCIDENTS, OTHERS);
    ({ schema, drop } = await createTestSchema('lantern_faults_pg'));
    const store = await openPostgresStore(PG_URL!, { schema });
    try {
      await store.sources.addMany(outlets.feeds.map((url) => ({ url, nextFetchAt: '2000-01-01T00:00:00.000Z' })));
    } finally {
      await store.close();
    }
    proxy = await startPgProxy(PG_URL!);
  });
  after(async () => {
    await outlets?.close();
    await proxy?.close();
    await drop?.();
  });

  it('the pass in flight rides out the outage and stores every page once', async () => {
    const url = new URL(proxy.url);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { LANTERN_DATABASE_URL: url.href };
    let cutAt = 0;
    let before = 0;
    const first = await fetchOnce(env, outlets, {
      claim: true,
      onPage: (n) => {
        if (n !== 6) return;
        cutAt = n;
        before = proxy.connections();
        proxy.cut();
        setTimeout(() => proxy.restore(), DOWN_MS);
      },
    });
    assert.equal(cutAt, 6, 'the connection was cut mid-pass');
    assert.equal(first.code, 0, `the pass survives the outage: ${first.stderr}`);
    assert.ok(proxy.connections() > before, 'it reconnected after the outage');
    const second = await fetchOnce(env, outlets, { claim: true });
    assert.equal(second.code, 0, second.stderr);
    assert.equal((JSON.parse(second.stdout) as { sources: number }).sources, 0, 'nothing left over for the next pass');
    const store = await openPostgresStore(PG_URL!, { schema });
    try {
      await checkInvariants(store, outlets);
      for (const s of await store.sources.list()) assert.equal(s.lastError, null, `${s.url}: healthy`);
    } finally {
      await store.close();
    }
  });
});
