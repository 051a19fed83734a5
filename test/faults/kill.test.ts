// Fault suite: `lantern fetch --once` killed with SIGKILL at random points mid-pass (seeded, printed), then run
// again, on SQLite and PostgreSQL. Afterwards every page is stored once, every relevant article sits in a story,
// syndicated copies share their original's story, and each story's article count is its articles.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { rng } from '../../bench/rng.ts';
import { canonicalUrl } from '../../src/dedup/canonical.ts';
import { ROOT } from '../../src/lib/paths.ts';
import { openSqliteStore } from '../../src/store/open.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestSchema, PG_SKIP, PG_URL } from '../helpers/pg.ts';
import { type Outlets, startOutlets } from './outlets.ts';

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
        await store.addSources(outlets.feeds.map((url) => ({ url, nextFetchAt: '2000-01-01T00:00:00.000Z' })));
      } finally {
        await store.close();
      }
    });
    afterEach(async () => {
      await outlets?.close();
      await setup?.done();
    });

    it('three passes at once on one store store each page once and keep copies together', async () => {
      const runs = await Promise.all([0, 1, 2].map(() => fetchOnce(setup.env, outlets, Number.POSITIVE_INFINITY)));
      for (const r of runs) assert.equal(r.code, 0, r.stderr);
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
        const r = await fetchOnce(setup.env, outlets, at);
        assert.equal(r.signal, 'SIGKILL', `run ${k} was killed at page ${at}: ${r.stderr}`);
      }
      for (let k = 0; k < 3; k++) {
        const r = await fetchOnce(setup.env, outlets, Number.POSITIVE_INFINITY);
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

async function checkInvariants(store: Store, o: Outlets): Promise<void> {
  assert.equal(await store.countArticles(), INCIDENTS * 2 + OTHERS, 'every page stored exactly once');
  const storyOf = new Map<number, number>();
  for (const pair of o.incidents) {
    const [a, b] = await Promise.all(pair.map((u) => store.findArticleByUrl(canonicalUrl(u)!)));
    assert.ok(a?.storyId && b?.storyId, `${pair[0]}: both reports stored in a story`);
    assert.equal(a.storyId, b.storyId, `${pair[0]}: the copy shares its original's story`);
    storyOf.set(a.storyId, (storyOf.get(a.storyId) ?? 0) + 2);
  }
  for (const [id, n] of storyOf) {
    const story = await store.getStory(id);
    const members = await store.storyArticles(id);
    assert.equal(members.length, n, `story ${id}: ${members.length} articles`);
    assert.equal(story?.articleCount, members.length, `story ${id}: articleCount matches its articles`);
  }
  for (const u of o.others) assert.equal((await store.findArticleByUrl(canonicalUrl(u)!))?.storyId, null);
}

/** Runs one pass; SIGKILLs it when the outlets have served page number `killAt`. */
function fetchOnce(
  env: NodeJS.ProcessEnv,
  o: Outlets,
  killAt: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['bin/lantern', 'fetch', '--once', '--all'], {
      cwd: ROOT,
      env: {
        ...process.env,
        LANTERN_FETCH_ALLOW: Array.from({ length: OUTLETS }, (_, i) => `127.0.0.${i + 1}`).join(','),
        LANTERN_FETCH_HOST_DELAY_MS: '0',
        LANTERN_FETCH_ROBOTS: 'false',
        LANTERN_ANALYSIS_THREADS: '0',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    o.onPage = (n) => {
      if (n >= killAt) child.kill('SIGKILL');
    };
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      o.onPage = () => {};
      resolve({ code, signal, stderr });
    });
  });
}
