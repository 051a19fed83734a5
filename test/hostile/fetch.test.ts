// Hostile servers and documents against the fetcher and the feed parser: endless error bodies, addresses that
// hide a loopback IPv4, entity declarations past any fixed window, robots.txt over the limit.
import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { parseFeedText } from '../../src/feeds/parse.ts';
import { createFetcher } from '../../src/fetch/fetcher.ts';
import { checkUrl } from '../../src/fetch/http.ts';
import { MAX_ROBOTS_BYTES } from '../../src/fetch/robots.ts';
import { allowList } from '../../src/fetch/ssrf.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testConfig } from '../pipeline/world.ts';
import { paddedEntityFeed, paddedRobots } from './generators.ts';

describe('hostile servers and documents', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('reads no more than a little of an error body, however long it is', async () => {
    let sent = 0;
    let closed = false;
    server.route('/endless-500', (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'e');
      const pump = () => {
        // Bounded: stops after 2 GiB or when the client goes away.
        while (!closed && sent < 2 ** 31 && res.write(chunk)) sent += chunk.length;
        if (!closed && sent < 2 ** 31) res.once('drain', pump);
      };
      res.on('close', () => {
        closed = true;
      });
      pump();
    });
    const fetcher = createFetcher({ ...testConfig(), fetchRobots: false });
    const res = await fetcher.get(`${server.origin}/endless-500`);
    assert.equal(res.status, 500);
    assert.equal(res.body.length, 0);
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(closed, 'the connection is closed');
    assert.ok(sent < 16 * 1024 * 1024, `${sent} bytes sent before the fetcher hung up`);
  });

  it('sends again on a fresh connection when a kept-alive one turns out to be closed', async () => {
    // A raw server: the first request on a connection is answered (keep-alive), a second one on the same
    // connection is reset, as a server does with a connection it already timed out.
    let resets = 0;
    const raw = net.createServer((socket) => {
      let served = 0;
      socket.on('data', () => {
        if (served++ === 0) {
          socket.write(
            'HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nok',
          );
        } else {
          resets++;
          socket.resetAndDestroy();
        }
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/x`;
      const fetcher = createFetcher({ ...testConfig(), fetchRobots: false });
      for (let i = 0; i < 4; i++) assert.equal((await fetcher.get(url)).status, 200, `request ${i}`);
      assert.ok(resets >= 1, 'a reused connection was reset');
    } finally {
      await new Promise<void>((r) => raw.close(() => r()));
    }
  });

  it('refuses IPv6 addresses that carry a loopback or private IPv4', () => {
    const allow = allowList([]);
    for (const host of [
      '[::127.0.0.1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:0:127.0.0.1]',
      '[2002:7f00:1::]',
      '[2002:a00:1::1]',
      '[2002:c0a8:101::1]',
      '[64:ff9b:1::7f00:1]',
      '[2001:0:4136:e378:8000:63bf:3fff:fdd2]',
      '[::]',
    ]) {
      assert.throws(() => checkUrl(`http://${host}/x`, allow), /refused to connect/, host);
    }
    assert.doesNotThrow(() => checkUrl('http://[2002:808:808::1]/x', allow), 'a public 6to4 address is fine');
  });

  it('refuses entity declarations however much comment pads the prolog', () => {
    for (const pad of [10, 70 * 1024, 3 * 1024 * 1024]) {
      assert.throws(
        () => parseFeedText(paddedEntityFeed(pad), 'https://f.example/rss'),
        /declares XML entities/,
        `${pad}`,
      );
    }
    const cdata = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>On &lt;!ENTITY&gt;</title><link>https://f.example/a</link><description><![CDATA[Write <!ENTITY x "y"> to declare one]]></description></item></channel></rss>`;
    assert.equal(
      parseFeedText(cdata, 'https://f.example/rss').entries.length,
      1,
      'the word in content is no declaration',
    );
  });

  it('obeys the first 512 KiB of a longer robots.txt instead of allowing everything', async () => {
    const body = paddedRobots('User-agent: *\nDisallow: /private', MAX_ROBOTS_BYTES + 200 * 1024, 'Disallow: /late\n');
    server.route('/robots.txt', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(body));
    server.route('/private/page', (_req, res) => res.writeHead(200).end('secret'));
    server.route('/late/page', (_req, res) => res.writeHead(200).end('late'));
    const fetcher = createFetcher(testConfig());
    await assert.rejects(fetcher.get(`${server.origin}/private/page`), /disallowed by/);
    assert.equal((await fetcher.get(`${server.origin}/late/page`)).status, 200, 'rules past the limit are not read');
  });
});
