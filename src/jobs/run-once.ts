// One pass over due sources (`lantern fetch --once`): poll them with bounded concurrency, sum up the reports.
import type { Source } from '../model/records.ts';
import type { PipelineContext } from '../pipeline/context.ts';
import { type PollReport, pollSource } from '../pipeline/poll.ts';

/** Totals of one pass. */
export interface PassSummary {
  sources: number;
  ok: number;
  notModified: number;
  failed: number;
  entries: number;
  added: number;
  duplicates: number;
  known: number;
  skipped: number;
  entryErrors: number;
  backlog: number;
  durationMs: number;
  reports: PollReport[];
}

/** Most sources taken in one pass. */
export const MAX_SOURCES_PER_PASS = 10_000;

/** Polls the given sources (default: all due now), `fetchConcurrency` at a time; `onReport` after each. */
export async function runPass(
  ctx: PipelineContext,
  opts: { sources?: Source[]; onReport?: (r: PollReport, done: number, total: number) => void } = {},
): Promise<PassSummary> {
  const t0 = Date.now();
  const now = (ctx.now ? ctx.now() : new Date()).toISOString();
  const sources = opts.sources ?? (await ctx.store.dueSources(now, MAX_SOURCES_PER_PASS));
  const reports: PollReport[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const r = await pollSource(ctx, sources[next++]!);
      reports.push(r);
      opts.onReport?.(r, reports.length, sources.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(ctx.config.fetchConcurrency, sources.length)) }, worker));
  return summarise(reports, Date.now() - t0);
}

function summarise(reports: PollReport[], durationMs: number): PassSummary {
  const sum = (k: keyof PollReport) => reports.reduce((n, r) => n + (r[k] as number), 0);
  return {
    sources: reports.length,
    ok: reports.filter((r) => r.status === 'ok').length,
    notModified: reports.filter((r) => r.status === 'not-modified').length,
    failed: reports.filter((r) => r.status === 'error').length,
    entries: sum('entries'),
    added: sum('added'),
    duplicates: sum('duplicates'),
    known: sum('known'),
    skipped: sum('skipped'),
    entryErrors: sum('failed'),
    backlog: sum('backlog'),
    durationMs,
    reports,
  };
}
