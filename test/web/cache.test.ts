import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PageCache, toPage } from '../../src/web/cache.ts';

describe('page cache', () => {
  it('shares one render among concurrent misses and serves stale pages while refreshing', async () => {
    let now = 0;
    let renders = 0;
    const cache = new PageCache(1000, () => now);
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 5));
      return toPage(200, 'text/plain', `v${renders}`, now);
    };
    const pages = await Promise.all([1, 2, 3].map(() => cache.get('/', render)));
    assert.equal(renders, 1);
    assert.ok(pages.every((p) => p.body.toString() === 'v1'));
    now = 1500;
    const stale = await cache.get('/', render);
    assert.equal(stale.body.toString(), 'v1');
    await new Promise((r) => setTimeout(r, 20));
    assert.equal((await cache.get('/', render)).body.toString(), 'v2');
    assert.equal(renders, 2);
  });

  it('keeps only 200s, compresses big bodies, and renders every time when off', async () => {
    const cache = new PageCache(1000, () => 0);
    let n = 0;
    await cache.get('/x', async () => toPage(404, 'text/plain', `nf${++n}`, 0));
    await cache.get('/x', async () => toPage(404, 'text/plain', `nf${++n}`, 0));
    assert.equal(n, 2);
    assert.ok(toPage(200, 'text/html', 'x'.repeat(5000), 0).gzip);
    assert.equal(toPage(200, 'text/html', 'small', 0).gzip, null);
    const off = new PageCache(0);
    let m = 0;
    await off.get('/', async () => toPage(200, 't', String(++m), 0));
    await off.get('/', async () => toPage(200, 't', String(++m), 0));
    assert.equal(m, 2);
  });
});
