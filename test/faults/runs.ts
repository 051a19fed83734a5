// Shared by the fault tests: one `lantern fetch --once` child against the outlets, and the invariants checked after.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { canonicalUrl } from '../../src/dedup/canonical.ts';
import { ROOT } from '../../src/lib/paths.ts';
import type { Store } from '../../src/store/store.ts';
import type { Outlets } from './outlets.ts';

/** How one pass ended. */
export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one pass (`--all` unless `claim`); SIGKILLs it when the outlets have served page number `killAt`, and calls
 * `onPage` with the running count (a test injects its fault there).
 */
export function fetchOnce(
  env: NodeJS.ProcessEnv,
  o: Pick<Outlets, 'feeds' | 'onPage'>,
  opts: { killAt?: number; claim?: boolean; onPage?: (n: number) => void } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const args = ['bin/lantern', 'fetch', '--once', '--json', ...(opts.claim ? [] : ['--all'])];
    const child: ChildProcess = spawn(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        LANTERN_FETCH_ALLOW: o.feeds.map((f) => new URL(f).hostname).join(','),
        LANTERN_FETCH_HOST_DELAY_MS: '0',
        LANTERN_FETCH_ROBOTS: 'false',
        LANTERN_ANALYSIS_THREADS: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => {
      stdout += d;
    });
    child.stderr!.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    o.onPage = (n) => {
      opts.onPage?.(n);
      if (n >= (opts.killAt ?? Number.POSITIVE_INFINITY)) child.kill('SIGKILL');
    };
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      o.onPage = () => {};
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Every page stored once, every relevant article in a story with its syndicated copy, story counts exact. */
export async function checkInvariants(store: Store, o: Outlets): Promise<void> {
  assert.equal(
    await store.articles.count(),
    o.incidents.length * 2 + o.others.length,
    'every page stored exactly once',
  );
  const storyOf = new Map<number, number>();
  for (const pair of o.incidents) {
    const [a, b] = await Promise.all(pair.map((u) => store.articles.byUrl(canonicalUrl(u)!)));
    assert.ok(a?.storyId && b?.storyId, `${pair[0]}: both reports stored in a story`);
    assert.equal(a.storyId, b.storyId, `${pair[0]}: the copy shares its original's story`);
    storyOf.set(a.storyId, (storyOf.get(a.storyId) ?? 0) + 2);
  }
  for (const [id, n] of storyOf) {
    const story = await store.stories.get(id);
    const members = await store.articles.ofStory(id);
    assert.equal(members.length, n, `story ${id}: ${members.length} articles`);
    assert.equal(story?.articleCount, members.length, `story ${id}: articleCount matches its articles`);
  }
  for (const u of o.others) assert.equal((await store.articles.byUrl(canonicalUrl(u)!))?.storyId, null);
}
