// Prometheus metrics (prom-client) for one process: fetching, analysis, the source queue and HTTP. A registry of
// its own per process (not prom-client's global one), so tests and embedded use never mix counts.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { PipelineObserver } from '../pipeline/context.ts';

/** The metrics of one process and the observer that feeds the pipeline's part of them. */
export interface Metrics {
  registry: Registry;
  observer: PipelineObserver;
  /** Counts one HTTP request by route pattern (never the raw path), method and status. */
  request(route: string, method: string, status: number, seconds: number): void;
  /** Counts one scheduler pass. */
  pass(seconds: number, ok: boolean): void;
  /** Counts one editorial desk action (publish, reject, merge…). */
  desk(action: string): void;
}

/** Where the source queue is read at scrape time (due sources now). */
export interface QueueProbe {
  dueSources(): Promise<number>;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Builds the metrics; `queue` (optional) is asked for the number of due sources at each scrape. */
export function createMetrics(queue?: QueueProbe): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lantern_' });
  const m = instruments(registry, queue);
  return {
    registry,
    observer: pipelineObserver(m),
    request(route, method, status, seconds) {
      const labels = { route, method, status: String(status) };
      m.httpRequests.inc(labels);
      m.httpSeconds.observe(labels, seconds);
    },
    pass(seconds, ok) {
      m.passes.inc({ result: ok ? 'ok' : 'error' });
      m.passSeconds.observe(seconds);
    },
    desk(action) {
      m.desk.inc({ action });
    },
  };
}

function instruments(registers: Registry, queue?: QueueProbe) {
  const r = [registers];
  return {
    polls: new Counter({
      name: 'lantern_source_polls_total',
      help: 'Sources polled, by outcome',
      labelNames: ['outcome'],
      registers: r,
    }),
    fetchErrors: new Counter({
      name: 'lantern_fetch_errors_total',
      help: 'Failed polls, by error code',
      labelNames: ['code'],
      registers: r,
    }),
    pollSeconds: new Histogram({
      name: 'lantern_poll_duration_seconds',
      help: 'Time to poll one source (fetch, extract, analyse, store)',
      buckets: SECONDS,
      registers: r,
    }),
    analysisSeconds: new Histogram({
      name: 'lantern_analysis_duration_seconds',
      help: 'Time to extract and analyse one page',
      labelNames: ['result'],
      buckets: SECONDS,
      registers: r,
    }),
    articles: new Counter({
      name: 'lantern_articles_filed_total',
      help: 'New articles filed, by what they did to the stories',
      labelNames: ['kind'],
      registers: r,
    }),
    published: new Counter({
      name: 'lantern_articles_published_total',
      help: 'Articles published on filing',
      registers: r,
    }),
    due: new Gauge({ name: 'lantern_pass_sources_due', help: 'Sources due when the last pass started', registers: r }),
    inFlight: new Gauge({
      name: 'lantern_pass_sources_left',
      help: 'Sources of the running pass not yet polled',
      registers: r,
    }),
    queue: new Gauge({
      name: 'lantern_sources_due',
      help: 'Sources due now (the scheduler queue), read at scrape time',
      registers: queue ? r : [],
      async collect() {
        if (queue) this.set(await queue.dueSources());
      },
    }),
    passes: new Counter({
      name: 'lantern_scheduler_passes_total',
      help: 'Scheduler passes, by result',
      labelNames: ['result'],
      registers: r,
    }),
    passSeconds: new Histogram({
      name: 'lantern_scheduler_pass_duration_seconds',
      help: 'Time of one scheduler pass',
      buckets: [0.1, 1, 5, 15, 60, 300, 900, 3600],
      registers: r,
    }),
    desk: new Counter({
      name: 'lantern_desk_actions_total',
      help: 'Editorial desk actions carried out, by action',
      labelNames: ['action'],
      registers: r,
    }),
    httpRequests: new Counter({
      name: 'lantern_http_requests_total',
      help: 'HTTP requests, by route pattern, method and status',
      labelNames: ['route', 'method', 'status'],
      registers: r,
    }),
    httpSeconds: new Histogram({
      name: 'lantern_http_request_duration_seconds',
      help: 'HTTP request durations, by route pattern, method and status',
      labelNames: ['route', 'method', 'status'],
      buckets: SECONDS,
      registers: r,
    }),
  };
}

function pipelineObserver(m: ReturnType<typeof instruments>): PipelineObserver {
  let left = 0;
  return {
    passStarted(due) {
      m.due.set(due);
      left = due;
      m.inFlight.set(left);
    },
    polled(r, ms) {
      m.polls.inc({ outcome: r.status.replaceAll('-', '_') });
      if (r.status === 'error') m.fetchErrors.inc({ code: r.errorCode ?? 'unknown' });
      m.pollSeconds.observe(ms / 1000);
      left = Math.max(0, left - 1);
      m.inFlight.set(left);
    },
    analysed(ms, article) {
      m.analysisSeconds.observe({ result: article ? 'article' : 'no_article' }, ms / 1000);
    },
    filed(e) {
      m.articles.inc({ kind: e.kind.replaceAll('-', '_') });
      if (e.published) m.published.inc();
    },
  };
}
