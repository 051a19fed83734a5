import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { FetchError } from '../../../src/fetch/errors.ts';
import { checkUrl, httpGet } from '../../../src/fetch/http.ts';
import { allowList, isBlockedAddress, refusal } from '../../../src/fetch/ssrf.ts';
import { reply, startServer, type TestServer } from '../../helpers/http-server.ts';

const OPTS = {
  userAgent: 'LanternBot/test',
  connectTimeoutMs: 2000,
  timeoutMs: 5000,
  maxBytes: 1 << 20,
  maxDecodedBytes: 1 << 20,
  maxRedirects: 3,
};

/** Counts outgoing TCP connection attempts (Socket#connect) while `fn` runs. */
async function connectionsDuring(fn: () => Promise<unknown>): Promise<{ count: number; error: unknown }> {
  const original = net.Socket.prototype.connect;
  let count = 0;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  try {
    await fn();
    return { count, error: null };
  } catch (error) {
    return { count, error };
  } finally {
    net.Socket.prototype.connect = original;
  }
}

describe('SSRF guard', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ '/ok': reply(200, 'fine'), '/to-loopback': reply(302, '', {}) });
    server.route('/to-loopback', (_q, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${server.port}/ok` }).end();
    });
  });
  after(() => server.close());

  it('classifies addresses', () => {
    for (const ip of [
      '10.0.0.1',
      '127.0.0.1',
      '169.254.169.254',
      '192.168.1.1',
      '172.16.0.1',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
      '100.64.0.1',
    ]) {
      assert.equal(isBlockedAddress(ip), true, ip);
    }
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])
      assert.equal(isBlockedAddress(ip), false, ip);
    assert.equal(refusal('127.0.0.1', '127.0.0.1', allowList(['127.0.0.1'])), null);
  });

  for (const url of [
    'http://10.0.0.1/feed',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://0x7f.1/',
    'http://2130706433/',
    'http://[::ffff:7f00:1]/',
  ]) {
    it(`refuses ${url} before any connection`, async () => {
      const { count, error } = await connectionsDuring(() => httpGet(url, { ...OPTS, allow: allowList([]) }));
      assert.ok(error instanceof FetchError, String(error));
      assert.equal(error.code, 'blocked-address');
      assert.match(error.message, /refused to connect/);
      assert.equal(count, 0, 'no connection attempted');
    });
  }

  it('refuses a host name that resolves to loopback (checked after DNS)', async () => {
    await assert.rejects(
      httpGet(`http://localhost:${server.port}/ok`, { ...OPTS, allow: allowList([]) }),
      (e: FetchError) => e.code === 'blocked-address' && /localhost/.test(e.message),
    );
    assert.equal(server.log.length, 0);
  });

  it('refuses a redirect to 127.0.0.1 when only the first host is allowed', async () => {
    // "localhost" is allowed by name; the redirect goes to 127.0.0.1, which is not.
    const before = server.log.length;
    await assert.rejects(
      httpGet(`http://localhost:${server.port}/to-loopback`, { ...OPTS, allow: allowList(['localhost']) }),
      (e: FetchError) => e.code === 'blocked-address' && /127\.0\.0\.1/.test(e.message),
    );
    assert.deepEqual(server.log.slice(before), ['/to-loopback']);
    const ok = await httpGet(`${server.origin}/to-loopback`, { ...OPTS, allow: allowList(['127.0.0.1']) });
    assert.equal(ok.status, 200);
    assert.equal(ok.redirects.length, 1);
  });

  it('refuses non-http schemes and credentials', () => {
    assert.throws(
      () => checkUrl('file:///etc/passwd', allowList([])),
      (e: FetchError) => e.code === 'bad-url',
    );
    assert.throws(
      () => checkUrl('http://u:p@example.com/', allowList([])),
      (e: FetchError) => e.code === 'bad-url',
    );
  });
});
