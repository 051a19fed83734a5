// The scheduler inside `lantern serve` (embedded) and `lantern worker`: every tick, poll the sources that are due.
import type { Analyzer } from '../analyze/analyzer.ts';
import type { Config } from '../config/settings.ts';
import { messageOf } from '../lib/errors.ts';
import type { PipelineContext, PipelineObserver } from '../pipeline/context.ts';
import { pipelineContext } from '../pipeline/context.ts';
import type { Store } from '../store/store.ts';
import { type PassSummary, runPass } from './run-once.ts';

/** A running scheduler. */
export interface Scheduler {
  /** Stops ticking and waits for the pass in progress to finish. */
  stop(): Promise<void>;
}

/** Hooks for logs and tests. */
export interface SchedulerOptions {
  onPass?: (summary: PassSummary) => void;
  onError?: (message: string) => void;
  /** Override the pipeline context (tests). */
  context?: PipelineContext;
  /** Told of each poll, analysis and filing (logs, metrics). */
  observer?: PipelineObserver;
}

/** Starts polling due sources every `schedulerTickSeconds`, the first pass at once; `analyzer` only matters with 0 threads. */
export function startScheduler(
  store: Store,
  config: Config,
  analyzer?: Analyzer,
  opts: SchedulerOptions = {},
): Scheduler {
  const base = opts.context ?? pipelineContext(store, config, analyzer);
  const ctx: PipelineContext = opts.observer ? { ...base, observer: opts.observer } : base;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = runPass(ctx)
      .then((s) => opts.onPass?.(s))
      .catch((err) => opts.onError?.(`scheduler: ${messageOf(err)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, config.schedulerTickSeconds * 1000);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      // Threads the scheduler started are its to end; a context handed in belongs to the caller.
      if (!opts.context) await ctx.cpu.close();
    },
  };
}
