// The process runtime: desk actions and scheduler passes reach the log and the metrics.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PassSummary } from '../../../src/jobs/run-once.ts';
import { opsRuntime } from '../../../src/ops/runtime.ts';

function runtime(withMetrics: boolean) {
  const lines: string[] = [];
  const ops = opsRuntime(
    { logLevel: 'info' },
    { write: (l: string) => lines.push(l) },
    'serve',
    { sources: { due: async () => [] } },
    withMetrics,
  );
  return { ops, logged: () => lines.map((l) => JSON.parse(l)) };
}

describe('ops runtime', () => {
  it('logs a desk publish as a publish event and counts every desk action', async () => {
    const { ops, logged } = runtime(true);
    ops.desk({ action: 'publish', storyId: 4, userId: 2 });
    ops.desk({ action: 'reject', storyId: 5, userId: 2 });
    const [pub, rej] = logged();
    assert.deepEqual([pub.event, pub.by, pub.storyId, pub.userId], ['publish', 'desk', 4, 2]);
    assert.equal(rej.event, 'desk-action');
    const text = await ops.metrics!.registry.metrics();
    assert.match(text, /lantern_desk_actions_total\{action="publish"\} 1/);
    assert.match(text, /lantern_desk_actions_total\{action="reject"\} 1/);
  });

  it('logs each pass with its counts and counts failed passes, without metrics when they are off', async () => {
    const { ops, logged } = runtime(false);
    assert.equal(ops.metrics, null);
    ops.scheduler.onPass?.({ sources: 2, added: 1, copiesFolded: 3, failed: 0, durationMs: 40 } as PassSummary);
    ops.scheduler.onError?.('scheduler: database is locked at postgres://lantern:pw@db/x');
    const [pass, failed] = logged();
    assert.deepEqual([pass.event, pass.copiesFolded, pass.level], ['pass', 3, 'info']);
    assert.deepEqual([failed.event, failed.level], ['pass-failed', 'error']);
    assert.doesNotMatch(JSON.stringify(failed), /pw@/, 'no password from a URL in an error');
  });
});
