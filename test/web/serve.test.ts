import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../../src/lib/paths.ts';
import { terminate } from '../helpers/cli.ts';

describe('lantern serve', () => {
  it('migrates and seeds a fresh data folder, serves the portal, stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-serve-'));
    const child = spawn(process.execPath, ['bin/lantern', 'serve', '--port', '0'], {
      cwd: ROOT,
      env: {
        ...process.env,
        LANTERN_DATA_DIR: dir,
        LANTERN_DATABASE_URL: '',
        LANTERN_PUBLIC_URL: '',
        LANTERN_PAGE_CACHE_MS: '5000',
      },
    });
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          const m = /at (http:\/\/\S+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
      });
      const home = await fetch(url);
      assert.equal(home.status, 200);
      assert.match(await home.text(), /Sample · fictional/);
      const lines = out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.ok(lines.some((l) => l.event === 'samples' && /loaded \d+ fictional sample stories/.test(l.msg)));
      const start = lines.find((l) => l.event === 'start');
      assert.equal(start.url, url);
      assert.equal(start.publicUrl, null);
      assert.equal(start.level, 'info');
      // Without LANTERN_PUBLIC_URL, absolute links carry the address and port the server really answers on.
      const origin = url.replace(/\/$/, '');
      const rss = await (await fetch(`${url}feeds/stories.rss`)).text();
      assert.ok(rss.includes(`<link>${origin}/stories/`), rss.slice(0, 400));
      const map = await (await fetch(`${url}sitemap.xml`)).text();
      assert.ok(map.includes(`<loc>${origin}/map</loc>`));
      const slug = /<loc>[^<]*\/stories\/([^<]+)<\/loc>/.exec(map)![1]!;
      const page = await (await fetch(`${url}stories/${slug}`)).text();
      assert.ok(page.includes(`<link rel="canonical" href="${origin}/stories/${slug}">`));
      const warning = lines.find((l) => l.event === 'config-warning');
      assert.equal(warning.level, 'warn');
      assert.match(
        warning.msg,
        /warning: LANTERN_PUBLIC_URL is not set and the portal listens on http:\/\/127\.0\.0\.1:\d+/,
      );
      const health = await fetch(`${url}healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok', store: 'sqlite' });
      assert.equal((await fetch(`${url}metrics`)).status, 404, 'metrics are off unless LANTERN_METRICS is set');
      const code = await terminate(child);
      assert.equal(code, 0, err);
    } finally {
      clearTimeout(kill);
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad port with exit 1', async () => {
    const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const c = spawn(process.execPath, ['bin/lantern', 'serve', '--port', 'http'], { cwd: ROOT });
      let err = '';
      c.stderr.on('data', (d) => {
        err += d;
      });
      c.on('exit', (code) => resolve({ code, err }));
    });
    assert.equal(r.code, 1);
    assert.match(r.err, /--port "http": expected 0\.\.65535/);
  });
});
