// Samples are a demo (issue 12): seeded only into an empty store without sources, never on country pages or the
// map, removed for good by `lantern samples remove` and by the first source.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadAnalyzer } from '../../src/analyze/analyzer.ts';
import { maySeed, removeSampleData, SAMPLES_REMOVED_KEY } from '../../src/seed/demo.ts';
import { seedSamples } from '../../src/seed/seed.ts';
import { openStore } from '../../src/store/open.ts';
import { createPortal } from '../../src/web/app.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { runCli } from '../helpers/cli.ts';
import { bothStores } from '../helpers/stores.ts';

for (const [name, open, skip] of bothStores()) {
  describe(`the sample demo on ${name}`, { skip }, () => {
    it('is not seeded beside a source', async () => {
      const store = await open();
      await store.sources.add({ url: 'https://news.example/feed.xml', nextFetchAt: '2000-01-01T00:00:00.000Z' });
      assert.deepEqual(await seedSamples(store, loadAnalyzer), { seeded: false, stories: 0, articles: 0 });
      assert.equal(await store.articles.count(), 0);
      await store.close();
    });

    it('stays off country pages and the map, and once removed is never seeded again', async () => {
      const store = await open();
      const r = await seedSamples(store, loadAnalyzer);
      assert.ok(r.seeded && r.stories > 0);
      const app = createPortal({
        store,
        config: { publicUrl: 'http://lantern.test', allowRepublish: false },
        kb: loadKnowledgeBase(),
        hotlines: loadHotlines(),
        cacheMs: 0,
      });
      assert.match(await (await app.request('/')).text(), /href="\/stories\/sample-/);
      assert.doesNotMatch(await (await app.request('/country/ph')).text(), /href="\/stories\/sample-/);
      assert.doesNotMatch(await (await app.request('/feeds/country/ph.rss')).text(), /sample-/);
      assert.doesNotMatch(await (await app.request('/map')).text(), /Philippines: \d+ stor/);
      const gone = await removeSampleData(store);
      assert.equal(gone.stories, r.stories);
      assert.equal(await store.articles.count(), 0);
      assert.ok(await store.meta.get(SAMPLES_REMOVED_KEY));
      assert.equal(await maySeed(store, true), false);
      assert.doesNotMatch(await (await app.request('/')).text(), /href="\/stories\/sample-/);
      await store.close();
    });
  });
}

describe('lantern samples remove and the first source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-samples-'));
  const env = { LANTERN_DATA_DIR: join(dir, 'data'), LANTERN_DATABASE_URL: '' };
  after(() => rmSync(dir, { recursive: true, force: true }));
  const seeded = async () => {
    const store = await openStore({ dataDir: env.LANTERN_DATA_DIR, databaseUrl: '' });
    await store.meta.migrate();
    const r = await seedSamples(store, loadAnalyzer);
    const n = (await store.stories.list({ limit: 50 })).stories.length;
    await store.close();
    return { r, n };
  };

  it('adding the first source removes the samples', async () => {
    const { n } = await seeded();
    assert.ok(n > 0);
    const r = await runCli(['sources', 'add', 'https://news.example/feed.xml'], '', env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /removed the \d+ fictional sample stories/);
    const store = await openStore({ dataDir: env.LANTERN_DATA_DIR, databaseUrl: '' });
    assert.equal((await store.stories.list({ limit: 50 })).stories.length, 0);
    await store.close();
  });

  it('samples remove says what it did and refuses bad usage', async () => {
    const r = await runCli(['samples', 'remove'], '', env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /removed 0 sample stories/);
    const bad = await runCli(['samples', 'delete'], '', env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /expected remove/);
  });
});
