// A desk decision reaches readers at once: the portal's page cache (served stale while it refreshes) is
// forgotten after every action, so a story removed for safety is never served again from memory.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../../src/store/store.ts';
import type { DeskEvent } from '../../../src/web/desk/context.ts';
import { bothStores } from '../../helpers/stores.ts';
import { addAccounts, addStory, Client, deskApp } from './fixtures.ts';

for (const [name, open, skip] of bothStores()) {
  describe(`desk and the page cache: ${name}`, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await open();
      await addAccounts(store);
    });
    after(() => store?.close());

    it('serves the removal and the correction at once, though public pages are cached for a minute', async () => {
      const events: DeskEvent[] = [];
      const app = deskApp(store, { cacheMs: 60_000, onChange: (e) => e && events.push(e) });
      const c = new Client(app);
      assert.equal((await c.signIn('editor@desk.test')).status, 303);
      const token = await c.token();
      const id = await addStory(store, `cached-${name}`, 1, false);
      assert.equal((await c.post(`/desk/stories/${id}/publish`, { csrf: token })).status, 303);
      const path = `/stories/cached-${name}`;
      const first = await app.request(path);
      assert.equal(first.status, 200);
      assert.equal((await app.request(path)).headers.get('cache-control'), 'public, max-age=60');

      const note = 'The town was misnamed in the first version.';
      assert.equal((await c.post(`/desk/stories/${id}/correct`, { csrf: token, note })).status, 303);
      assert.match(await (await app.request(path)).text(), /misnamed in the first version/);

      const removed = await c.post(`/desk/stories/${id}/remove`, { csrf: token, reason: 'identifies a survivor' });
      assert.equal(removed.status, 303);
      assert.equal((await app.request(path)).status, 410);
      assert.doesNotMatch(await (await app.request('/')).text(), new RegExp(`cached-${name}`));
      // Each action is told to the process (serve logs it and counts it in lantern_desk_actions_total).
      assert.deepEqual(
        events.map((e) => [e.action, e.storyId]),
        [
          ['publish', id],
          ['correct', id],
          ['remove', id],
        ],
      );
      assert.ok(events.every((e) => Number.isInteger(e.userId) && e.userId > 0));
    });
  });
}
