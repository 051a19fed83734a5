// The OpenAPI 3.1 document is valid (@readme/openapi-parser), lists every route, and the reference page renders
// from it without script.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '@readme/openapi-parser';
import { openMemoryStore } from '../../src/store/open.ts';
import { apiApp } from './fixtures.ts';

describe('OpenAPI document', () => {
  it('validates as OpenAPI 3.1 and documents every route and filter', async () => {
    const store = await openMemoryStore();
    const r = await apiApp(store).request('/api/v1/openapi.json');
    assert.equal(r.status, 200);
    const doc = (await r.json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters?: { name: string }[] } }>;
    };
    assert.equal(doc.openapi, '3.1.0');
    const result = await validate(structuredClone(doc) as never);
    assert.equal(result.valid, true, JSON.stringify((result as { errors?: unknown }).errors ?? null).slice(0, 2000));
    for (const p of [
      '/stories',
      '/stories/{slug}',
      '/articles/{id}',
      '/search',
      '/facets',
      '/countries',
      '/forms',
      '/sources',
      '/export',
    ])
      assert.ok(doc.paths[p]?.get, `${p} documented`);
    const params = doc.paths['/stories']!.get.parameters!.map((x) => x.name).sort();
    for (const f of ['country', 'form', 'minors', 'incident', 'language', 'from', 'to', 'q', 'limit', 'cursor'])
      assert.ok(params.includes(f), `stories filter ${f} documented`);
    const page = await apiApp(store).request('/api/v1/reference');
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.match(html, /GET \/api\/v1\/stories/);
    assert.doesNotMatch(html, /<script|https:\/\/cdn/i);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    await store.close();
  });
});

describe('API errors outside the routes', () => {
  it('answers a control character in the address with a JSON 400', async () => {
    const store = await openMemoryStore();
    const r = await apiApp(store).request('/api/v1/stories?q=%00');
    assert.equal(r.status, 400);
    assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'bad_request');
    await store.close();
  });
});
