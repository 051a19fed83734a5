// The fetch summary names each counter for what it counts, and lists skipped sources with why.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passText, progressLine } from '../../../src/cli/pass-text.ts';
import { sourcesTable } from '../../../src/cli/sources-table.ts';
import type { PassSummary } from '../../../src/jobs/run-once.ts';
import { skippedSources } from '../../../src/jobs/skipped.ts';
import type { Source } from '../../../src/model/records.ts';
import type { PollReport } from '../../../src/pipeline/poll.ts';

const NOW = '2026-03-01T12:00:00.000Z';

function source(id: number, patch: Partial<Source> = {}): Source {
  return {
    id,
    url: `https://news${id}.example/feed.xml`,
    kind: 'rss',
    name: `News ${id}`,
    creditName: null,
    language: 'en',
    country: 'NG',
    enabled: true,
    etag: null,
    lastModified: null,
    lastFetchedAt: null,
    nextFetchAt: '2026-03-01T12:30:00.000Z',
    errorCount: 0,
    lastError: null,
    lastErrorAt: null,
    createdAt: NOW,
    ...patch,
  };
}

function report(id: number, patch: Partial<PollReport> = {}): PollReport {
  return {
    sourceId: id,
    url: `https://news${id}.example/feed.xml`,
    status: 'ok',
    entries: 0,
    added: 0,
    duplicates: 0,
    known: 0,
    skipped: 0,
    failed: 0,
    backlog: 0,
    retrying: 0,
    newStories: 0,
    joinedStories: 0,
    copiesFolded: 0,
    published: 0,
    error: null,
    errorCode: null,
    nextFetchAt: NOW,
    ...patch,
  };
}

describe('skipped sources', () => {
  it('tells disabled, back-off, robots and not-due apart, the telling ones first', () => {
    const all = [
      source(1, { nextFetchAt: '2026-03-01T11:00:00.000Z' }),
      source(2, { enabled: false, lastError: 'HTTP 410 (gone: source disabled)' }),
      source(3, { errorCount: 3, nextFetchAt: '2026-03-01T14:00:00.000Z', lastError: 'HTTP 503' }),
      source(4),
      source(5),
    ];
    const reports = [report(1), report(5, { status: 'error', errorCode: 'robots', error: 'robots.txt disallows /' })];
    const got = skippedSources(all, reports, NOW).map((x) => [x.sourceId, x.reason, x.until]);
    assert.deepEqual(got, [
      [5, 'robots', NOW],
      [3, 'backoff', '2026-03-01T14:00:00.000Z'],
      [2, 'disabled', null],
      [4, 'not-due', '2026-03-01T12:30:00.000Z'],
    ]);
  });
});

describe('pass text', () => {
  const summary = (patch: Partial<PassSummary>): PassSummary => ({
    sources: 3,
    ok: 2,
    notModified: 0,
    failed: 1,
    entries: 12,
    added: 5,
    duplicates: 2,
    newStories: 2,
    joinedStories: 2,
    copiesFolded: 3,
    published: 1,
    robots: 1,
    known: 4,
    skipped: 1,
    entryErrors: 0,
    backlog: 0,
    durationMs: 1500,
    reports: [],
    ...patch,
  });

  it('names each counter for what it counts', () => {
    const text = passText(summary({}), []);
    assert.match(text, /^3 sources in 1\.5 s: 2 fetched, 0 not modified, 1 failed \(1 refused by robots\.txt\)\n/);
    assert.match(text, /5 new articles \(2 started a story, 2 joined a story, 1 not about trafficking: no story\)/);
    assert.match(text, /3 copies folded into their originals' stories, 4 already stored, 1 entries without an article/);
    assert.doesNotMatch(passText(summary({ copiesFolded: 0 }), []), /\b3 copies/);
  });

  it('lists skipped sources with why, and counts those merely not due', () => {
    const skipped = skippedSources(
      [source(3, { errorCount: 2, nextFetchAt: '2026-03-01T14:00:00.000Z', lastError: 'HTTP 503' }), source(4)],
      [],
      NOW,
    );
    const text = passText(summary({}), skipped);
    assert.match(
      text,
      /skipped 2 sources:\n {2}#3 https:\/\/news3\.example\/feed\.xml: in back-off until 2026-03-01 14:00 UTC \(last error: HTTP 503\)\n {2}1 not due yet \(the next at 2026-03-01 12:30 UTC/,
    );
  });

  it('draws the progress bar from what is done', () => {
    assert.equal(progressLine(1, 4, 7), `\r[${'#'.repeat(8)}${'.'.repeat(22)}] 1/4 sources, 7 new articles`);
  });
});

describe('sources table', () => {
  it('has a heading row and one row per source with its state', () => {
    const text = sourcesTable(
      [source(1), source(12, { errorCount: 2, nextFetchAt: '2026-03-01T14:00:00.000Z', lastError: 'HTTP 503' })],
      NOW,
    );
    const lines = text.split('\n');
    assert.match(lines[0]!, /^ID +KIND +STATE +ERRORS +LAST FETCH \(UTC\) +NEXT ATTEMPT \(UTC\) +LANG +CC +NAME +URL$/);
    assert.match(
      lines[1]!,
      /^1 +rss +ok +0 +never +2026-03-01 12:30 +en +NG +News 1 +https:\/\/news1\.example\/feed\.xml$/,
    );
    assert.match(lines[2]!, /^12 +rss +back-off +2 /);
    assert.equal(lines[3], '    last error: HTTP 503');
    assert.equal(lines[0]!.indexOf('KIND'), lines[1]!.indexOf('rss'), 'columns line up');
  });
});
