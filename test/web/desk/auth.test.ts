// Desk security over HTTP on both stores: CSRF (origin and token), lockout, rate limit, fixation, expiry,
// the Secure flag behind https, sign out everywhere, the form size limit, open redirects, and clean logs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AttemptLimiter } from '../../../src/accounts/sign-in.ts';
import type { Store } from '../../../src/store/store.ts';
import { bothStores } from '../../helpers/stores.ts';
import { addAccounts, addStory, Client, deskApp, ORIGIN, PASSWORD, tokenIn } from './fixtures.ts';

const HOUR = 3600_000;

for (const [name, open, skip] of bothStores()) {
  describe(`desk security: ${name}`, { skip }, () => {
    let store: Store;
    let t = Date.parse('2026-06-01T08:00:00Z');
    const now = () => new Date(t);
    let app: ReturnType<typeof deskApp>;
    before(async () => {
      store = await open();
      await addAccounts(store);
      app = deskApp(store, { now });
    });
    after(async () => {
      await store?.close();
    });

    const editor = async () => {
      const c = new Client(app);
      assert.equal((await c.signIn('editor@desk.test')).status, 303);
      return c;
    };

    it('refuses a missing, forged or foreign token, a wrong or missing Origin, and JSON: 403, nothing changes', async () => {
      const id = await addStory(store, `csrf-${name}`);
      const c = await editor();
      const admin = new Client(app);
      await admin.signIn('admin@desk.test');
      const path = `/desk/stories/${id}/publish`;
      const mine = await c.token();
      const cases: [string, Promise<Response>][] = [
        ['no token', c.post(path, {})],
        ['forged token', c.post(path, { csrf: 'A'.repeat(mine.length) })],
        ["another session's token", c.post(path, { csrf: await admin.token() })],
        ['wrong Origin', c.post(path, { csrf: mine }, 'https://evil.example')],
        ['no Origin', c.post(path, { csrf: mine }, null)],
        [
          'cross-site fetch metadata',
          c.send(path, {
            method: 'POST',
            body: `csrf=${mine}`,
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
          }),
        ],
        [
          'JSON body',
          c.send(path, {
            method: 'POST',
            body: JSON.stringify({ csrf: 'x' }),
            headers: { 'content-type': 'application/json', origin: ORIGIN },
          }),
        ],
      ];
      for (const [what, res] of cases) {
        const r = await res;
        assert.equal(r.status, 403, what);
        assert.match(await r.text(), /Not allowed/);
      }
      assert.equal((await store.stories.get(id))!.status, 'review');
      // The same post with the token and our Origin goes through.
      assert.equal((await c.post(path, { csrf: mine })).status, 303);
      assert.equal((await store.stories.get(id))!.status, 'published');
    });

    it('locks an account after 5 wrong passwords, even for the right one, then lets it in after 15 minutes', async () => {
      const c = new Client(app);
      for (let i = 0; i < 5; i++) assert.equal((await c.signIn('viewer@desk.test', `wrong-${i}-password`)).status, 401);
      const locked = await c.signIn('viewer@desk.test');
      assert.equal(locked.status, 429);
      assert.match(await locked.text(), /locked for 15 minutes/);
      assert.equal(c.cookies.has('lantern_session'), false);
      t += 16 * 60_000;
      assert.equal((await c.signIn('viewer@desk.test')).status, 303);
    });

    it('rate-limits sign-in per address (behind a trusted proxy, by X-Forwarded-For)', async () => {
      const limited = deskApp(store, { now, trustProxy: true, limiter: new AttemptLimiter(3) });
      const from = (ip: string) => new Client(limited, { 'x-forwarded-for': `198.51.100.9, ${ip}` });
      const a = from('203.0.113.5');
      for (let i = 0; i < 3; i++) assert.equal((await a.signIn('nobody@desk.test', 'wrong-password-x')).status, 401);
      const r = await a.signIn('admin@desk.test');
      assert.equal(r.status, 429);
      assert.match(await r.text(), /Too many sign-in attempts from your address/);
      assert.equal((await from('203.0.113.6').signIn('admin@desk.test')).status, 303);
    });

    it('gives a new session id at sign-in (no fixation) and ends the one the browser held', async () => {
      const c = new Client(app);
      c.cookies.set('lantern_session', 'chosen-by-an-attacker');
      await c.signIn('editor@desk.test');
      const first = c.cookies.get('lantern_session')!;
      assert.notEqual(first, 'chosen-by-an-attacker');
      const spare = new Client(app);
      spare.cookies.set('lantern_session', first);
      assert.equal((await spare.get('/desk')).status, 200);
      // Signing in again while holding that session (a login form opened elsewhere) gives yet another id.
      const login = new Client(app);
      const page = await (await login.get('/login')).text();
      const fresh = new Client(app);
      fresh.cookies.set('lantern_session', first);
      fresh.cookies.set('lantern_login', login.cookies.get('lantern_login')!);
      const r = await fresh.post('/login', { csrf: tokenIn(page), email: 'editor@desk.test', password: PASSWORD });
      assert.equal(r.status, 303);
      assert.notEqual(fresh.cookies.get('lantern_session'), first);
      assert.equal((await spare.get('/desk')).status, 302, 'the session held before sign-in has ended');
    });

    it('ends idle sessions after 2 hours and every session after LANTERN_SESSION_HOURS', async () => {
      const idle = await editor();
      t += 2 * HOUR + 60_000;
      const r = await idle.get('/desk');
      assert.equal(r.status, 302);
      assert.equal(r.headers.get('location'), '/login?next=%2Fdesk');
      const busy = await editor();
      for (let h = 0; h < 11; h++) {
        t += HOUR;
        assert.equal((await busy.get('/desk')).status, 200, `hour ${h + 1}`);
      }
      t += HOUR + 60_000;
      assert.equal((await busy.get('/desk')).status, 302, 'past the 12-hour lifetime');
    });

    it('sets HttpOnly, SameSite=Lax, Path=/; Secure only over https (X-Forwarded-Proto only when trusted)', async () => {
      const cookieOf = async (trustProxy: boolean, headers: Record<string, string>, origin = ORIGIN) => {
        const c = new Client(deskApp(store, { now, trustProxy }), headers, origin);
        const r = await c.signIn('admin@desk.test');
        assert.equal(r.status, 303);
        return r.headers.getSetCookie().find((x) => x.startsWith('lantern_session='))!;
      };
      const plain = await cookieOf(false, { 'x-forwarded-proto': 'https' });
      assert.match(plain, /HttpOnly/);
      assert.match(plain, /SameSite=Lax/);
      assert.match(plain, /Path=\//);
      assert.doesNotMatch(plain, /Secure/);
      const https = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'desk.example' };
      const proxied = await cookieOf(true, https, 'https://desk.example');
      assert.match(proxied, /Secure/);
    });

    it('signs out everywhere: every session of the user ends', async () => {
      const a = await editor();
      const b = await editor();
      const r = await a.post('/account/sign-out-everywhere', { csrf: await a.token() });
      assert.equal(r.status, 303);
      assert.equal((await b.get('/desk')).status, 302);
      assert.equal((await a.get('/desk')).status, 302);
      const uid = (await store.accounts.getUserByEmail('editor@desk.test'))!.id;
      assert.equal((await store.accounts.listUserSessions(uid)).length, 0);
      const login = await (await a.get('/login')).text();
      assert.match(login, /Signed out everywhere/);
    });

    it('answers 413 to a form over 64 KB and changes nothing', async () => {
      const id = await addStory(store, `big-${name}`);
      const c = await editor();
      const r = await c.post(`/desk/stories/${id}/edit-text`, { csrf: await c.token(), title: 'x'.repeat(70_000) });
      assert.equal(r.status, 413);
      assert.match(await r.text(), /too large/i);
      assert.equal((await store.stories.get(id))!.publicTitle, null);
    });

    it('shows a refused action next to its form (400) and keeps what was typed', async () => {
      const id = await addStory(store, `bad-${name}`);
      const c = await editor();
      const r = await c.post(`/desk/stories/${id}/edit-facts`, {
        csrf: await c.token(),
        countries: 'Narnia',
        minors: 'yes',
        incident: 'yes',
      });
      assert.equal(r.status, 400);
      const body = await r.text();
      assert.match(body, /<p class="error" id="err-edit-facts" role="alert">country &quot;NARNIA&quot;/);
      assert.match(body, /value="Narnia"/);
      const gone = await c.post(`/desk/stories/999999/publish`, { csrf: await c.token() });
      assert.equal(gone.status, 404);
      assert.equal((await c.post(`/desk/stories/${id}/explode`, { csrf: await c.token() })).status, 404);
      for (const path of ['/desk?status=bogus', '/desk?cursor=not-a-cursor', '/desk/audit?before=-1']) {
        const bad = await c.get(path);
        assert.ok([400, 403].includes(bad.status), `${path}: ${bad.status}`);
      }
      assert.equal((await c.get('/desk?status=bogus')).status, 400);
      assert.equal((await c.get('/desk/stories/abc')).status, 404);
    });

    it('never caches or indexes desk pages, and only follows a same-site relative next', async () => {
      const c = new Client(app);
      for (const path of ['/login', '/desk']) {
        const r = await c.get(path);
        assert.equal(r.headers.get('cache-control'), 'no-store', path);
        assert.equal(r.headers.get('x-robots-tag'), 'noindex, nofollow', path);
      }
      for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example', '/desk/stories/1']) {
        const page = await (await c.get(`/login?next=${encodeURIComponent(next)}`)).text();
        const kept = /name="next" value="([^"]*)"/.exec(page)![1];
        assert.equal(kept, next === '/desk/stories/1' ? next : '/desk', next);
      }
      const r = await c.signIn('admin@desk.test');
      assert.equal(r.headers.get('location'), '/desk');
      const sitemap = await (await c.get('/sitemap.xml')).text();
      assert.doesNotMatch(sitemap, /\/desk|\/login/);
    });

    it('never writes a password or a session token to the logs', async () => {
      const lines: string[] = [];
      const orig = { log: console.log, error: console.error, warn: console.warn, write: process.stderr.write };
      const keep = (...a: unknown[]) => {
        lines.push(a.map(String).join(' '));
      };
      console.log = keep;
      console.error = keep;
      console.warn = keep;
      process.stderr.write = ((s: string) => keep(s)) as typeof process.stderr.write;
      let token = '';
      try {
        const c = new Client(app);
        await c.signIn('admin@desk.test', 'a-wrong-password-to-log');
        await c.signIn('admin@desk.test');
        token = c.cookies.get('lantern_session')!;
        await c.get('/desk/stories/not-a-number');
        await c.post('/desk/stories/1/publish', { csrf: 'forged' });
        await c.post('/logout', { csrf: await c.token() });
      } finally {
        Object.assign(console, { log: orig.log, error: orig.error, warn: orig.warn });
        process.stderr.write = orig.write;
      }
      const all = lines.join('\n');
      assert.ok(token.length > 20);
      for (const secret of [PASSWORD, 'a-wrong-password-to-log', token]) assert.ok(!all.includes(secret));
      const audit = JSON.stringify(await store.accounts.listAudit({ limit: 500 }));
      for (const secret of [PASSWORD, 'a-wrong-password-to-log', token]) assert.ok(!audit.includes(secret));
    });
  });
}
