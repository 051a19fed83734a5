// `lantern worker` logs JSON lines (pino): startup, each poll, each failure, each publish, each pass, shutdown —
// with no article titles or text, and no passwords or query strings from source addresses.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../../src/lib/paths.ts';
import { runCli, terminate } from '../helpers/cli.ts';
import { reply, startServer, type TestServer } from '../helpers/http-server.ts';
import { articlePage, incident, rss } from './world.ts';

describe('lantern worker logs', () => {
  let dir: string;
  let server: TestServer;
  let env: Record<string, string>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-worker-log-'));
    server = await startServer();
    const text = incident({
      city: 'Dakar',
      country: 'Senegal',
      n: 7,
      suspect: 'Moussa Ndiaye',
      second: 'Awa Diop',
      day: 'Sunday',
    });
    server.route('/p', reply(200, articlePage('Raid in Dakar frees seven', text), { 'content-type': 'text/html' }));
    server.route('/f.xml', reply(200, rss('F', [{ title: 'Raid in Dakar frees seven', link: `${server.origin}/p` }])));
    server.route('/gone.xml', reply(503, 'down'));
    env = {
      LANTERN_DATA_DIR: dir,
      LANTERN_DATABASE_URL: '',
      LANTERN_FETCH_ALLOW: '127.0.0.1',
      LANTERN_FETCH_HOST_DELAY_MS: '0',
      LANTERN_ANALYSIS_THREADS: '0',
      LANTERN_AUTO_PUBLISH: 'true',
      LANTERN_AUTO_PUBLISH_SCORE: '0',
      LANTERN_SCHEDULER_TICK_SECONDS: '3600',
    };
    for (const url of [`${server.origin}/f.xml`, `${server.origin}/gone.xml?key=feed-secret`])
      assert.equal((await runCli(['sources', 'add', url], '', env)).code, 0);
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one JSON object a line for the start, each poll, failure, publish and pass', async () => {
    const child = spawn(process.execPath, ['bin/lantern', 'worker'], { cwd: ROOT, env: { ...process.env, ...env } });
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          if (/"event":"pass"/.test(out)) resolve();
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
      });
      const code = await terminate(child);
      assert.equal(code, 0, err);
    } finally {
      clearTimeout(kill);
      child.kill('SIGKILL');
    }
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const by = (event: string) => lines.filter((l) => l.event === event);
    assert.equal(by('start')[0].command, 'worker');
    const poll = by('poll')[0];
    assert.equal(poll.level, 'info');
    assert.deepEqual([poll.sourceId, poll.status, poll.added], [1, 'ok', 1]);
    const failed = by('poll-failed')[0];
    assert.deepEqual([failed.level, failed.sourceId, failed.code], ['warn', 2, 'http']);
    assert.match(failed.nextAttempt, /^\d{4}-\d\d-\d\dT/);
    assert.equal(by('publish').length, 1);
    assert.equal(by('pass')[0].added, 1);
    assert.deepEqual(
      by('shutdown').map((l) => l.signal),
      ['SIGTERM'],
    );
    assert.ok(lines.every((l) => typeof l.time === 'string' && l.name === 'lantern'));
    assert.doesNotMatch(out, /Dakar|Ndiaye|Awa Diop/, 'no article title or text in the logs');
    assert.doesNotMatch(out, /feed-secret/, 'no query strings from source addresses');
    assert.equal(err, '');
  });

  it('serves /healthz and /metrics on LANTERN_WORKER_PORT, with the pass it ran counted', async () => {
    const port = await freePort();
    const own = {
      ...env,
      LANTERN_DATA_DIR: join(dir, 'ops'),
      LANTERN_WORKER_PORT: String(port),
      LANTERN_METRICS: 'true',
    };
    assert.equal((await runCli(['sources', 'add', `${server.origin}/f.xml`], '', own)).code, 0);
    const child = spawn(process.execPath, ['bin/lantern', 'worker'], { cwd: ROOT, env: { ...process.env, ...own } });
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    let out = '';
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          if (/"event":"pass"/.test(out)) resolve();
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const start = JSON.parse(out.split('\n')[0]!);
      assert.equal(start.ops, `http://127.0.0.1:${port}/`);
      assert.equal(start.metrics, 'loopback');
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(health.status, 200);
      assert.equal((await health.json()).status, 'ok');
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      assert.match(metrics, /^lantern_source_polls_total\{outcome="ok"\} 1$/m);
      assert.match(metrics, /^lantern_scheduler_passes_total\{result="ok"\} 1$/m);
      assert.equal((await fetch(`http://127.0.0.1:${port}/`)).status, 404, "nothing but the operators' routes");
      const forwarded = await fetch(`http://127.0.0.1:${port}/metrics`, {
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      assert.equal(forwarded.status, 404, 'a proxied scrape without the token is refused');
      const code = await terminate(child);
      assert.equal(code, 0);
    } finally {
      clearTimeout(kill);
      child.kill('SIGKILL');
    }
  });

  it('refuses an unknown log level with exit 1', async () => {
    const r = await runCli(['worker'], '', { ...env, LANTERN_LOG_LEVEL: 'loud' });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /LANTERN_LOG_LEVEL="loud": expected one of fatal, error, warn, info/);
  });
});

/** A port nothing listens on now (the OS picks it; closed again before use). */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as { port: number };
  await new Promise((resolve) => srv.close(resolve));
  return port;
}
