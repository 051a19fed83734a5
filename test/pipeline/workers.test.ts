// Two workers (two pipeline contexts, as two processes would have) on one store: every source polled once per
// pass, every article stored once. Runs on SQLite, and on PostgreSQL when LANTERN_TEST_DATABASE_URL is set.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runPass } from '../../src/jobs/run-once.ts';
import { pipelineContext } from '../../src/pipeline/context.ts';
import { reply } from '../helpers/http-server.ts';
import { bothStores } from '../helpers/stores.ts';
import { articlePage, incident, rss, sharedAnalyzer, world } from './world.ts';

const STORES = bothStores();

const CITIES = ['Accra', 'Kumasi', 'Tamale', 'Cape Coast', 'Ho', 'Sunyani'];

for (const [name, open, skip] of STORES) {
  describe(`two workers on one ${name} store`, { skip }, () => {
    it('poll each source once and store each article once', async () => {
      const w = await world({}, undefined, open);
      try {
        const o = w.server.origin;
        CITIES.forEach((city, i) => {
          const paras = incident({
            city,
            country: 'Ghana',
            n: 3 + i,
            suspect: `Kofi Mensah${i}`,
            second: `Ama Owusu${i}`,
            day: 'Monday',
          });
          w.server.route(
            `/p/${i}`,
            reply(200, articlePage(`Rescue in ${city}`, paras), { 'content-type': 'text/html' }),
          );
        });
        // Three feeds, each listing every page: the same articles reached through several feeds.
        for (let f = 0; f < 3; f++) {
          w.server.route(
            `/f${f}.xml`,
            reply(
              200,
              rss(
                `F${f}`,
                CITIES.map((c, i) => ({ title: `Rescue in ${c}`, link: `${o}/p/${i}?from=f${f}` })),
              ),
            ),
          );
          await w.store.sources.add({ url: `${o}/f${f}.xml`, nextFetchAt: '2000-01-01T00:00:00.000Z' });
        }
        const second = pipelineContext(w.store, w.config, await sharedAnalyzer());
        try {
          const [a, b] = await Promise.all([runPass(w.ctx), runPass(second)]);
          assert.equal(a.sources + b.sources, 3, 'each source polled by one worker');
          assert.equal(await w.store.articles.count(), CITIES.length);
          assert.equal(w.server.log.filter((p) => p.startsWith('/f')).length, 3);
        } finally {
          await second.cpu.close();
        }
      } finally {
        await w.close();
      }
    });
  });
}
