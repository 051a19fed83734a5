// Fault suite: the disk fills up under a SQLite store mid-pass (simulated: SQLite's max_page_count makes it answer
// SQLITE_FULL, "database or disk is full", exactly as on a full disk). Each entry that cannot be written fails on its
// own, on its source's row, with no half-written article; once space is back, later passes store the rest by
// themselves: every page once, copies with their originals.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type Database from 'better-sqlite3';
import { runPass } from '../../src/jobs/run-once.ts';
import type { PipelineContext } from '../../src/pipeline/context.ts';
import { pipelineContext } from '../../src/pipeline/context.ts';
import { openSqliteStore } from '../../src/store/open.ts';
import type { SqlStore } from '../../src/store/sql/sql-store.ts';
import { sharedAnalyzer, testConfig } from '../pipeline/world.ts';
import { type Outlets, startOutlets } from './outlets.ts';
import { checkInvariants } from './runs.ts';

const MAX_PASSES = 40;
/** Pages the store may grow by before the disk is full: room for a few articles, not all. */
const ROOM_PAGES = 12;

describe('faults: disk full under SQLite', () => {
  let dir: string;
  let store: SqlStore;
  let outlets: Outlets;
  let ctx: PipelineContext;
  let clock = Date.parse('2026-03-29T00:00:00.000Z');
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-faults-full-'));
    store = await openSqliteStore(join(dir, 'lantern.db'));
    outlets = await startOutlets(2, 8, 4);
    const allow = outlets.feeds.map((f) => new URL(f).hostname).join(',');
    ctx = pipelineContext(store, testConfig({ LANTERN_FETCH_ALLOW: allow }), await sharedAnalyzer());
    ctx.now = () => new Date(clock);
    await store.sources.addMany(outlets.feeds.map((url) => ({ url, nextFetchAt: '2000-01-01T00:00:00.000Z' })));
  });
  after(async () => {
    await ctx?.cpu.close();
    await outlets?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails entry by entry on the source rows, then stores the rest once space is back', async () => {
    const db = (store.db as unknown as { raw: Database.Database }).raw;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages + ROOM_PAGES}`);
    const first = await runPass(ctx);
    assert.equal(first.sources, 2);
    const stored = await store.articles.count();
    assert.ok(first.entryErrors > 0, `some entries could not be written (${stored} stored first)`);
    for (const s of await store.sources.list())
      if (s.lastError) assert.match(s.lastError, /entries failed; first: .*database or disk is full/, s.url);
    assert.ok(
      (await store.sources.list()).some((s) => s.lastError),
      'the failure is on a source row',
    );
    console.log(`disk full: ${stored} articles stored, ${first.entryErrors} entries failed on their sources`);

    db.pragma('max_page_count = 1073741823');
    let passes = 1;
    while (
      passes < MAX_PASSES &&
      (await store.articles.count()) < outlets.incidents.length * 2 + outlets.others.length
    ) {
      clock = Math.min(...(await store.sources.list()).map((s) => Date.parse(s.nextFetchAt))) + 1000;
      await runPass(ctx);
      passes++;
    }
    console.log(`space back: recovered after ${passes} passes`);
    await checkInvariants(store, outlets);
    for (const s of await store.sources.list()) assert.equal(s.lastError, null, `${s.url}: healthy again`);
  });
});
