// `lantern fetch` draws a progress bar on a terminal and nothing when its output is piped.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { reply, startServer, type TestServer } from '../helpers/http-server.ts';
import { articlePage, incident, rss } from './world.ts';

function capture(isTTY: boolean, env: NodeJS.ProcessEnv) {
  const out = { stdout: '', stderr: '' };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => {
    out.stdout += d;
  });
  stderr.on('data', (d) => {
    out.stderr += d;
  });
  return { io: { stdin: new PassThrough(), stdout, stderr, env, isTTY }, out };
}

describe('fetch progress', () => {
  let dir: string;
  let server: TestServer;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-progress-'));
    server = await startServer();
    const text = incident({
      city: 'Iasi',
      country: 'Romania',
      n: 9,
      suspect: 'Dorin Lupu',
      second: 'Ana Moraru',
      day: 'Monday',
    });
    server.route(
      '/a/1',
      reply(200, articlePage('Police free 9 workers in Iasi', text), { 'content-type': 'text/html' }),
    );
    server.route(
      '/feed.xml',
      reply(200, rss('Feed', [{ title: 'Police free 9 workers', link: `${server.origin}/a/1` }])),
    );
    env = {
      LANTERN_DATA_DIR: dir,
      LANTERN_DATABASE_URL: '',
      LANTERN_FETCH_ALLOW: '127.0.0.1',
      LANTERN_FETCH_HOST_DELAY_MS: '0',
      LANTERN_ANALYSIS_THREADS: '0',
    };
    const add = capture(false, env);
    assert.equal(await main(['sources', 'add', `${server.origin}/feed.xml`], add.io), 0, add.out.stderr);
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a progress bar on a terminal', async () => {
    const { io, out } = capture(true, env);
    assert.equal(await main(['fetch', '--once', '--all'], io), 0, out.stderr);
    assert.match(out.stderr, /\r\[#{30}\] 1\/1 sources, 1 new articles\n$/);
    assert.match(out.stdout, /^1 sources in /);
  });

  it('writes no progress when the output is not a terminal, nor with --json', async () => {
    const piped = capture(false, env);
    assert.equal(await main(['fetch', '--once', '--all'], piped.io), 0);
    assert.equal(piped.out.stderr, '');
    const json = capture(true, env);
    assert.equal(await main(['fetch', '--once', '--all', '--json'], json.io), 0);
    assert.equal(json.out.stderr, '');
    assert.equal(JSON.parse(json.out.stdout).sources, 1);
  });
});
