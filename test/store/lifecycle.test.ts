// Opening, migrating and refusing: a database from a newer Lantern is refused, by the API and the CLI.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LanternError } from '../../src/lib/errors.ts';
import { SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { openSqliteStore, openStore } from '../../src/store/open.ts';
import { runCli } from '../helpers/cli.ts';
import { article } from './fixtures.ts';

describe('store lifecycle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-life-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('opens SQLite at <dataDir>/lantern.db, keeps data across reopen', async () => {
    const s1 = await openStore({ dataDir: join(dir, 'd1'), databaseUrl: '' });
    assert.equal(s1.dialect, 'sqlite');
    await s1.articles.add(article({ canonicalUrl: 'https://keep.example/1' }));
    await s1.close();
    const s2 = await openSqliteStore(join(dir, 'd1', 'lantern.db'));
    assert.ok(await s2.articles.byUrl('https://keep.example/1'));
    await s2.close();
  });

  it('refuses a database written by a newer Lantern', async () => {
    const file = join(dir, 'newer.db');
    const s = await openSqliteStore(file);
    await s.meta.set('schema_version', String(SCHEMA_VERSION + 1));
    await s.close();
    await assert.rejects(openSqliteStore(file), (err: unknown) => {
      assert.ok(err instanceof LanternError);
      assert.equal(err.kind, 'usage');
      assert.match(err.message, /schema version \d+, but this Lantern only knows up to \d+: upgrade Lantern/);
      return true;
    });
    const r = await runCli(['migrate'], '', { LANTERN_DATA_DIR: dir, LANTERN_DATABASE_URL: '' });
    assert.equal(r.code, 0, r.stderr);
    const s3 = await openSqliteStore(join(dir, 'lantern.db'));
    await s3.meta.set('schema_version', '999');
    await s3.close();
    const bad = await runCli(['migrate'], '', { LANTERN_DATA_DIR: dir, LANTERN_DATABASE_URL: '' });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /upgrade Lantern/);
  });

  it('says clearly when PostgreSQL cannot be reached', async () => {
    await assert.rejects(
      openStore({ dataDir: dir, databaseUrl: 'postgres://nobody@127.0.0.1:1/none' }),
      /cannot use the PostgreSQL database/,
    );
  });
});
