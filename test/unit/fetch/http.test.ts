import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { decodeBody } from '../../../src/fetch/charset.ts';
import type { FetchError } from '../../../src/fetch/errors.ts';
import { createFetcher } from '../../../src/fetch/fetcher.ts';
import { httpGet } from '../../../src/fetch/http.ts';
import { allowList } from '../../../src/fetch/ssrf.ts';
import { reply, startServer, type TestServer } from '../../helpers/http-server.ts';

const OPTS = {
  userAgent: 'LanternBot/test',
  allow: allowList(['127.0.0.1']),
  connectTimeoutMs: 2000,
  timeoutMs: 3000,
  maxBytes: 64 * 1024,
  maxDecodedBytes: 256 * 1024,
  maxRedirects: 3,
};

describe('httpGet', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer({
      '/gzip': reply(200, zlib.gzipSync('hello gzip'), { 'content-encoding': 'gzip' }),
      // 10 MB of zeros compress to ~10 KB: under the wire cap, far over the decompressed cap.
      '/bomb': reply(200, zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024)), { 'content-encoding': 'gzip' }),
      '/big': reply(200, Buffer.alloc(200 * 1024, 'a')),
      '/bad-gzip': reply(200, Buffer.from('not gzip at all'), { 'content-encoding': 'gzip' }),
      '/gone': reply(410, 'gone'),
      '/zstd': reply(200, Buffer.from('(compressed)'), { 'content-encoding': 'zstd' }),
      '/etag': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
        res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 02 Jan 2026 10:00:00 GMT' }).end('body');
      },
      '/loop-a': reply(302, '', { location: '/loop-b' }),
      '/loop-b': reply(302, '', { location: '/loop-a' }),
      '/ua': (req, res) => void res.writeHead(200).end(String(req.headers['user-agent'])),
      '/trickle': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const t = setInterval(() => res.write('.'), 200);
        res.on('close', () => clearInterval(t));
      },
    });
  });
  after(() => s.close());

  it('decompresses gzip and sends a clear User-Agent', async () => {
    assert.equal((await httpGet(`${s.origin}/gzip`, OPTS)).body.toString(), 'hello gzip');
    assert.equal((await httpGet(`${s.origin}/ua`, OPTS)).body.toString(), 'LanternBot/test');
  });

  it('stops a gzip bomb at the decompressed cap', async () => {
    await assert.rejects(
      httpGet(`${s.origin}/bomb`, OPTS),
      (e: FetchError) => e.code === 'too-large' && /decompresses/.test(e.message),
    );
  });

  it('refuses a body over the wire cap (declared length)', async () => {
    await assert.rejects(httpGet(`${s.origin}/big`, OPTS), (e: FetchError) => e.code === 'too-large');
  });

  it('reports a corrupt compressed body', async () => {
    await assert.rejects(
      httpGet(`${s.origin}/bad-gzip`, OPTS),
      (e: FetchError) => e.code === 'network' && /compressed/.test(e.message),
    );
  });

  it('gives up on a server that trickles bytes, at the total timeout', async () => {
    await assert.rejects(
      httpGet(`${s.origin}/trickle`, { ...OPTS, timeoutMs: 800 }),
      (e: FetchError) => e.code === 'timeout',
    );
  });

  it('refuses a Content-Encoding it did not ask for', async () => {
    await assert.rejects(
      httpGet(`${s.origin}/zstd`, OPTS),
      (e: FetchError) => e.code === 'network' && /unsupported Content-Encoding "zstd"/.test(e.message),
    );
  });

  it('stops redirect loops', async () => {
    await assert.rejects(httpGet(`${s.origin}/loop-a`, OPTS), (e: FetchError) => e.code === 'too-many-redirects');
  });

  it('returns error statuses as values, and 304 on a matching ETag', async () => {
    assert.equal((await httpGet(`${s.origin}/gone`, OPTS)).status, 410);
    const first = await httpGet(`${s.origin}/etag`, OPTS);
    assert.equal(first.headers.etag, '"v1"');
    const again = await httpGet(`${s.origin}/etag`, { ...OPTS, etag: first.headers.etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await startServer();
    const origin = closed.origin;
    await closed.close();
    await assert.rejects(httpGet(`${origin}/x`, OPTS), (e: FetchError) => e.code === 'network');
  });
});

describe('the polite fetcher', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer({
      '/robots.txt': reply(200, 'User-agent: *\nDisallow: /private\n\nUser-agent: OtherBot\nDisallow: /\n'),
      '/private/page': reply(200, 'secret'),
      '/page': reply(200, 'ok'),
    });
  });
  after(() => s.close());
  const config = {
    userAgent: 'LanternBot/0.1 (+test)',
    fetchAllowHosts: ['127.0.0.1'],
    fetchTimeoutMs: 3000,
    fetchConnectTimeoutMs: 2000,
    fetchMaxBytes: 1 << 20,
    fetchMaxRedirects: 3,
    fetchHostConcurrency: 1,
    fetchHostDelayMs: 150,
    fetchRobots: true,
  };

  it('obeys robots.txt and reads it once', async () => {
    const f = createFetcher(config);
    await assert.rejects(f.get(`${s.origin}/private/page`), (e: FetchError) => e.code === 'robots');
    assert.equal((await f.get(`${s.origin}/page`)).status, 200);
    assert.equal(s.log.filter((p) => p === '/robots.txt').length, 1);
    assert.ok(!s.log.includes('/private/page'));
  });
});

describe('decodeBody', () => {
  it('uses the declared charset, and recovers when it is wrong or missing', () => {
    const latin1 = Buffer.from('Café São Tomé', 'latin1');
    assert.equal(decodeBody(latin1, 'text/html; charset=ISO-8859-1'), 'Café São Tomé');
    assert.equal(decodeBody(latin1, 'text/html'), 'Café São Tomé');
    const utf8 = Buffer.from('Café São Tomé', 'utf8');
    assert.equal(decodeBody(utf8, 'text/html; charset=iso-8859-1'), 'Café São Tomé');
    assert.equal(
      decodeBody(Buffer.from('<?xml version="1.0" encoding="windows-1251"?><t>\xcf\xf0\xe8</t>', 'latin1')),
      '<?xml version="1.0" encoding="windows-1251"?><t>При</t>',
    );
    assert.equal(decodeBody(Buffer.from('\ufeffhi', 'utf16le')), 'hi');
  });
});
