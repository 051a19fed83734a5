// Why a source was not fetched in a pass: disabled, waiting out a back-off, not due yet, or refused by robots.txt.
import type { Source } from '../model/records.ts';
import type { PollReport } from '../pipeline/poll.ts';

/** A source a pass did not fetch, and why. */
export interface SkippedSource {
  sourceId: number;
  url: string;
  reason: 'disabled' | 'backoff' | 'not-due' | 'robots';
  /** When it will be tried again (back-off, not due, robots), else null. */
  until: string | null;
  /** The last error behind a back-off or the robots refusal, else null. */
  detail: string | null;
}

/** The sources of `all` a pass left alone (not in `reports`), plus those robots.txt refused, most telling first. */
export function skippedSources(all: Source[], reports: PollReport[], now: string): SkippedSource[] {
  const polled = new Set(reports.map((r) => r.sourceId));
  const left = all.filter((s) => !polled.has(s.id)).map((s) => whyLeft(s, now));
  const robots: SkippedSource[] = reports
    .filter((r) => r.errorCode === 'robots')
    .map((r) => ({ sourceId: r.sourceId, url: r.url, reason: 'robots', until: r.nextFetchAt, detail: r.error }));
  const rank = { robots: 0, backoff: 1, disabled: 2, 'not-due': 3 } as const;
  return [...robots, ...left].sort((a, b) => rank[a.reason] - rank[b.reason] || a.sourceId - b.sourceId);
}

function whyLeft(s: Source, now: string): SkippedSource {
  const base = { sourceId: s.id, url: s.url };
  if (!s.enabled) return { ...base, reason: 'disabled', until: null, detail: s.lastError };
  if (s.errorCount > 0 && s.nextFetchAt > now)
    return { ...base, reason: 'backoff', until: s.nextFetchAt, detail: s.lastError };
  return { ...base, reason: 'not-due', until: s.nextFetchAt, detail: null };
}
