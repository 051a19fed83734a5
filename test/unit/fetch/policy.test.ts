import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HostLimiter } from '../../../src/fetch/hosts.ts';
import { isAllowed, parseRobots } from '../../../src/fetch/robots.ts';
import {
  backoffSeconds,
  MAX_BACKOFF_S,
  MIN_INTERVAL_S,
  nextIntervalSeconds,
  parseRetryAfter,
} from '../../../src/fetch/schedule.ts';

describe('robots.txt', () => {
  const text = `# comment
User-agent: *
Disallow: /private/
Allow: /private/press
Crawl-delay: 2

User-agent: BadBot
User-agent: LanternBot
Disallow: /no-lantern
Disallow: /*.pdf$
`;
  it('picks our group over *, longest match wins, allow wins ties', () => {
    const mine = parseRobots(text, 'LanternBot');
    assert.equal(isAllowed(mine, '/no-lantern/x'), false);
    assert.equal(isAllowed(mine, '/private/x'), true, 'the * group does not apply when ours exists');
    assert.equal(isAllowed(mine, '/report.pdf'), false);
    assert.equal(isAllowed(mine, '/report.pdf?x=1'), true);
    const other = parseRobots(text, 'OtherBot');
    assert.equal(isAllowed(other, '/private/x'), false);
    assert.equal(isAllowed(other, '/private/press/1'), true);
    assert.equal(other.crawlDelaySeconds, 2);
  });
});

describe('poll schedule', () => {
  it('follows Retry-After, Cache-Control, TTL, then the observed rate, within bounds', () => {
    assert.equal(nextIntervalSeconds({ retryAfterSeconds: 3600 }), 3600);
    assert.equal(nextIntervalSeconds({ cacheControl: 'public, max-age=1800' }), 1800);
    assert.equal(nextIntervalSeconds({ ttlMinutes: 120 }), 7200);
    assert.equal(nextIntervalSeconds({ cacheControl: 'max-age=5' }), MIN_INTERVAL_S);
    const hourly = Array.from({ length: 6 }, (_, i) => new Date(Date.UTC(2026, 2, 1, 12 - i)).toISOString());
    assert.equal(nextIntervalSeconds({ entryDates: hourly }), 1800);
    assert.equal(nextIntervalSeconds({}), 1800);
  });

  it('backs off exponentially up to a cap, never sooner than Retry-After', () => {
    const steps = [1, 2, 3, 4].map((n) => backoffSeconds(n));
    assert.deepEqual(steps, [300, 600, 1200, 2400]);
    assert.equal(backoffSeconds(50), MAX_BACKOFF_S);
    assert.equal(backoffSeconds(1, 7200), 7200);
  });

  it('parses Retry-After as seconds or a date', () => {
    assert.equal(parseRetryAfter('120'), 120);
    const now = Date.parse('2026-03-01T00:00:00Z');
    assert.equal(parseRetryAfter('Sun, 01 Mar 2026 00:10:00 GMT', now), 600);
    assert.equal(parseRetryAfter('soon'), null);
  });
});

describe('HostLimiter', () => {
  it('keeps at most N requests in flight per host, hosts independent', async () => {
    const limiter = new HostLimiter(2, 0);
    let active = 0;
    let peak = 0;
    const task = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
    };
    await Promise.all([1, 2, 3, 4, 5].map(() => limiter.run('a.example', task)));
    assert.equal(peak, 2);
  });

  it('spaces the starts of requests to one host (timers never fire early)', async () => {
    const limiter = new HostLimiter(1, 100);
    const starts: number[] = [];
    await Promise.all([1, 2, 3].map(() => limiter.run('b.example', async () => void starts.push(performance.now()))));
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    // The limiter spaces the moments it lets tasks start; a task's own clock reading can come a few ms after that on
    // a loaded machine (a 92 ms gap was seen in CI), so the margin is wide. A limiter that did not space would show ~0.
    assert.ok(gaps.every((g) => g >= 70) && starts[2]! - starts[0]! >= 170, `gaps ${gaps}`);
  });
});
