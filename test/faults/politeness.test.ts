// Host politeness across workers: start slots claimed in the store (both dialects), and two `lantern fetch --once`
// processes on one PostgreSQL store against one loopback host keep the host's spacing between request starts.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { ROOT } from '../../src/lib/paths.ts';
import { openSqliteStore } from '../../src/store/open.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestSchema, PG_SKIP, PG_URL } from '../helpers/pg.ts';
import { articlePage, rss } from '../pipeline/world.ts';

const SPACING_MS = 250;
const PAGES_PER_FEED = 4;

const stores: {
  name: string;
  skip: string | false;
  open: () => Promise<{ store: Store; done: () => Promise<void> }>;
}[] = [
  {
    name: 'sqlite',
    skip: false,
    open: async () => {
      const store = await openSqliteStore(':memory:');
      return { store, done: () => store.close() };
    },
  },
  {
    name: 'postgres',
    skip: PG_SKIP,
    open: async () => {
      const { schema, drop } = await createTestSchema('lantern_polite');
      const store = await openPostgresStore(PG_URL!, { schema });
      const done = async () => {
        await store.close();
        await drop();
      };
      return { store, done };
    },
  },
];

for (const s of stores) {
  describe(`host slots, ${s.name}`, { skip: s.skip }, () => {
    it('holds a host for one claim until released, spaces the next, and caches robots rules until they expire', async () => {
      const { store, done } = await s.open();
      try {
        const h = store.hosts;
        const first = await h.claimStart('a.example:80', 5_000);
        assert.ok('token' in first, 'the first claim starts at once');
        const held = await h.claimStart('a.example:80', 5_000);
        assert.ok('waitMs' in held && held.waitMs <= 20, 'a held host is looked at again soon');
        assert.ok('token' in (await h.claimStart('b.example:80', 5_000)), 'another host is not held up');
        await h.releaseStart('a.example:80', 'not-the-holder', 0);
        assert.ok('waitMs' in (await h.claimStart('a.example:80', 5_000)), 'only the holder releases');
        await h.releaseStart('a.example:80', first.token, 300);
        const spaced = await h.claimStart('a.example:80', 5_000);
        assert.ok('waitMs' in spaced && spaced.waitMs > 200 && spaced.waitMs <= 300, 'released: the spacing runs');
        await new Promise((r) => setTimeout(r, spaced.waitMs + 5));
        assert.ok('token' in (await h.claimStart('a.example:80', 5_000)), 'after the spacing the host is free');
        await store.hosts.putRobots('http://a.example', '{"rules":[],"crawlDelaySeconds":2}', 60_000);
        assert.equal(await store.hosts.getRobots('http://a.example'), '{"rules":[],"crawlDelaySeconds":2}');
        await store.hosts.putRobots('http://a.example', '{"rules":[],"crawlDelaySeconds":null}', 0);
        assert.equal(await store.hosts.getRobots('http://a.example'), null, 'expired rules are not served');
        await assert.rejects(h.claimStart('', 10), /host slots: expected a host/);
      } finally {
        await done();
      }
    });
  });
}

describe('two workers on PostgreSQL, one host', { skip: PG_SKIP }, () => {
  it(`keep at least ${SPACING_MS} ms between request starts and read robots.txt through one cache`, async () => {
    const host = await startHost();
    const { schema, drop } = await createTestSchema('lantern_polite');
    try {
      const store = await openPostgresStore(PG_URL!, { schema });
      await store.sources.addMany(
        ['a', 'b'].map((f) => ({ url: `${host.origin}/${f}.xml`, nextFetchAt: '2000-01-01T00:00:00.000Z' })),
      );
      await store.close();
      const url = `${PG_URL}${PG_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const runs = await Promise.all([fetchOnce(url), fetchOnce(url)]);
      for (const r of runs) assert.equal(r.code, 0, r.stderr);
      const starts = host.arrivals.sort((a, b) => a.at - b.at);
      const gaps = starts.slice(1).map((s, i) => s.at - starts[i]!.at);
      console.log(`gaps ms: ${gaps.map((g) => g.toFixed(0)).join(' ')}`);
      assert.equal(starts.filter((s) => s.path.startsWith('/page')).length, 2 * PAGES_PER_FEED, 'every page fetched');
      assert.ok(
        Math.min(...gaps) >= SPACING_MS,
        `smallest gap ${Math.min(...gaps).toFixed(1)} ms: ${gaps.map((g) => g.toFixed(0))}`,
      );
      assert.equal(starts.filter((s) => s.path === '/robots.txt').length, 1, 'robots.txt read once for both workers');
    } finally {
      await host.close();
      await drop();
    }
  });
});

/** One loopback news site with two feeds; records when each request arrives. */
async function startHost() {
  const arrivals: { path: string; at: number }[] = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    arrivals.push({ path: req.url ?? '', at: performance.now() });
    const m = /^\/(a|b)\.xml$/.exec(req.url ?? '');
    if (req.url === '/robots.txt')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (m) {
      const items = Array.from({ length: PAGES_PER_FEED }, (_, i) => ({
        title: `Market day ${m[1]}${i}`,
        link: `${origin}/page-${m[1]}${i}`,
        guid: `${m[1]}${i}`,
        date: new Date(Date.UTC(2026, 2, 1 + i)).toISOString(),
      }));
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('127.0.0.1', items));
    }
    const body = articlePage(
      `Market day ${req.url}`,
      Array(4).fill('Stalls open early in the square with fruit, bread and fish for sale all morning.'),
    );
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, arrivals, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function fetchOnce(databaseUrl: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/lantern', 'fetch', '--once'], {
      cwd: ROOT,
      env: {
        ...process.env,
        LANTERN_DATABASE_URL: databaseUrl,
        LANTERN_FETCH_ALLOW: '127.0.0.1',
        LANTERN_FETCH_HOST_DELAY_MS: String(SPACING_MS),
        LANTERN_FETCH_HOST_CONCURRENCY: '4',
        LANTERN_FETCH_ROBOTS: 'true',
        LANTERN_ANALYSIS_THREADS: '0',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
