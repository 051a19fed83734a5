// One pass over due sources (`lantern fetch --once`): poll them with bounded concurrency, sum up the reports.
import { LanternError, messageOf } from '../lib/errors.ts';
import type { Source } from '../model/records.ts';
import { type PipelineContext, tell } from '../pipeline/context.ts';
import { type PollReport, pollSource } from '../pipeline/poll.ts';
import { isTransientStoreError } from '../store/resilient.ts';

/** Totals of one pass. */
export interface PassSummary {
  sources: number;
  ok: number;
  notModified: number;
  failed: number;
  entries: number;
  /** New articles that are not copies (started a story, joined one, or not relevant: no story). */
  added: number;
  /** New articles that copy a stored one. */
  duplicates: number;
  newStories: number;
  joinedStories: number;
  /** Copies folded under their originals: `duplicates` plus stored copies whose original arrived in this pass. */
  copiesFolded: number;
  published: number;
  /** Sources whose fetch robots.txt refused (counted in `failed` too). */
  robots: number;
  known: number;
  skipped: number;
  entryErrors: number;
  backlog: number;
  durationMs: number;
  reports: PollReport[];
}

/** Most sources taken in one pass. */
export const MAX_SOURCES_PER_PASS = 10_000;
/** How long a claimed source is held before another worker may take it (a crashed worker's sources come back). */
export const CLAIM_LEASE_SECONDS = 30 * 60;

/**
 * Polls the given sources, or else claims due ones one at a time (so several workers on one database share the
 * work without polling a source twice), `fetchConcurrency` at a time; `onReport` after each.
 */
export async function runPass(
  ctx: PipelineContext,
  opts: { sources?: Source[]; onReport?: (r: PollReport, done: number, total: number) => void } = {},
): Promise<PassSummary> {
  const t0 = Date.now();
  const now = (ctx.now ? ctx.now() : new Date()).toISOString();
  const listed = opts.sources;
  // Claimed passes do not know their size up front: the total shown is the due count at the start.
  const total = listed?.length ?? (await ctx.store.sources.due(now, MAX_SOURCES_PER_PASS)).length;
  tell(ctx, 'passStarted', total);
  const reports: PollReport[] = [];
  let next = 0;
  const take = async (): Promise<Source | undefined> => {
    if (listed) return listed[next++];
    if (next++ >= MAX_SOURCES_PER_PASS) return undefined;
    return (await ctx.store.sources.claimDue(now, CLAIM_LEASE_SECONDS, 1))[0];
  };
  const worker = async () => {
    for (let s = await take(); s; s = await take()) {
      const r = await pollSource(ctx, s);
      reports.push(r);
      opts.onReport?.(r, reports.length, Math.max(total, reports.length));
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(ctx.config.fetchConcurrency, total || 1)) }, worker);
  await Promise.all(workers).catch(storeAway);
  return summarise(reports, Date.now() - t0);
}

/** A pass stops only when the store stays away past its retries (a poll records every other failure itself). */
function storeAway(err: unknown): never {
  if (!isTransientStoreError(err)) throw err;
  throw new LanternError(
    'internal',
    `pass stopped: the database is unreachable (${messageOf(err)}); the sources it claimed are polled again when their ${CLAIM_LEASE_SECONDS / 60}-minute lease ends`,
  );
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
    newStories: sum('newStories'),
    joinedStories: sum('joinedStories'),
    copiesFolded: sum('copiesFolded'),
    published: sum('published'),
    robots: reports.filter((r) => r.errorCode === 'robots').length,
    known: sum('known'),
    skipped: sum('skipped'),
    entryErrors: sum('failed'),
    backlog: sum('backlog'),
    durationMs,
    reports,
  };
}
