// Crash safety: kill -9 a process in the middle of bulk writes; every batch it reported committed is there,
// and the database (and its search index) is intact.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT } from '../../src/lib/paths.ts';
import { openMemoryStore, openSqliteStore } from '../../src/store/open.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import type { SqlStore } from '../../src/store/sql/sql-store.ts';
import type { SqliteDb } from '../../src/store/sqlite/sqlite-db.ts';
import { runCli } from '../helpers/cli.ts';
import { createTestSchema, PG_SKIP, PG_URL } from '../helpers/pg.ts';

/** Runs the writer until it has committed `batches` batches (and `until` settled), then SIGKILLs it; returns the committed ones. */
function writeThenKill(
  args: string[],
  batches: number,
  until: Promise<unknown> = Promise.resolve(),
  onCommit: (count: number) => void = () => {},
): Promise<number[]> {
  let settled = false;
  until
    .finally(() => {
      settled = true;
    })
    .catch(() => {});
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test/store/fixtures/crash-writer.ts'), ...args],
      { cwd: ROOT },
    );
    const committed: number[] = [];
    let buf = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (d) => {
      buf += d;
      for (const m of buf.matchAll(/committed (\d+)\n/g))
        if (!committed.includes(Number(m[1]))) {
          committed.push(Number(m[1]));
          onCommit(committed.length);
        }
      // Kill it a few milliseconds into the next batch, mid-transaction.
      if (committed.length >= batches && settled) setTimeout(() => child.kill('SIGKILL'), 5);
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited ${code}: ${err}`));
      else resolve(committed);
    });
  });
}

async function checkBatches(store: SqlStore, committed: number[]): Promise<void> {
  assert.ok(committed.length >= 3, `writer committed ${committed.length} batches`);
  for (const b of committed) {
    const row = await store.db.get<{ n: unknown }>('SELECT count(*) AS n FROM articles WHERE canonical_url LIKE ?', [
      `https://crash.example/${b}/%`,
    ]);
    assert.equal(Number(row?.n), 200, `batch ${b}`);
  }
  const total = await store.articles.count();
  assert.equal(total % 200, 0, 'no partial batch');
  const last = Math.max(...committed);
  const r = await store.search.run({ q: `crashword batch${last}` });
  assert.equal(r.total, 200);
}

describe('crash safety', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-crash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: kill -9 during bulk writes loses no committed batch and corrupts nothing', async () => {
    const file = join(dir, 'crash.db');
    const committed = await writeThenKill(['sqlite', file], 5);
    const store = await openSqliteStore(file);
    try {
      const raw = (store.db as SqliteDb).raw;
      assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
      raw.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')");
      await checkBatches(store, committed);
    } finally {
      await store.close();
    }
  });

  it('SQLite: a backup taken while another process writes holds whole batches only', async () => {
    const data = join(dir, 'live');
    mkdirSync(data);
    const file = join(dir, 'live.jsonl.gz');
    let startBackup!: () => void;
    const started = new Promise<void>((r) => {
      startBackup = r;
    });
    const backup = started.then(() =>
      runCli(['backup', file], '', { LANTERN_DATA_DIR: data, LANTERN_DATABASE_URL: '' }),
    );
    // The writer keeps committing batches until the backup is done, then is killed; the backup starts once the
    // writer has committed twice (an event, not a guess at how long that takes on a busy machine).
    const writer = writeThenKill(['sqlite', join(data, 'lantern.db')], 3, backup, (n) => n === 2 && startBackup());
    const b = await backup;
    const committed = await writer;
    assert.equal(b.code, 0, b.stderr);
    const store = await openMemoryStore();
    try {
      await store.meta.restore(file);
      const n = await store.articles.count();
      assert.ok(n > 0 && n % 200 === 0, `${n} articles in the backup`);
      assert.ok(n < committed.length * 200, 'the writer went on committing after the snapshot');
    } finally {
      await store.close();
    }
  });

  it('PostgreSQL: kill -9 of a writing client loses no committed batch', { skip: PG_SKIP }, async () => {
    const { schema, drop } = await createTestSchema();
    try {
      const committed = await writeThenKill(['postgres', PG_URL!, schema], 3);
      const store = await openPostgresStore(PG_URL!, { schema });
      try {
        await checkBatches(store, committed);
      } finally {
        await store.close();
      }
    } finally {
      await drop();
    }
  });
});
