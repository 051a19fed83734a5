// kill -9 between match and send: nothing is lost and nothing is sent twice; kill -9 between send and mark: the
// one repeat carries the same idempotency key, so a receiver that keeps keys sees each story once.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAlert } from '../../src/alerts/create.ts';
import { LEASE_MS } from '../../src/alerts/run.ts';
import { ROOT } from '../../src/lib/paths.ts';
import { openSqliteStore } from '../../src/store/open.ts';
import { storyOf } from '../store/conformance.ts';
import { article } from '../store/fixtures.ts';

const CHILD = join(ROOT, 'test/alerts/fixtures/crash-child.ts');

/** Runs the child; kills it with SIGKILL when `killWhen` says so; resolves with its output and how it ended. */
function child(args: string[], killWhen: (out: string) => boolean = () => false) {
  return new Promise<{ out: string; killed: boolean }>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), 60_000);
    const check = () => {
      if (killWhen(out)) p.kill('SIGKILL');
    };
    p.stdout.on('data', (d) => {
      out += d;
      check();
    });
    p.stderr.on('data', (d) => {
      err += d;
    });
    p.on('error', reject);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child exited ${code}: ${err}`));
      else resolve({ out, killed: signal === 'SIGKILL' });
    });
    receiver.onHook = check;
  });
}

// The receiver keeps every idempotency key it saw; `hang` leaves requests unanswered (the sender is killed meanwhile).
const receiver = {
  keys: [] as string[],
  hang: false,
  onHook: () => {},
};

describe('alerts survive kill -9', () => {
  let dir: string;
  let server: http.Server;
  let url: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-alerts-crash-'));
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        receiver.keys.push(String(req.headers['idempotency-key']));
        receiver.onHook();
        if (!receiver.hang) res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  after(() => {
    server?.closeAllConnections();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function publish(file: string, slugs: string[]): Promise<void> {
    const store = await openSqliteStore(file);
    for (const slug of slugs) {
      const s = await store.stories.add({ ...storyOf(slug), title: `Workers freed (${slug})`, published: true });
      await store.articles.add({
        ...article({ title: `Farm workers freed ${slug}`, status: 'published' }),
        storyId: s.id,
      });
    }
    await store.close();
  }

  it('kill -9 after matching, before sending: each story is delivered exactly once after restart', async () => {
    const file = join(dir, 'a.db');
    const store = await openSqliteStore(file);
    await createAlert(
      store.alerts,
      { kind: 'cli', id: null },
      { query: 'workers freed', webhook: url },
      { allowPrivateWebhooks: true },
    );
    await store.close();
    await publish(file, ['crash-one', 'crash-two', 'crash-three']);
    const first = await child(['match', file], (out) => /matched \d+\n/.test(out));
    assert.ok(first.killed);
    assert.match(first.out, /matched 3/);
    assert.equal(receiver.keys.length, 0, 'killed before any send');
    const second = await child(['send', file]);
    assert.match(second.out, /sent 3/);
    const third = await child(['send', file]);
    assert.match(third.out, /sent 0/);
    assert.equal(receiver.keys.length, 3);
    assert.equal(new Set(receiver.keys).size, 3, 'each story exactly once');
  });

  it('kill -9 after sending, before marking: the one repeat has the same idempotency key', async () => {
    const file = join(dir, 'b.db');
    const store = await openSqliteStore(file);
    await createAlert(
      store.alerts,
      { kind: 'cli', id: null },
      { query: 'workers freed', webhook: url },
      { allowPrivateWebhooks: true },
    );
    await store.close();
    await publish(file, ['crash-four']);
    receiver.keys = [];
    await child(['match', file], (out) => /matched \d+\n/.test(out));
    receiver.hang = true;
    const killed = await child(['send', file], () => receiver.keys.length > 0);
    assert.ok(killed.killed);
    receiver.hang = false;
    // Within the lease nobody takes the claimed send; after it the next worker sends it again.
    assert.match((await child(['send', file])).out, /sent 0/);
    assert.match((await child(['send', file, String(LEASE_MS + 1000)])).out, /sent 1/);
    assert.equal(receiver.keys.length, 2);
    assert.equal(new Set(receiver.keys).size, 1, 'a receiver that keeps keys sees the story once');
    assert.match((await child(['send', file, String(LEASE_MS + 1000)])).out, /sent 0/);
  });
});
