// What the monitor logs as it works: each poll, each failure, each publish — ids, counts and source addresses only,
// never an article's title or text (they may name victims).
import type { PipelineObserver } from '../pipeline/context.ts';
import type { PollReport } from '../pipeline/poll.ts';
import { type Log, safeForLog } from './log.ts';

/** A pipeline observer that writes one log line per poll, per failed poll and per article published. */
export function logObserver(log: Log): PipelineObserver {
  return {
    passStarted: (due) => log.debug({ event: 'pass-start', due }, `pass started: ${due} sources due`),
    polled: (r, ms) => (r.status === 'error' ? logFailure(log, r, ms) : logPoll(log, r, ms)),
    filed: (e) => {
      if (e.published)
        log.info(
          { event: 'publish', articleId: e.articleId, storyId: e.storyId, sourceId: e.sourceId, kind: e.kind },
          `published article #${e.articleId} (story #${e.storyId ?? '-'})`,
        );
    },
  };
}

function logPoll(log: Log, r: PollReport, ms: number): void {
  log.info(
    {
      event: 'poll',
      sourceId: r.sourceId,
      url: safeForLog(r.url),
      status: r.status,
      entries: r.entries,
      added: r.added,
      copiesFolded: r.copiesFolded,
      known: r.known,
      entryErrors: r.failed,
      nextAttempt: r.nextFetchAt,
      ms: Math.round(ms),
    },
    `polled source #${r.sourceId}: ${r.status}, ${r.added} new articles, ${r.copiesFolded} copies folded`,
  );
  if (r.error) log.warn({ event: 'entry-errors', sourceId: r.sourceId, error: safeForLog(r.error) }, 'entries failed');
}

function logFailure(log: Log, r: PollReport, ms: number): void {
  log.warn(
    {
      event: 'poll-failed',
      sourceId: r.sourceId,
      url: safeForLog(r.url),
      code: r.errorCode,
      error: safeForLog(r.error ?? ''),
      nextAttempt: r.nextFetchAt,
      ms: Math.round(ms),
    },
    `source #${r.sourceId} failed (${r.errorCode}); next attempt ${r.nextFetchAt}`,
  );
}

/** One observer that tells each of `observers` in turn. */
export function allOf(...observers: (PipelineObserver | undefined)[]): PipelineObserver {
  const present = observers.filter((o): o is PipelineObserver => !!o);
  const each =
    <K extends keyof PipelineObserver>(k: K) =>
    (...args: unknown[]) => {
      for (const o of present) (o[k] as ((...a: unknown[]) => void) | undefined)?.apply(o, args);
    };
  return { passStarted: each('passStarted'), polled: each('polled'), analysed: each('analysed'), filed: each('filed') };
}
