import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { pollSource } from '../../src/pipeline/poll.ts';
import { reply } from '../helpers/http-server.ts';
import { articlePage, rss, type World, world } from './world.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const DUE = '2000-01-01T00:00:00.000Z';

describe('failures are data', () => {
  let w: World;
  before(async () => {
    w = await world({ LANTERN_FETCH_TIMEOUT_MS: '1000' });
    const s = w.server;
    s.route('/malformed.xml', reply(200, fixture('malformed.xml'), { 'content-type': 'application/rss+xml' }));
    s.route('/laughs.xml', reply(200, fixture('billion-laughs.xml'), { 'content-type': 'application/rss+xml' }));
    s.route(
      '/bomb.xml',
      reply(200, zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')), { 'content-encoding': 'gzip' }),
    );
    s.route('/trickle.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const t = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(t));
    });
    s.route('/loop1', reply(301, '', { location: '/loop2' }));
    s.route('/loop2', reply(301, '', { location: '/loop1' }));
    s.route('/gone.xml', reply(410, 'gone'));
    s.route('/error.xml', reply(500, 'oops'));
    s.route('/busy.xml', reply(429, 'slow down', { 'retry-after': '7200' }));
    s.route(
      '/to-loopback.xml',
      (_q, res) => void res.writeHead(302, { location: `http://127.0.0.1:${s.port}/ok.xml` }).end(),
    );
  });
  after(() => w.close());

  const cases: [string, string | ((origin: string) => string), RegExp][] = [
    ['malformed XML', '/malformed.xml', /not a valid RSS, Atom, RDF or JSON feed/],
    ['entity expansion', '/laughs.xml', /entit/],
    ['gzip bomb', '/bomb.xml', /decompresses to more than/],
    ['a server that trickles bytes', '/trickle.xml', /no complete answer within 1000 ms/],
    ['a redirect loop', '/loop1', /more than 5 redirects/],
    ['404', '/missing.xml', /HTTP 404/],
    ['500', '/error.xml', /HTTP 500/],
  ];
  for (const [name, path, why] of cases) {
    it(`stores a clear error for ${name}`, async () => {
      const url = typeof path === 'string' ? `${w.server.origin}${path}` : path(w.server.origin);
      const source = await w.store.sources.add({ url, nextFetchAt: DUE });
      const before = await w.store.articles.count();
      const r = await pollSource(w.ctx, source);
      assert.equal(r.status, 'error');
      const row = (await w.store.sources.get(source.id))!;
      assert.match(row.lastError ?? '', why);
      assert.equal(row.errorCount, 1);
      assert.ok(row.lastErrorAt);
      assert.ok(row.nextFetchAt > new Date().toISOString());
      assert.equal(await w.store.articles.count(), before);
    });
  }

  it('refuses private, loopback and metadata addresses before connecting, and stores why', async () => {
    const strict = await world({ LANTERN_FETCH_ALLOW: '' });
    try {
      for (const [url, why] of [
        ['http://10.0.0.1/feed.xml', /refused to connect to 10\.0\.0\.1/],
        ['http://169.254.169.254/latest/meta-data/', /refused to connect to 169\.254\.169\.254/],
        ['http://[::1]:9/feed', /refused to connect to ::1/],
        ['http://0x7f.1/feed', /refused to connect to 127\.0\.0\.1/],
        [`${strict.server.origin}/feed.xml`, /refused to connect to 127\.0\.0\.1/],
      ] as const) {
        const source = await strict.store.sources.add({ url, nextFetchAt: DUE });
        const r = await pollSource(strict.ctx, source);
        assert.equal(r.status, 'error', url);
        const row = (await strict.store.sources.get(source.id))!;
        assert.match(row.lastError ?? '', why);
        assert.equal(row.errorCount, 1);
      }
      assert.deepEqual(strict.server.log, [], 'nothing reached the server');
    } finally {
      await strict.close();
    }
  });

  it('refuses a redirect to 127.0.0.1 when loopback is not allowed', async () => {
    const strict = await world({ LANTERN_FETCH_ALLOW: 'localhost' });
    try {
      strict.server.route(
        '/to-loopback.xml',
        (_q, res) => void res.writeHead(302, { location: `http://127.0.0.1:${strict.server.port}/ok.xml` }).end(),
      );
      const source = await strict.store.sources.add({
        url: `http://localhost:${strict.server.port}/to-loopback.xml`,
        nextFetchAt: DUE,
      });
      await pollSource(strict.ctx, source);
      const row = (await strict.store.sources.get(source.id))!;
      assert.match(row.lastError ?? '', /refused to connect to 127\.0\.0\.1/);
      assert.ok(!strict.server.log.includes('/ok.xml'));
    } finally {
      await strict.close();
    }
  });

  it('disables a source that answers 410 Gone', async () => {
    const source = await w.store.sources.add({ url: `${w.server.origin}/gone.xml`, nextFetchAt: DUE });
    await pollSource(w.ctx, source);
    const row = (await w.store.sources.get(source.id))!;
    assert.equal(row.enabled, false);
    assert.match(row.lastError!, /HTTP 410.*disabled/);
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    const source = await w.store.sources.add({ url: `${w.server.origin}/busy.xml`, nextFetchAt: DUE });
    const t0 = Date.now();
    await pollSource(w.ctx, source);
    const row = (await w.store.sources.get(source.id))!;
    assert.match(row.lastError!, /HTTP 429/);
    assert.ok(Date.parse(row.nextFetchAt) - t0 >= 7200_000 - 5000);
  });

  it('backs off longer after each failure, and clears the count on success', async () => {
    let ok = false;
    w.server.route(
      '/flaky.xml',
      (_q, res) => void (ok ? res.writeHead(200).end(rss('F', [])) : res.writeHead(503).end()),
    );
    const source = await w.store.sources.add({ url: `${w.server.origin}/flaky.xml`, nextFetchAt: DUE });
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const row = (await w.store.sources.get(source.id))!;
      const t0 = Date.now();
      await pollSource(w.ctx, row);
      gaps.push(Date.parse((await w.store.sources.get(source.id))!.nextFetchAt) - t0);
    }
    assert.ok(gaps[0]! < gaps[1]! && gaps[1]! < gaps[2]!, `gaps ${gaps}`);
    assert.equal((await w.store.sources.get(source.id))!.errorCount, 3);
    assert.deepEqual(
      (await w.store.sources.list({ broken: true })).some((s) => s.id === source.id),
      true,
    );
    ok = true;
    await pollSource(w.ctx, (await w.store.sources.get(source.id))!);
    const healed = (await w.store.sources.get(source.id))!;
    assert.equal(healed.errorCount, 0);
    assert.equal(healed.lastError, null);
  });

  it('reads pages with a wrong or missing charset', async () => {
    const text =
      'São Tomé: polícia resgata 14 trabalhadoras. A operação em São Tomé libertou catorze mulheres que eram exploradas numa fábrica têxtil, disse a polícia, e dois suspeitos foram detidos por tráfico de pessoas.';
    const page = articlePage('Polícia resgata trabalhadoras em São Tomé', Array(4).fill(text));
    w.server.route('/latin1', reply(200, Buffer.from(page, 'latin1'), { 'content-type': 'text/html' }));
    w.server.route(
      '/mislabelled',
      reply(200, Buffer.from(page, 'utf8'), { 'content-type': 'text/html; charset=iso-8859-1' }),
    );
    w.server.route(
      '/charsets.xml',
      reply(
        200,
        rss('C', [
          { title: 'Latin-1', link: `${w.server.origin}/latin1` },
          { title: 'Mislabelled', link: `${w.server.origin}/mislabelled?x=1` },
        ]),
      ),
    );
    const source = await w.store.sources.add({ url: `${w.server.origin}/charsets.xml`, nextFetchAt: DUE });
    const r = await pollSource(w.ctx, source);
    assert.equal(r.failed, 0, r.error ?? '');
    assert.equal(r.added + r.duplicates, 1, 'the same text twice is one article per site');
    const hit = (await w.store.search.run({ q: 'trabalhadoras', limit: 5 })).hits[0]!;
    const a = (await w.store.articles.get(hit.articleId))!;
    assert.match(a.text, /São Tomé/);
  });

  it('keeps the first of duplicate GUIDs and records page failures without losing them', async () => {
    const o = w.server.origin;
    const good = articlePage(
      'Shelter opens',
      Array(4).fill(
        'A new shelter for survivors of trafficking opened in the city on Monday, offering beds, counselling and legal help to women and children who escaped exploitation.',
      ),
    );
    w.server.route('/g/1', reply(200, good, { 'content-type': 'text/html' }));
    let second = 500;
    w.server.route(
      '/g/2',
      (_q, res) =>
        void res
          .writeHead(second, { 'content-type': 'text/html' })
          .end(
            second === 200
              ? articlePage(
                  'Court case',
                  Array(4).fill(
                    'The court in the capital heard evidence on Tuesday against three men accused of trafficking workers to fishing boats, where they were forced to work without pay for months.',
                  ),
                )
              : 'fail',
          ),
    );
    w.server.route(
      '/dupes.xml',
      reply(
        200,
        rss('D', [
          { title: 'One', link: `${o}/g/1`, guid: 'same' },
          { title: 'One again', link: `${o}/g/3`, guid: 'same' },
          { title: 'Two', link: `${o}/g/2`, guid: 'two' },
        ]),
        { etag: '"d1"' },
      ),
    );
    const source = await w.store.sources.add({ url: `${o}/dupes.xml`, nextFetchAt: DUE });
    const r = await pollSource(w.ctx, source);
    assert.equal(r.entries, 2);
    assert.equal(r.added, 1);
    assert.equal(r.failed, 1);
    assert.ok(!w.server.log.includes('/g/3'));
    const row = (await w.store.sources.get(source.id))!;
    assert.match(row.lastError!, /1 of 2 entries failed; first: .*\/g\/2: HTTP 500/);
    assert.equal(row.etag, null, 'validators not kept while an entry is pending');
    second = 200;
    const early = await pollSource(w.ctx, row);
    assert.equal(early.added, 0, 'a failed entry waits out its back-off');
    assert.equal((await w.store.sources.get(source.id))!.etag, null, 'no validators while it waits for a quick retry');
    // Its first back-off (5 minutes) is the feed's quick re-poll: the next pass after it retries the entry.
    const later = Date.now() + 6 * 60_000;
    w.ctx.now = () => new Date(later);
    try {
      const r2 = await pollSource(w.ctx, (await w.store.sources.get(source.id))!);
      assert.equal(r2.added, 1);
    } finally {
      w.ctx.now = undefined;
    }
    assert.equal((await w.store.sources.get(source.id))!.etag, '"d1"');
  });

  it('takes a 50,000-item feed in bounded slices, leaving the rest for the next poll', async () => {
    const slice = await world({ LANTERN_FETCH_MAX_BYTES: String(16 * 1024 * 1024) }, 5);
    try {
      const o = slice.server.origin;
      const items = Array.from({ length: 50_000 }, (_, i) => ({ title: `Item ${i}`, link: `${o}/big/${i}` }));
      slice.server.route('/big.xml', reply(200, rss('Big', items), { etag: '"big"' }));
      const source = await slice.store.sources.add({ url: `${o}/big.xml`, nextFetchAt: DUE });
      const r = await pollSource(slice.ctx, source);
      assert.equal(r.status, 'ok', r.error ?? '');
      assert.equal(r.entries, 50_000);
      assert.equal(r.backlog, 50_000 - 5);
      assert.equal(r.skipped + r.failed + r.added, 5);
      const row = (await slice.store.sources.get(source.id))!;
      assert.equal(row.etag, null);
      assert.ok(Date.parse(row.nextFetchAt) <= Date.now());
    } finally {
      await slice.close();
    }
  });
});
