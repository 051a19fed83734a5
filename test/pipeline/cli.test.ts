import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { reply, startServer, type TestServer } from '../helpers/http-server.ts';
import { articlePage, incident, rss } from './world.ts';

describe('lantern sources / fetch', () => {
  let dir: string;
  let server: TestServer;
  let env: Record<string, string>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-monitor-'));
    server = await startServer();
    const page = articlePage(
      'Police free 9 workers in Iasi',
      incident({ city: 'Iasi', country: 'Romania', n: 9, suspect: 'Dorin Lupu', second: 'Ana Moraru', day: 'Monday' }),
    );
    server.route('/a/1', reply(200, page, { 'content-type': 'text/html' }));
    server.route(
      '/feed.xml',
      reply(200, rss('Feed', [{ title: 'Police free 9 workers in Iasi', link: `${server.origin}/a/1` }])),
    );
    server.route('/broken.xml', reply(500, 'no'));
    env = {
      LANTERN_DATA_DIR: dir,
      LANTERN_FETCH_ALLOW: '127.0.0.1',
      LANTERN_FETCH_HOST_DELAY_MS: '0',
      LANTERN_DATABASE_URL: '',
    };
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds sources with hints and rejects bad ones with a clear message', async () => {
    const ok = await runCli(
      [
        'sources',
        'add',
        `${server.origin}/feed.xml`,
        '--name',
        'Feed',
        '--credit',
        'The Feed',
        '--language',
        'en',
        '--country',
        'ro',
      ],
      '',
      env,
    );
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /added source #1 /);
    const again = await runCli(['sources', 'add', `${server.origin}/feed.xml`], '', env);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already a source \(#1\)/);
    const bad = await runCli(['sources', 'add', 'ftp://x.example/feed'], '', env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /only http\(s\) URLs/);
    const badCountry = await runCli(['sources', 'add', 'https://x.example/', '--country', 'Romania'], '', env);
    assert.equal(badCountry.code, 1);
    assert.match(badCountry.stderr, /ISO 3166-1/);
    assert.equal((await runCli(['sources', 'add', `${server.origin}/broken.xml`], '', env)).code, 0);
  });

  it('imports and exports OPML', async () => {
    const imp = await runCli(['sources', 'import', 'test/fixtures/feeds/sources.opml'], '', env);
    assert.equal(imp.code, 0, imp.stderr);
    assert.match(imp.stdout, /imported 3 sources/);
    const out = join(dir, 'out.opml');
    assert.equal((await runCli(['sources', 'export', out], '', env)).code, 0);
    const opml = readFileSync(out, 'utf8');
    assert.match(opml, /creditName="Coast Herald"/);
    assert.match(opml, /country="RO"/);
    // Remove the imported example.* sources again so the pass below only reaches our server.
    for (const id of [3, 4, 5]) assert.equal((await runCli(['sources', 'remove', String(id)], '', env)).code, 0);
    const missing = await runCli(['sources', 'remove', '99'], '', env);
    assert.equal(missing.code, 1);
  });

  it('runs one pass with a JSON summary, and lists the broken source', async () => {
    const r = await runCli(['fetch', '--once', '--json'], '', env);
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.equal(s.sources, 2);
    assert.equal(s.failed, 1);
    assert.equal(s.added, 1);
    const again = await runCli(['fetch', '--once', '--all', '--json'], '', env);
    assert.equal(JSON.parse(again.stdout).added, 0);
    const broken = await runCli(['sources', 'list', '--broken'], '', env);
    assert.match(
      broken.stdout,
      /^ID +KIND +STATE +ERRORS +LAST FETCH \(UTC\) +NEXT ATTEMPT \(UTC\) +LANG +CC +NAME +URL\n/,
    );
    assert.match(broken.stdout, /\n2 +auto +back-off +2 .*broken\.xml/);
    assert.match(broken.stdout, /last error: .*HTTP 500/);
    assert.doesNotMatch(broken.stdout, /feed\.xml/);
    const list = JSON.parse((await runCli(['sources', 'list', '--json'], '', env)).stdout);
    assert.equal(list[0].kind, 'rss');
    assert.equal(list[0].creditName, 'The Feed');
  });

  it('says which sources a pass skipped and why, instead of skipping them silently', async () => {
    const r = await runCli(['fetch', '--once'], '', env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^0 sources in /);
    assert.match(r.stdout, /skipped 2 sources:/);
    assert.match(
      r.stdout,
      /#2 \S+broken\.xml: in back-off until \d{4}-\d\d-\d\d \d\d:\d\d UTC \(last error: .*HTTP 500\)/,
    );
    assert.match(r.stdout, /1 not due yet \(the next at \d{4}-/);
    assert.equal(r.stderr, '', 'no progress bar when standard output is not a terminal');
    const json = JSON.parse((await runCli(['fetch', '--once', '--json'], '', env)).stdout);
    assert.deepEqual(
      json.skippedSources.map((x: { sourceId: number; reason: string }) => [x.sourceId, x.reason]),
      [
        [2, 'backoff'],
        [1, 'not-due'],
      ],
    );
  });

  it('needs --once', async () => {
    const r = await runCli(['fetch'], '', env);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--once is required/);
  });
});
