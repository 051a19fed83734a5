// The logger: levels from LANTERN_LOG_LEVEL, JSON lines, and addresses made safe to log.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLog, safeForLog } from '../../../src/ops/log.ts';

function sink() {
  const lines: string[] = [];
  return { lines, out: { write: (l: string) => lines.push(l) } };
}

describe('log', () => {
  it('writes one JSON object a line at or above its level, nothing when silent', () => {
    const s = sink();
    const log = createLog('warn', s.out, 'serve');
    log.info('not shown');
    log.warn({ event: 'x', sourceId: 3 }, 'shown');
    assert.equal(s.lines.length, 1);
    const line = JSON.parse(s.lines[0]!);
    assert.deepEqual(
      [line.level, line.command, line.name, line.event, line.msg],
      ['warn', 'serve', 'lantern', 'x', 'shown'],
    );
    assert.match(line.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(s.lines[0]!.endsWith('\n'));
    const quiet = sink();
    createLog('silent', quiet.out, 'worker').fatal('nothing');
    assert.deepEqual(quiet.lines, []);
  });

  it('refuses an unknown level, naming the variable', () => {
    assert.throws(() => createLog('verbose', sink().out, 'serve'), /LANTERN_LOG_LEVEL="verbose": expected one of/);
  });

  it('cuts user names, passwords and query strings out of addresses', () => {
    assert.equal(
      safeForLog('https://bob:hunter2@feeds.example/rss?key=abc&x=1: HTTP 500'),
      'https://feeds.example/rss?…: HTTP 500',
    );
    assert.equal(safeForLog('http://news.example/a/1 timed out'), 'http://news.example/a/1 timed out');
    assert.equal(safeForLog('x'.repeat(900)).length, 500);
  });
});
