// Fault suite: hostile sources under concurrency. Two `fetch --once` passes claim sources from one store (SQLite
// and PostgreSQL) while the sources serve a gzip bomb, a billion-laughs feed, a redirect to a private address and
// a 20 MB page: each source is polled once and keeps its clear error on its row; the good feed's pages are stored
// once, and both passes end normally.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { openSqliteStore } from '../../src/store/open.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import type { Store } from '../../src/store/store.ts';
import { reply, startServer, type TestServer } from '../helpers/http-server.ts';
import { createTestSchema, PG_SKIP, PG_URL } from '../helpers/pg.ts';
import { articlePage, rss } from '../pipeline/world.ts';
import { fetchOnce } from './runs.ts';

const laughs = readFileSync(new URL('../fixtures/feeds/billion-laughs.xml', import.meta.url), 'utf8');
const RSS = { 'content-type': 'application/rss+xml' };
/** Each hostile feed and the error its row must keep. */
const HOSTILE: [string, RegExp][] = [
  ['/bomb.xml', /decompresses to more than/],
  ['/laughs.xml', /entit/],
  ['/private.xml', /refused to connect to 10\.0\.0\.1: private/],
  ['/big.xml', /1 of 1 entries failed; first: .*than the 10485760-byte cap/],
];

const targets: {
  name: string;
  skip: string | false;
  open: () => Promise<{ env: NodeJS.ProcessEnv; open: () => Promise<Store>; done: () => Promise<void> }>;
}[] = [
  {
    name: 'sqlite',
    skip: false,
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lantern-faults-hostile-'));
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
    open: async () => {
      const { schema, drop } = await createTestSchema('lantern_faults_hostile');
      const url = new URL(PG_URL!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return {
        env: { LANTERN_DATABASE_URL: url.href },
        open: () => openPostgresStore(PG_URL!, { schema }),
        done: drop,
      };
    },
  },
];

for (const target of targets) {
  describe(`faults: hostile sources under two workers, ${target.name}`, { skip: target.skip }, () => {
    let server: TestServer;
    let setup: Awaited<ReturnType<(typeof targets)[number]['open']>>;
    before(async () => {
      server = await startServer();
      const o = server.origin;
      server.route(
        '/bomb.xml',
        reply(200, zlib.gzipSync(Buffer.alloc(20 * 2 ** 20, ' ')), { 'content-encoding': 'gzip' }),
      );
      server.route('/laughs.xml', reply(200, laughs, RSS));
      server.route('/private.xml', reply(302, '', { location: 'http://10.0.0.1/feed.xml' }));
      server.route('/big.xml', reply(200, rss('big', [{ title: 'Big', link: `${o}/big.html`, guid: 'big' }]), RSS));
      server.route('/big.html', reply(200, Buffer.alloc(20 * 2 ** 20, 'a'), { 'content-type': 'text/html' }));
      const items = [0, 1].map((i) => ({ title: `Market day ${i}`, link: `${o}/good-${i}.html`, guid: `g${i}` }));
      server.route('/good.xml', reply(200, rss('good', items), RSS));
      for (const i of [0, 1]) {
        const page = articlePage(
          `Market day ${i}`,
          Array(4).fill(`Stalls open early in square ${i} with fruit and bread.`),
        );
        server.route(`/good-${i}.html`, reply(200, page, { 'content-type': 'text/html; charset=utf-8' }));
      }
      setup = await target.open();
      const store = await setup.open();
      try {
        const paths = [...HOSTILE.map(([p]) => p), '/good.xml'];
        await store.sources.addMany(paths.map((p) => ({ url: `${o}${p}`, nextFetchAt: '2000-01-01T00:00:00.000Z' })));
      } finally {
        await store.close();
      }
    });
    after(async () => {
      await server?.close();
      await setup?.done();
    });

    it('each source polled once, its clear error on its row, good pages stored once', async () => {
      const feeds = { feeds: [`${server.origin}/good.xml`], onPage: () => {} };
      const runs = await Promise.all([0, 1].map(() => fetchOnce(setup.env, feeds, { claim: true })));
      for (const r of runs) assert.equal(r.code, 0, r.stderr);
      const store = await setup.open();
      try {
        const rows = new Map((await store.sources.list()).map((s) => [new URL(s.url).pathname, s]));
        for (const [path, why] of HOSTILE) {
          assert.match(rows.get(path)?.lastError ?? '', why, `${path}: its error on its row`);
          assert.equal(server.log.filter((p) => p === path).length, 1, `${path}: polled once`);
        }
        assert.equal(rows.get('/good.xml')?.lastError, null);
        assert.equal(await store.articles.count(), 2, 'the good pages stored once');
      } finally {
        await store.close();
      }
    });
  });
}
