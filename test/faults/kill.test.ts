// Fault suite: `lantern fetch --once` killed with SIGKILL at random points mid-pass (seeded, printed), then run
// again; two or three passes at once on one store; on SQLite and PostgreSQL. Afterwards every page is stored once,
// every relevant article sits in a story, syndicated copies share their original's story, and each story's article
// count is its articles.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { rng } from '../../bench/rng.ts';
import { openSqliteStore } from '../../src/store/open.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestSchema, PG_SKIP, PG_URL } from '../helpers/pg.ts';
import { type Outlets, startOutlets } from './outlets.ts';
import { checkInvariants, fetchOnce } from './runs.ts';

const SEED = Number(process.env.LANTERN_FAULT_SEED ?? 20261204);
const OUTLETS = 4;
const INCIDENTS = 24;
const OTHERS = 8;

interface Target {
  name: string;
  skip: string | false;
  env: () => Promise<{ env: NodeJS.ProcessEnv; open: () => Promise<Store>; done: () => Promise<void> }>;
}

const targets: Target[] = [
  {
    name: 'sqlite',
    skip: false,
    env: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lantern-faults-'));
      return {
        env: { LANTERN_DATA_DIR: dir, LANTERN_DATABASE_URL: '' },
        open: () => openSqliteStore(join(dir, 'lantern.db')),
        done: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    skip: PG_SKIP,
    env: async () => {
      const { schema, drop } = await createTestSchema('lantern_fault');
      const url = `${PG_URL}${PG_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      return { env: { LANTERN_DATABASE_URL: url }, open: () => openPostgresStore(PG_URL!, { schema }), done: drop };
    },
  },
];

for (const target of targets) {
  describe(`faults: fetch killed mid-pass, ${target.name}`, { skip: target.skip }, () => {
    let outlets: Outlets;
    let setup: Awaited<ReturnType<Target['env']>>;
    // Each test gets a fresh store with the outlets' feeds as sources.
    beforeEach(async () => {
      outlets = await startOutlets(OUTLETS, INCIDENTS, OTHERS);
      setup = await target.env();
      const store = await setup.open();
      try {
        await store.sources.addMany(outlets.feeds.map((url) => ({ url, nextFetchAt: '2000-01-01T00:00:00.000Z' })));
      } finally {
        await store.close();
      }
    });
    afterEach(async () => {
      await outlets?.close();
      await setup?.done();
    });

    it('three passes at once on one store store each page once and keep copies together', async () => {
      const runs = await Promise.all([0, 1, 2].map(() => fetchOnce(setup.env, outlets)));
      for (const r of runs) assert.equal(r.code, 0, r.stderr);
      const store = await setup.open();
      try {
        await checkInvariants(store, outlets);
      } finally {
        await store.close();
      }
    });

    it('two passes claiming due sources on one store share them: each feed read once, each page stored once', async () => {
      const runs = await Promise.all([0, 1].map(() => fetchOnce(setup.env, outlets, { claim: true })));
      for (const r of runs) assert.equal(r.code, 0, r.stderr);
      const polled = runs.map((r) => (JSON.parse(r.stdout) as { sources: number }).sources);
      assert.equal(polled[0]! + polled[1]!, OUTLETS, `sources polled per pass: ${polled}`);
      assert.equal(outlets.feedHits(), OUTLETS, 'no feed read twice');
      const store = await setup.open();
      try {
        await checkInvariants(store, outlets);
      } finally {
        await store.close();
      }
    });

    it(`loses and duplicates nothing (seed ${SEED})`, async () => {
      const random = rng(SEED);
      const total = INCIDENTS * 2 + OTHERS;
      for (let k = 0; k < 3; k++) {
        const at = outlets.pageHits() + 1 + Math.floor(random() * Math.min(20, total / 3));
        const r = await fetchOnce(setup.env, outlets, { killAt: at });
        assert.equal(r.signal, 'SIGKILL', `run ${k} was killed at page ${at}: ${r.stderr}`);
      }
      for (let k = 0; k < 3; k++) {
        const r = await fetchOnce(setup.env, outlets);
        assert.equal(r.code, 0, r.stderr);
      }
      const store = await setup.open();
      try {
        await checkInvariants(store, outlets);
      } finally {
        await store.close();
      }
    });
  });
}
