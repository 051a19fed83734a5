// The desk's role matrix on both stores: anonymous, viewer, editor, admin × every desk route → expected status.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../../src/store/store.ts';
import { bothStores } from '../../helpers/stores.ts';
import { addAccounts, addStory, Client, deskApp, PASSWORD } from './fixtures.ts';

type Who = 'anonymous' | 'viewer' | 'editor' | 'admin';
const WHO: Who[] = ['anonymous', 'viewer', 'editor', 'admin'];

/** Expected status per route for each role (302: to /login; 303: done and back; 403: refused). */
const READS: [string, Record<Who, number>][] = [
  ['GET /login', { anonymous: 200, viewer: 302, editor: 302, admin: 302 }],
  ['GET /account', { anonymous: 302, viewer: 200, editor: 200, admin: 200 }],
  ['GET /desk', { anonymous: 302, viewer: 200, editor: 200, admin: 200 }],
  ['GET /desk?status=published', { anonymous: 302, viewer: 200, editor: 200, admin: 200 }],
  ['GET /desk/stories/:main', { anonymous: 302, viewer: 200, editor: 200, admin: 200 }],
  ['GET /desk/audit', { anonymous: 302, viewer: 403, editor: 403, admin: 200 }],
];
const ACT = (anonymous = 302) => ({ anonymous, viewer: 403, editor: 303, admin: 303 });

for (const [name, open, skip] of bothStores()) {
  describe(`desk role matrix: ${name}`, { skip }, () => {
    let store: Store;
    let app: ReturnType<typeof deskApp>;
    const results: string[] = [];
    before(async () => {
      store = await open();
      await addAccounts(store);
      app = deskApp(store);
    });
    after(async () => {
      if (results.length) console.log(`role matrix (${name}):\n${results.join('\n')}`);
      await store?.close();
    });

    for (const who of WHO) {
      it(`${who}: every route answers as its role allows, and a refused action changes nothing`, async () => {
        const c = new Client(app);
        if (who !== 'anonymous') assert.equal((await c.signIn(`${who}@desk.test`)).status, 303);
        const ids = {
          main: await addStory(store, `m-${name}-${who}`),
          into: await addStory(store, `into-${name}-${who}`, 1, false),
          from: await addStory(store, `from-${name}-${who}`, 1, false),
          split: await addStory(store, `split-${name}-${who}`, 2),
          remove: await addStory(store, `rm-${name}-${who}`),
        };
        const row: string[] = [];
        const check = (label: string, got: number, want: number) => {
          row.push(`${label}=${got}`);
          assert.equal(got, want, `${who} ${label}`);
        };
        for (const [route, want] of READS) {
          const path = route.slice(4).replace(':main', String(ids.main));
          check(route, (await c.get(path)).status, want[who]);
        }
        const wrong = await c.post('/login', { csrf: 'x', email: 'editor@desk.test', password: 'wrong' });
        check('POST /login (no login token)', wrong.status, 403);
        const token = who === 'anonymous' ? 'none' : await c.token();
        const act = async (path: string, form: Record<string, string | string[]> = {}) =>
          (await c.post(path, { csrf: token, ...form })).status;
        const s = (id: number, a: string) => `/desk/stories/${id}/${a}`;
        const before = await store.stories.get(ids.main);
        check('edit-text', await act(s(ids.main, 'edit-text'), { title: 'A child rescued', summary: '' }), ACT()[who]);
        check(
          'edit-facts',
          await act(s(ids.main, 'edit-facts'), {
            types: 'sexual',
            countries: 'NG',
            minors: 'yes',
            victims: '1',
            incident: 'yes',
          }),
          ACT()[who],
        );
        check('publish', await act(s(ids.main, 'publish')), ACT()[who]);
        check('correct', await act(s(ids.main, 'correct'), { note: 'The age was corrected.' }), ACT()[who]);
        check('unpublish', await act(s(ids.main, 'unpublish'), { reason: 'check again' }), ACT()[who]);
        check('reject', await act(s(ids.main, 'reject'), { reason: 'duplicate' }), ACT()[who]);
        check('merge', await act(s(ids.from, 'merge'), { into: String(ids.into) }), ACT()[who]);
        const second = (await store.articles.ofStory(ids.split))[1]!.id;
        check('split', await act(s(ids.split, 'split'), { articles: String(second) }), ACT()[who]);
        check('remove', await act(s(ids.remove, 'remove'), { reason: 'names a child' }), ACT()[who]);
        if (who === 'anonymous' || who === 'viewer') {
          assert.deepEqual(await store.stories.get(ids.main), before, 'a refused action changes nothing');
          assert.equal((await store.stories.get(ids.remove))!.status, 'review');
        } else {
          assert.equal((await store.stories.get(ids.main))!.status, 'rejected');
          assert.equal((await store.stories.get(ids.from))!.status, 'merged');
          assert.equal((await store.stories.get(ids.remove))!.status, 'removed');
        }
        check('POST /logout', (await c.post('/logout', { csrf: token })).status, 303);
        check('GET /desk after logout', (await c.get('/desk')).status, 302);
        results.push(`${who.padEnd(9)} ${row.join(' ')}`);
      });
    }

    it('POST /login with a wrong password: 401 for everyone, and the form says so', async () => {
      const c = new Client(app);
      const r = await c.signIn('editor@desk.test', `${PASSWORD}-nope`);
      assert.equal(r.status, 401);
      assert.match(await r.text(), /Wrong e-mail or password/);
      const u = await store.accounts.getUserByEmail('editor@desk.test');
      await store.accounts.updateUser(u!.id, { failedLogins: 0 });
    });
  });
}
