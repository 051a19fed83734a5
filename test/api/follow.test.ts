// Following without the API: a search as a public feed (through the public gate), an alert's private Atom feed and
// its sign-in-free unsubscribe page, and saving an alert from the desk (CSRF token, bad input stores nothing).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { alertFeedUrl, createAlert } from '../../src/alerts/create.ts';
import { unsubscribeUrl } from '../../src/alerts/email.ts';
import { openMemoryStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { addAccounts, Client, deskApp } from '../web/desk/fixtures.ts';
import { apiApp, SECRET_NAME, seedApi } from './fixtures.ts';

describe('following searches and alerts on the portal', () => {
  let store: Store;
  let app: ReturnType<typeof apiApp>;
  let ids: Awaited<ReturnType<typeof seedApi>>;
  before(async () => {
    store = await openMemoryStore();
    ids = await seedApi(store);
    app = apiApp(store);
  });
  after(async () => {
    await store?.close();
  });

  it('links a search page to its feeds, in <head> and in the page', async () => {
    const page = await (await app.request('/search?q=workers&country=NG')).text();
    assert.match(
      page,
      /<link rel="alternate" type="application\/atom\+xml"[^>]+href="\/feeds\/search\.atom\?q=workers&amp;country=NG"/,
    );
    assert.match(page, /href="\/feeds\/search\.json\?q=workers&amp;country=NG"/);
    assert.match(page, /href="\/desk\/alerts\?q=workers&amp;country=NG"/);
  });

  it('serves any search as RSS, Atom and JSON Feed: published stories only, names withheld', async () => {
    for (const [ext, type] of [
      ['rss', /rss\+xml/],
      ['atom', /atom\+xml/],
      ['json', /feed\+json/],
    ] as const) {
      const res = await app.request(`/feeds/search.${ext}?q=cassava`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', type);
      const text = await res.text();
      assert.match(text, /stories\/farm-rescue/);
      assert.ok(!text.includes(SECRET_NAME), `${ext} feed leaks the withheld name`);
      assert.ok(!/hidden-review|hidden-removed|Secret/.test(text), `${ext} feed shows a private story`);
    }
    const kenya = await (await app.request('/feeds/search.json?q=raid')).json();
    assert.deepEqual(
      kenya.items.map((i: { url: string }) => i.url),
      ['https://lantern.example/stories/bar-raid'],
    );
  });

  it('refuses a bad search feed with 400', async () => {
    assert.equal((await app.request('/feeds/search.atom?country=Narnia')).status, 400);
    assert.equal((await app.request('/feeds/search.atom?from=2026-13-01')).status, 400);
  });

  it('serves an alert’s private feed by its token, and nothing for an unknown one', async () => {
    const a = await createAlert(
      store.alerts,
      { kind: 'cli', id: null },
      { query: 'cassava', atom: true, email: 'x@example.org' },
      { allowPrivateWebhooks: false },
    );
    await store.alerts.recordMatches(
      [],
      [{ alertId: a.id, storyId: ids.farm.id, channels: [] }],
      new Date().toISOString(),
    );
    const res = await app.request(new URL(alertFeedUrl('https://lantern.example', a)).pathname);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const text = await res.text();
    assert.match(text, /stories\/farm-rescue/);
    assert.ok(!text.includes(SECRET_NAME));
    assert.equal((await app.request(`/alerts/${'x'.repeat(43)}.atom`)).status, 404);
    assert.equal((await app.request('/alerts/short.atom')).status, 404);
  });

  it('unsubscribes without signing in: GET only asks, POST (form or one-click) stops the e-mail', async () => {
    const mk = () =>
      createAlert(
        store.alerts,
        { kind: 'cli', id: null },
        { query: 'farm', email: 'y@example.org' },
        { allowPrivateWebhooks: false },
      );
    const a = await mk();
    // The address every e-mail carries (link and List-Unsubscribe header) is the one served here.
    const link = new URL(unsubscribeUrl('https://lantern.example', a));
    const page = await app.request(link.pathname);
    assert.equal(page.status, 200);
    assert.match(await page.text(), new RegExp(`<form method="post" action="/alerts/unsubscribe/${a.token}"`));
    assert.equal((await store.alerts.get(a.id))!.email, 'y@example.org');
    const post = await app.request(`/alerts/unsubscribe/${a.token}`, { method: 'POST' });
    assert.equal(post.status, 200);
    assert.equal((await store.alerts.get(a.id))!.email, null);
    const b = await mk();
    const oneClick = await app.request(`/alerts/unsubscribe/${b.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(oneClick.status, 200);
    assert.equal((await store.alerts.get(b.id))!.email, null);
    assert.equal((await app.request(`/alerts/unsubscribe/${'z'.repeat(43)}`, { method: 'POST' })).status, 404);
  });
});

describe('saving an alert from the desk', () => {
  let store: Store;
  let users: Awaited<ReturnType<typeof addAccounts>>;
  let desk: ReturnType<typeof deskApp>;
  before(async () => {
    store = await openMemoryStore();
    users = await addAccounts(store);
    desk = deskApp(store);
  });
  after(async () => {
    await store?.close();
  });

  it('sends a signed-out visitor to sign in, then prefills the form from the search', async () => {
    const c = new Client(desk);
    const out = await c.get('/desk/alerts?q=cassava&country=NG');
    assert.equal(out.status, 302);
    assert.match(out.headers.get('location') ?? '', /^\/login\?next=/);
    await c.signIn('viewer@desk.test');
    const page = await (await c.get('/desk/alerts?q=cassava&country=NG&type=labour')).text();
    assert.match(page, /name="query" value="cassava"/);
    assert.match(page, /name="country" value="NG"/);
    assert.match(page, /<option value="labour" selected>/);
    assert.match(page, /name="email" type="email" value="viewer@desk.test"/);
  });

  it('saves with the session token, refuses without it or with bad input, and removes its own', async () => {
    const c = new Client(desk);
    await c.signIn('editor@desk.test');
    const csrf = await c.token();
    const form = {
      query: 'cassava',
      country: 'ng',
      type: 'labour',
      email: 'editor@desk.test',
      cadence: 'weekly',
      atom: '1',
    };
    assert.equal((await c.post('/desk/alerts', form)).status, 403);
    assert.equal((await c.post('/desk/alerts', { ...form, csrf }, 'https://evil.example')).status, 403);
    for (const bad of [
      { email: 'a@b.example\r\nBcc: all@example.org' },
      { country: 'Narnia' },
      { type: 'nonsense' },
      { query: 'x'.repeat(1001) },
      { cadence: 'hourly' },
      { email: '', atom: '' },
    ]) {
      const res = await c.post('/desk/alerts', { ...form, ...bad, csrf });
      assert.equal(res.status, 400, JSON.stringify(bad));
      assert.match(await res.text(), /role="alert"/);
    }
    assert.equal((await store.alerts.list()).length, 0, 'a refused form stored nothing');
    const ok = await c.post('/desk/alerts', { ...form, csrf });
    assert.equal(ok.status, 303);
    const [a] = await store.alerts.list({ kind: 'user', id: users.editor });
    assert.deepEqual(
      [a!.query, a!.filters, a!.cadence, a!.atom],
      ['cassava', { country: ['NG'], type: ['labour'] }, 'weekly', true],
    );
    const other = new Client(desk);
    await other.signIn('admin@desk.test');
    assert.equal((await other.post(`/desk/alerts/${a!.id}/delete`, { csrf: await other.token() })).status, 404);
    assert.equal((await c.post(`/desk/alerts/${a!.id}/delete`, { csrf })).status, 303);
    assert.equal((await store.alerts.list()).length, 0);
  });
});
