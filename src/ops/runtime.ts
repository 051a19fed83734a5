// The logs and metrics of a long-running process (serve, worker), wired to the scheduler's hooks.
import type { Config } from '../config/settings.ts';
import type { PassSummary } from '../jobs/run-once.ts';
import type { SchedulerOptions } from '../jobs/scheduler.ts';
import type { SourceStore } from '../store/roles/sources.ts';
import type { DeskEvent } from '../web/desk/context.ts';
import { createLog, type Log, safeForLog } from './log.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { allOf, logObserver } from './pipeline-log.ts';

/** A process's logger, its metrics (null when LANTERN_METRICS is off) and the scheduler hooks that feed both. */
export interface OpsRuntime {
  log: Log;
  metrics: Metrics | null;
  scheduler: Pick<SchedulerOptions, 'observer' | 'onPass' | 'onError'>;
  /** Logs a request that failed with an internal error (route pattern only: paths may carry names). */
  httpError: (route: string, message: string) => void;
  /** Logs and counts an editorial desk action (a desk publish is logged as event `publish`). */
  desk: (e?: DeskEvent) => void;
}

/** Most sources counted for the queue gauge at one scrape. */
const QUEUE_PROBE_LIMIT = 10_000;

/** Builds the logger (LANTERN_LOG_LEVEL, JSON lines to `out`) and, when `withMetrics`, the metrics. */
export function opsRuntime(
  config: Pick<Config, 'logLevel'>,
  out: { write(line: string): unknown },
  command: string,
  store: { sources: Pick<SourceStore, 'due'> },
  withMetrics: boolean,
): OpsRuntime {
  const log = createLog(config.logLevel, out, command);
  const probe = {
    dueSources: async () => (await store.sources.due(new Date().toISOString(), QUEUE_PROBE_LIMIT)).length,
  };
  const metrics = withMetrics ? createMetrics(probe) : null;
  return {
    log,
    metrics,
    httpError: (route, message) =>
      log.error({ event: 'http-error', route, error: safeForLog(message) }, `internal error on ${route}`),
    desk: (e) => {
      if (!e) return;
      metrics?.desk(e.action);
      const event = e.action === 'publish' ? 'publish' : 'desk-action';
      log.info({ event, by: 'desk', ...e }, `desk: ${e.action} story #${e.storyId} (user #${e.userId})`);
    },
    scheduler: {
      observer: allOf(logObserver(log), metrics?.observer),
      onPass: (s) => {
        metrics?.pass(s.durationMs / 1000, true);
        logPass(log, s);
      },
      onError: (message) => {
        metrics?.pass(0, false);
        log.error({ event: 'pass-failed', error: safeForLog(message) }, 'scheduler pass failed');
      },
    },
  };
}

function logPass(log: Log, s: PassSummary): void {
  const counts = {
    sources: s.sources,
    fetched: s.ok,
    notModified: s.notModified,
    failed: s.failed,
    added: s.added,
    newStories: s.newStories,
    joinedStories: s.joinedStories,
    copiesFolded: s.copiesFolded,
    published: s.published,
    known: s.known,
    entryErrors: s.entryErrors,
    backlog: s.backlog,
    durationMs: s.durationMs,
  };
  log.info(
    { event: 'pass', ...counts },
    `pass: ${s.sources} sources, ${s.added} new articles, ${s.copiesFolded} copies folded, ${s.failed} failed`,
  );
}
