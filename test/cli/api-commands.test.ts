// `lantern keys` and `lantern export` as a user runs them: a key printed once and stored hashed, listed, revoked;
// an export written through FILE.partial, filtered, and bad filters refused.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/open.ts';
import { SECRET_NAME, seedApi } from '../api/fixtures.ts';
import { runCli } from '../helpers/cli.ts';

describe('lantern keys and export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-api-cli-'));
  const env = { LANTERN_DATA_DIR: join(dir, 'data'), LANTERN_DATABASE_URL: '' };
  before(async () => {
    const store = await openStore({ dataDir: env.LANTERN_DATA_DIR, databaseUrl: '' });
    await store.meta.migrate();
    await seedApi(store);
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a key (printed once, only its hash stored), lists and revokes it', async () => {
    const add = await runCli(['keys', 'add', '--name', 'Research desk', '--rate', '120'], '', env);
    assert.equal(add.code, 0, add.stderr);
    const key = add.stdout.trim();
    assert.match(key, /^lk_[A-Za-z0-9_-]{32}$/);
    const db = readFileSync(join(env.LANTERN_DATA_DIR, 'lantern.db'));
    assert.ok(!db.includes(key), 'the key itself is not in the database');
    assert.ok(db.includes(createHash('sha256').update(key).digest('hex')), 'its SHA-256 is');
    const list = await runCli(['keys', 'list', '--json'], '', env);
    const [k] = JSON.parse(list.stdout);
    assert.equal(k.name, 'Research desk');
    assert.equal(k.ratePerMin, 120);
    assert.ok(!list.stdout.includes(key));
    assert.equal((await runCli(['keys', 'revoke', String(k.id)], '', env)).code, 0);
    assert.match((await runCli(['keys', 'list'], '', env)).stdout, /revoked/);
    assert.equal((await runCli(['keys', 'revoke', String(k.id)], '', env)).code, 1);
    assert.equal((await runCli(['keys', 'add'], '', env)).code, 1);
    assert.equal((await runCli(['keys', 'add', '--name', 'x', '--rate', 'lots'], '', env)).code, 1);
  });

  it('exports through FILE.partial to FILE, filtered, with no withheld name', async () => {
    const out = join(dir, 'stories.csv');
    const r = await runCli(['export', '--format', 'csv', '--bom', '--country', 'NG', '--out', out], '', env);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(out));
    assert.ok(!existsSync(`${out}.partial`));
    const text = readFileSync(out, 'utf8');
    assert.ok(text.startsWith('\ufeff'));
    assert.equal(text.trim().split('\r\n').length, 2);
    assert.ok(!text.includes(SECRET_NAME));
    const geo = await runCli(['export', '--format', 'geojson'], '', env);
    assert.equal(JSON.parse(geo.stdout).type, 'FeatureCollection');
    const bad = await runCli(['export', '--format', 'csv', '--minors', 'perhaps'], '', env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /minors/);
    assert.equal((await runCli(['export', '--format', 'xlsx'], '', env)).code, 1);
  });
});
