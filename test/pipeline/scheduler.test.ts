import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PassSummary } from '../../src/jobs/run-once.ts';
import { startScheduler } from '../../src/jobs/scheduler.ts';
import { reply } from '../helpers/http-server.ts';
import { articlePage, incident, rss, world } from './world.ts';

describe('the scheduler', () => {
  it('polls due sources, then stops cleanly', async () => {
    const w = await world({ LANTERN_SCHEDULER_TICK_SECONDS: '3600' });
    try {
      const page = articlePage(
        'Raid in Dakar',
        incident({
          city: 'Dakar',
          country: 'Senegal',
          n: 7,
          suspect: 'Moussa Ndiaye',
          second: 'Awa Diop',
          day: 'Sunday',
        }),
      );
      w.server.route('/p', reply(200, page, { 'content-type': 'text/html' }));
      w.server.route('/f.xml', reply(200, rss('F', [{ title: 'Raid in Dakar', link: `${w.server.origin}/p` }])));
      await w.store.sources.add({ url: `${w.server.origin}/f.xml`, nextFetchAt: '2000-01-01T00:00:00.000Z' });
      const passes: PassSummary[] = [];
      const done = new Promise<void>((resolve) => {
        const s = startScheduler(w.store, w.config, null as never, {
          context: w.ctx,
          onPass: (p) => {
            passes.push(p);
            void s.stop().then(resolve);
          },
        });
      });
      await done;
      assert.equal(passes.length, 1);
      assert.equal(passes[0]!.added, 1);
      assert.equal(await w.store.articles.count(), 1);
    } finally {
      await w.close();
    }
  });
});
