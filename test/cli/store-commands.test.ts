// The store commands end to end: migrate, search (text and JSON), backup and restore.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/open.ts';
import { runCli } from '../helpers/cli.ts';
import { analysis, article } from '../store/fixtures.ts';

describe('lantern migrate / search / backup / restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-store-'));
  const env = { LANTERN_DATA_DIR: join(dir, 'data'), LANTERN_DATABASE_URL: '' };
  before(async () => {
    const store = await openStore({ dataDir: env.LANTERN_DATA_DIR, databaseUrl: '' });
    await store.articles.add(
      article({
        title: 'Kiln workers freed',
        text: 'Workers held in forced labour at a brick kiln were freed.',
        analysis: analysis({ countries: ['PK'] }),
      }),
    );
    await store.articles.add(
      article({
        title: 'Brothel raid',
        text: 'Girls were rescued in a raid.',
        analysis: analysis({ countries: ['KE'], types: ['sexual'] }),
      }),
    );
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates (nothing to do) and reports the version', async () => {
    const r = await runCli(['migrate'], '', env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /up to date \(schema version \d+\)/);
    const s = await runCli(['migrate', '--status'], '', env);
    assert.match(s.stdout, /sqlite: schema version \d+; this Lantern writes version \d+/);
  });

  it('searches as text and as JSON, with filters', async () => {
    const r = await runCli(['search', 'forced labour'], '', env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^1 result\n/);
    assert.match(r.stdout, /Kiln workers freed/);
    assert.match(r.stdout, /\[forced\] \[labour\]/);
    const j = await runCli(['search', '', '--json', '--country', 'KE', '--type', 'sexual'], '', env);
    const res = JSON.parse(j.stdout);
    assert.deepEqual(
      res.hits.map((h: { title: string }) => h.title),
      ['Brothel raid'],
    );
    assert.equal(res.totalIsEstimate, false);
    const bad = await runCli(['search', 'x', '--sort', 'best'], '', env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--sort best/);
  });

  it('backs up while open and restores into an empty store', async () => {
    const file = join(dir, 'b.jsonl.gz');
    const b = await runCli(['backup', file], '', env);
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stdout, /wrote .* 2 articles/);
    const env2 = { ...env, LANTERN_DATA_DIR: join(dir, 'restored') };
    const r = await runCli(['restore', file], '', env2);
    assert.equal(r.code, 0, r.stderr);
    const s = await runCli(['search', 'kiln', '--json'], '', env2);
    assert.equal(JSON.parse(s.stdout).hits[0].title, 'Kiln workers freed');
    const again = await runCli(['restore', file], '', env2);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /not empty/);
  });

  it('searches by story: one result per story, with its credit', async () => {
    const store = await openStore({ dataDir: env.LANTERN_DATA_DIR, databaseUrl: '' });
    const made = await store.stories.add({
      ...{
        title: 'Quarry',
        slug: 'quarry',
        leadArticleId: null,
        articleCount: 2,
        countries: ['PK'],
        types: ['labour'],
      },
      ...{ firstSeenAt: '2024-03-01T00:00:00.000Z', lastSeenAt: '2024-03-02T00:00:00.000Z', relevance: 1 },
      ...{ minors: false, victims: null, incident: true, published: true, publishedAt: null, isSample: false },
    });
    for (const [title, credit] of [
      ['Quarry workers freed', 'Hill Gazette'],
      ['Quarry owner held', 'Plains Wire'],
    ]) {
      const { article: a } = await store.articles.add(
        article({ title, text: `${title} at a stone quarry.`, sourceCredit: credit }),
      );
      await store.articles.update(a.id, { storyId: made.id });
      if (credit === 'Hill Gazette') await store.stories.update(made.id, { leadArticleId: a.id });
    }
    await store.close();
    const per = await runCli(['search', 'quarry'], '', env);
    assert.match(per.stdout, /^2 results\n/);
    const r = await runCli(['search', 'quarry', '--by-story'], '', env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^1 result\n/);
    assert.match(
      r.stdout,
      /Quarry workers freed\n {4}story \d+ \(credit: Hill Gazette; PK, labour; 2 articles, 2 matching\)/,
    );
  });
});
