// The JSON API in-process (app.request) on both stores: paging, filters, ETag/304, CORS, errors, keys and rates,
// and that an unpublished story or a withheld name never appears.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../../src/store/store.ts';
import { bothStores } from '../helpers/stores.ts';
import { apiApp, HIDDEN, SECRET_NAME, seedApi } from './fixtures.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

for (const [name, open, skip] of bothStores()) {
  describe(`JSON API on ${name}`, { skip }, () => {
    let store: Store;
    let app: Hono;
    let ids: Awaited<ReturnType<typeof seedApi>>;
    const get = async (path: string, headers: Record<string, string> = {}) => {
      const r = await app.request(`/api/v1${path}`, { headers });
      const text = await r.text();
      assert.ok(!text.includes(SECRET_NAME), `${path} leaked the withheld name`);
      for (const h of HIDDEN) assert.ok(!text.includes(h), `${path} showed unpublished story ${h}`);
      const isJson =
        /json/.test(r.headers.get('content-type') ?? '') && !/geo|ndjson/.test(r.headers.get('content-type') ?? '');
      return { status: r.status, headers: r.headers, text, body: text && isJson ? JSON.parse(text) : null };
    };
    before(async () => {
      store = await open();
      ids = await seedApi(store);
      app = apiApp(store);
    });
    after(async () => {
      await store?.close();
    });

    it('pages published stories with an opaque cursor', async () => {
      const p1 = await get('/stories?limit=1');
      assert.equal(p1.status, 200);
      assert.deepEqual(
        p1.body.items.map((s: { slug: string }) => s.slug),
        ['bar-raid'],
      );
      assert.ok(p1.body.nextCursor);
      const p2 = await get(`/stories?limit=1&cursor=${encodeURIComponent(p1.body.nextCursor)}`);
      assert.deepEqual(
        p2.body.items.map((s: { slug: string }) => s.slug),
        ['farm-rescue'],
      );
      const p3 = p2.body.nextCursor ? await get(`/stories?limit=1&cursor=${p2.body.nextCursor}`) : null;
      assert.equal(p3?.body.items.length ?? 0, 0);
    });

    it('filters by country, form, minors, incident, language, dates and words', async () => {
      const slugs = async (q: string) => (await get(`/stories?${q}`)).body.items.map((s: { slug: string }) => s.slug);
      assert.deepEqual(await slugs('country=ng'), ['farm-rescue']);
      assert.deepEqual(await slugs('form=sexual'), ['bar-raid']);
      assert.deepEqual(await slugs('minors=true'), ['bar-raid']);
      assert.deepEqual(await slugs('minors=false'), ['farm-rescue']);
      assert.deepEqual(await slugs('language=sw'), ['bar-raid']);
      assert.deepEqual(await slugs('from=2026-04-01'), ['bar-raid']);
      assert.deepEqual(await slugs('to=2026-03-31'), ['farm-rescue']);
      assert.deepEqual(await slugs('incident=true&country=KE'), ['bar-raid']);
      assert.deepEqual(await slugs('q=cassava'), ['farm-rescue']);
    });

    it('shows a story with credit, places, facts with evidence, and the flagged name withheld', async () => {
      const r = await get('/stories/farm-rescue');
      assert.equal(r.status, 200);
      const s = r.body;
      assert.match(s.title, /\[name withheld\]/);
      assert.equal(s.url, 'https://lantern.example/stories/farm-rescue');
      assert.deepEqual(s.credit, { outlet: '=Farm Weekly', url: ids.lead.url });
      assert.deepEqual(s.places[0], { name: 'Ibadan', kind: 'city', country: 'NG', lat: 7.3775, lon: 3.947 });
      assert.equal(s.countries[0].code, 'NG');
      assert.equal(s.countries[0].name, 'Nigeria');
      assert.equal(typeof s.countries[0].lat, 'number');
      assert.equal(s.victims, 12);
      assert.equal(s.reports, 1, 'the unreviewed report is not counted');
      const victims = s.facts.find((f: { field: string }) => f.field === 'victims');
      assert.match(victims.values[0].sources[0].sentence, /twelve workers/);
      assert.equal(s.firstSeenAt, '2026-03-01T08:00:00.000Z');
      assert.equal(s.updatedAt, '2026-03-02T08:00:00.000Z');
    });

    it('never shows an unpublished story, or an article of one, or an unreviewed article', async () => {
      for (const slug of HIDDEN) assert.equal((await app.request(`/api/v1/stories/${slug}`)).status, 404);
      assert.equal((await get(`/articles/${ids.draft.id}`)).status, 404);
      const art = await get(`/articles/${ids.lead.id}`);
      assert.equal(art.status, 200);
      assert.equal(art.body.story, 'farm-rescue');
      assert.match(art.body.excerpt, /\[name withheld\]/);
      const search = await get('/search?q=cassava');
      assert.ok(search.body.items.length >= 1);
      assert.ok(search.body.items.every((h: { story: string }) => h.story === 'farm-rescue'));
      const near = await get('/search?q=pay');
      assert.match(near.body.items[0].snippet, /\[name withheld\]/);
      assert.match(near.body.items[0].snippet, /«pay»/);
      for (const fmt of ['csv', 'jsonl', 'geojson']) assert.equal((await get(`/export?format=${fmt}`)).status, 200);
    });

    it('answers facets, countries, forms and sources', async () => {
      const facets = await get('/facets?country=NG');
      assert.equal(facets.status, 200);
      assert.ok(Array.isArray(facets.body.type));
      const countries = await get('/countries');
      assert.ok(countries.body.items.some((c: { value: string }) => c.value === 'KE'));
      const forms = await get('/forms');
      assert.ok(forms.body.items.some((c: { value: string }) => c.value === 'sexual'));
      assert.equal((await get('/sources')).status, 200);
    });

    it('sends an ETag and answers 304 to If-None-Match', async () => {
      const r = await get('/stories/bar-raid');
      const etag = r.headers.get('etag');
      assert.ok(etag);
      const again = await app.request('/api/v1/stories/bar-raid', { headers: { 'If-None-Match': etag! } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      // Compressed answers carry the weak form of the same tag; it matches too.
      const gz = await app.request('/api/v1/stories', { headers: { 'Accept-Encoding': 'gzip' } });
      const weak = gz.headers.get('etag')!;
      const revalidated = await app.request('/api/v1/stories', {
        headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': weak },
      });
      assert.equal(revalidated.status, 304);
      const other = await app.request('/api/v1/stories/bar-raid', { headers: { 'If-None-Match': '"nope"' } });
      assert.equal(other.status, 200);
    });

    it('allows cross-origin GET', async () => {
      const r = await get('/stories', { Origin: 'https://research.example' });
      assert.equal(r.headers.get('access-control-allow-origin'), '*');
      const pre = await app.request('/api/v1/stories', {
        method: 'OPTIONS',
        headers: { Origin: 'https://research.example', 'Access-Control-Request-Method': 'GET' },
      });
      assert.equal(pre.status, 204);
      assert.match(pre.headers.get('access-control-allow-methods') ?? '', /GET/);
    });

    it('answers bad parameters with 400 and a JSON error', async () => {
      for (const q of [
        '/stories?limit=1000',
        '/stories?limit=0',
        '/stories?country=XYZ',
        '/stories?form=weapons',
        '/stories?minors=maybe',
        '/stories?from=2026-13-45',
        '/stories?from=2026-02-01&to=2026-01-01',
        '/search?q=farm&from=2026-02-01&to=2026-01-01',
        '/search?q=country:Narnia',
        `/search?q=${Array.from({ length: 40 }, (_, i) => `w${i}`).join('+')}`,
        '/search?q=farm&cursor=WyJ4IiwxXQ',
        '/search?q=farm&limit=100000',
        '/stories?country=NG&country=KE',
        '/stories?bogus=1',
        '/stories?cursor=not-a-cursor',
        `/stories?q=${'x'.repeat(300)}`,
        '/search',
        '/export?format=xls',
        '/articles/abc',
      ]) {
        const r = await get(q);
        assert.equal(r.status, 400, q);
        assert.equal(r.body.error.code, 'bad_request', q);
        assert.ok(r.body.error.message.length > 3, q);
      }
      assert.equal((await get('/stories/no-such-story')).status, 404);
      assert.equal((await get('/nowhere')).body.error.code, 'not_found');
    });

    it('refuses a bad or revoked key with 401 and counts a good key’s uses', async () => {
      assert.equal((await get('/stories', { 'X-API-Key': 'lk_wrong' })).status, 401);
      const k = await store.keys.add({ name: 'ngo', keyHash: sha('lk_good'), prefix: 'lk_good', ratePerMin: 2 });
      assert.equal((await get('/forms', { 'X-API-Key': 'lk_good' })).status, 200);
      assert.equal((await get('/forms', { Authorization: 'Bearer lk_good' })).status, 200);
      const limited = await get('/forms', { 'X-API-Key': 'lk_good' });
      assert.equal(limited.status, 429, 'the key’s own rate (2 a minute) applies');
      const [listed] = (await store.keys.list(new Date().toISOString().slice(0, 10))).filter((x) => x.id === k.id);
      assert.equal(listed!.uses, 2);
      assert.equal(listed!.usesOnDay, 2);
      await store.keys.revoke(k.id);
      assert.equal((await get('/forms', { 'X-API-Key': 'lk_good' })).status, 401);
    });

    it('limits anonymous use: 429 with Retry-After', async () => {
      const small = apiApp(store, { anonRate: 3 });
      const codes: number[] = [];
      let last: Response | null = null;
      for (let i = 0; i < 5; i++) {
        last = await small.request('/api/v1/countries');
        codes.push(last.status);
      }
      assert.deepEqual(codes, [200, 200, 200, 429, 429]);
      assert.ok(Number(last!.headers.get('retry-after')) >= 1);
      assert.equal(((await last!.json()) as { error: { code: string } }).error.code, 'rate_limited');
    });
  });
}
