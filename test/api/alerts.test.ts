// The alert routes: a key is required, each key sees and removes only its own alerts, bad input is a 4xx JSON error
// with nothing stored, and the routes are in the generated OpenAPI document.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { keyHash } from '../../src/api/guard.ts';
import { openMemoryStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { createPortal } from '../../src/web/app.ts';

describe('API alerts', () => {
  let store: Store;
  let app: ReturnType<typeof createPortal>;
  before(async () => {
    store = await openMemoryStore();
    for (const k of ['one', 'two'])
      await store.keys.add({ name: k, keyHash: keyHash(`lk_${k}`), prefix: k, ratePerMin: null });
    app = createPortal({
      store,
      config: { publicUrl: 'https://lantern.example', allowRepublish: false },
      kb: { get: () => null, list: () => [] } as never,
      hotlines: { forCountry: () => [], all: () => [] } as never,
      cacheMs: 0,
      api: { keys: store.keys, anonRate: 1000 },
      alerts: { alerts: store.alerts, allowPrivateWebhooks: false },
    });
  });
  after(async () => {
    await store?.close();
  });

  const call = (method: string, path: string, key: string | null, body?: unknown) =>
    app.request(`/api/v1${path}`, {
      method,
      headers: { ...(key ? { 'x-api-key': key } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('makes, lists and removes a key’s own alerts', async () => {
    const res = await call('POST', '/alerts', 'lk_one', {
      query: 'forced labour',
      filters: { country: ['NG'], form: ['labour'] },
      email: 'desk@example.org',
      cadence: 'daily',
      atom: true,
    });
    assert.equal(res.status, 201);
    const a = await res.json();
    assert.match(a.feedUrl, /^https:\/\/lantern\.example\/alerts\/[A-Za-z0-9_-]{43}\.atom$/);
    assert.deepEqual(a.filters, { country: ['NG'], type: ['labour'] });
    assert.equal(a.webhookSecret, null);
    const mine = await (await call('GET', '/alerts', 'lk_one')).json();
    assert.deepEqual(
      mine.items.map((x: { id: number }) => x.id),
      [a.id],
    );
    assert.deepEqual((await (await call('GET', '/alerts', 'lk_two')).json()).items, []);
    assert.equal((await call('DELETE', `/alerts/${a.id}`, 'lk_two')).status, 404);
    assert.equal((await call('DELETE', `/alerts/${a.id}`, 'lk_one')).status, 204);
    assert.equal((await store.alerts.list()).length, 0);
  });

  it('needs a key', async () => {
    const res = await call('GET', '/alerts', null);
    assert.equal(res.status, 401);
    assert.match((await res.json()).error.message, /API key/);
    assert.equal((await call('POST', '/alerts', null, { query: 'x' })).status, 401);
  });

  it('answers bad input with a 4xx JSON error and stores nothing', async () => {
    const bad: [unknown, RegExp][] = [
      ['{not json', /json/i],
      [{ query: 'x', colour: 'red' }, /unknown|unrecognized/i],
      [{ query: 'x', filters: { colour: 'red' } }, /unknown|unrecognized/i],
      [{ query: 'x', filters: { form: ['juggling'] } }, /type "juggling"/],
      [{ query: 'country:Nigeria' }, /two-letter/],
      [{ query: '"' }, /at least one word/],
      [{ query: 'x', email: 'a@b.org\r\nBcc: c@d.org' }, /header injection/],
      [{ query: 'x', webhook: 'http://127.0.0.1:8080/hook' }, /private/],
      [{ query: 'x', webhook: 'http://169.254.169.254/latest' }, /private/],
      [{ query: 'x', webhook: 'file:///etc/passwd' }, /http/],
      [{ query: 'x', cadence: 'hourly' }, /cadence/],
      [{ query: 'x'.repeat(1001) }, /query/],
      [{ query: 'x', email: `${'a'.repeat(20_000)}@b.org` }, /too_large|bytes|254/],
    ];
    for (const [body, re] of bad) {
      const res = await call('POST', '/alerts', 'lk_one', body);
      assert.ok(res.status >= 400 && res.status < 500, `${JSON.stringify(body).slice(0, 60)} → ${res.status}`);
      const err = await res.json();
      assert.match(`${err.error.code} ${err.error.message}`, re, JSON.stringify(body).slice(0, 60));
    }
    assert.equal((await call('DELETE', '/alerts/abc', 'lk_one')).status, 400);
    assert.equal((await store.alerts.list()).length, 0);
  });

  it('documents the alert routes in the OpenAPI document', async () => {
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    assert.ok(doc.paths['/alerts'].post && doc.paths['/alerts'].get && doc.paths['/alerts/{id}'].delete);
    assert.ok(doc.components.schemas.AlertCreate);
  });
});
