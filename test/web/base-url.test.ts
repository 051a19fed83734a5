// Absolute links: LANTERN_PUBLIC_URL when set, else the request's Host (X-Forwarded-* only when trusted),
// with the page cache keyed by host; hostile hosts and bad settings refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LanternError } from '../../src/lib/errors.ts';
import { checkPublicUrl, isLoopbackBase } from '../../src/web/base-url.ts';
import { portalApp } from './fixtures.ts';

const at = (host: string, more: Record<string, string> = {}) => ({ headers: { host, ...more } });

describe('public base URL', () => {
  it('uses the configured public URL for every absolute link, whatever the Host', async () => {
    const { app } = await portalApp({ config: { publicUrl: 'https://news.example.org/', allowRepublish: false } });
    const map = await (await app.request('/sitemap.xml', at('evil.example'))).text();
    assert.match(map, /<loc>https:\/\/news\.example\.org\/map<\/loc>/);
    assert.doesNotMatch(map, /evil/);
  });

  it('follows the Host header when unset, and keys the page cache by host', async () => {
    const { app, stories } = await portalApp({ config: { publicUrl: '', allowRepublish: false }, cacheMs: 60_000 });
    const a = await (await app.request('/feeds/stories.rss', at('10.1.2.3:9123'))).text();
    assert.match(a, /http:\/\/10\.1\.2\.3:9123\/stories\//);
    const b = await (await app.request('/feeds/stories.rss', at('lantern.example:8443'))).text();
    assert.match(b, /http:\/\/lantern\.example:8443\/stories\//);
    assert.doesNotMatch(b, /10\.1\.2\.3/);
    const slug = stories.find((s) => s.published)!.slug;
    const page = await (await app.request(`/stories/${slug}`, at('portal.test:8080'))).text();
    assert.match(page, new RegExp(`<link rel="canonical" href="http://portal\\.test:8080/stories/${slug}">`));
    assert.match(page, new RegExp(`og:url" content="http://portal\\.test:8080/stories/${slug}"`));
    assert.match(page, new RegExp(`"url":"http://portal\\.test:8080/stories/${slug}"`));
    const robots = await (await app.request('/robots.txt', at('portal.test:8080'))).text();
    assert.match(robots, /Sitemap: http:\/\/portal\.test:8080\/sitemap\.xml/);
  });

  it('reads X-Forwarded-Proto and -Host only when the proxy is trusted', async () => {
    const fwd = { 'x-forwarded-host': 'public.example, inner', 'x-forwarded-proto': 'https' };
    const plain = await portalApp({ config: { publicUrl: '', allowRepublish: false } });
    const ignored = await (await plain.app.request('/sitemap.xml', at('127.0.0.1:8080', fwd))).text();
    assert.match(ignored, /<loc>http:\/\/127\.0\.0\.1:8080\/<\/loc>/);
    const trusted = await portalApp({ config: { publicUrl: '', allowRepublish: false, trustProxy: true } });
    const used = await (await trusted.app.request('/sitemap.xml', at('127.0.0.1:8080', fwd))).text();
    assert.match(used, /<loc>https:\/\/public\.example\/<\/loc>/);
  });

  it('refuses a hostile Host with 400, and a bad setting with a usage error', async () => {
    const { app } = await portalApp({ config: { publicUrl: '', allowRepublish: false } });
    for (const host of ['a"b', 'x/y', 'a b', 'evil.example@x', '-bad']) {
      const r = await app.request('/sitemap.xml', at(host));
      assert.equal(r.status, 400, host);
      assert.match(await r.text(), /not a host name/);
    }
    assert.throws(
      () => checkPublicUrl('ftp://x'),
      (e: unknown) => e instanceof LanternError && e.kind === 'usage',
    );
    assert.throws(() => checkPublicUrl('https://x.example/?a=1'), /LANTERN_PUBLIC_URL/);
    assert.equal(checkPublicUrl(' https://x.example/news/ '), 'https://x.example/news');
  });

  it('knows loopback bases', () => {
    for (const b of ['http://127.0.0.1:8080', 'http://localhost', 'http://[::1]:80', 'http://app.localhost'])
      assert.ok(isLoopbackBase(b), b);
    for (const b of ['https://news.example.org', 'http://10.0.0.5:8080']) assert.ok(!isLoopbackBase(b), b);
  });
});
