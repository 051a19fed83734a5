// The orchestrator for one source: fetch → parse → (fetch page → extract) → analyse → dedupe → store,
// then the source row records the outcome: validators, next poll, or the error and its back-off.
import { canonicalUrl } from '../dedup/canonical.ts';
import { parseFeedText } from '../feeds/parse.ts';
import type { FeedEntry, ParsedFeed } from '../feeds/types.ts';
import { decodeBody } from '../fetch/charset.ts';
import { FetchError } from '../fetch/errors.ts';
import { backoffSeconds, MIN_INTERVAL_S, nextIntervalSeconds, parseRetryAfter } from '../fetch/schedule.ts';
import { messageOf } from '../lib/errors.ts';
import { oneLine } from '../lib/text.ts';
import type { Source } from '../model/records.ts';
import { type PipelineContext, tell } from './context.ts';
import { entryCandidate } from './entry.ts';
import { type IngestResult, ingest } from './ingest.ts';

/** Default cap on new entries handled per poll. */
export const MAX_ENTRIES_PER_POLL = 500;
/** Failures of one entry after which its feed is read with validators again (the entry waits its back-off). */
export const ENTRY_QUICK_RETRIES = 3;
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** What one poll did. */
export interface PollReport {
  sourceId: number;
  url: string;
  status: 'ok' | 'not-modified' | 'error';
  entries: number;
  added: number;
  duplicates: number;
  known: number;
  skipped: number;
  failed: number;
  /** New entries left for the next poll (over the per-poll cap). */
  backlog: number;
  /** Failed entries still in their first quick retries (the feed is re-read soon, without validators). */
  retrying: number;
  /** New articles (not copies) that started a story, and those that joined a story already stored. */
  newStories: number;
  joinedStories: number;
  /** Copies folded under their original: new copies of stored articles plus stored copies whose original came now. */
  copiesFolded: number;
  /** New articles published on filing. */
  published: number;
  error: string | null;
  /** Why the poll failed, as a code (a FetchError's code, `internal`), or null. */
  errorCode: string | null;
  nextFetchAt: string;
}

/** Polls one source and records the outcome on its row; never throws for fetch, parse or page failures. */
export async function pollSource(ctx: PipelineContext, source: Source): Promise<PollReport> {
  const t0 = performance.now();
  const report = emptyReport(source);
  try {
    await pollInto(ctx, source, report);
  } catch (err) {
    await recordFailure(ctx, source, report, err);
  }
  tell(ctx, 'polled', report, performance.now() - t0);
  return report;
}

async function pollInto(ctx: PipelineContext, source: Source, report: PollReport): Promise<void> {
  const res = await ctx.fetcher.get(source.url, {
    etag: source.etag,
    lastModified: source.lastModified,
    accept: source.kind === 'page' ? 'text/html,*/*;q=0.5' : FEED_ACCEPT,
  });
  const retryAfter = parseRetryAfter(res.headers['retry-after']);
  if (res.status === 304) {
    report.status = 'not-modified';
    return recordSuccess(
      ctx,
      source,
      report,
      { retryAfterSeconds: retryAfter, cacheControl: res.headers['cache-control'] },
      null,
    );
  }
  if (res.status < 200 || res.status >= 300) {
    throw new FetchError('http', `${source.url}: HTTP ${res.status}`, res.status, retryAfter);
  }
  const text = decodeBody(res.body, res.headers['content-type']);
  const feed: ParsedFeed = source.kind === 'page' ? pageAsFeed(res.url) : parseFeedText(text, res.url, source.kind);
  report.entries = feed.entries.length;
  const fresh = await newEntries(ctx, feed.entries, report);
  const cap = ctx.config.maxEntriesPerPoll ?? MAX_ENTRIES_PER_POLL;
  report.backlog = Math.max(0, fresh.length - cap);
  report.known += feed.entries.length - fresh.length;
  await processEntries(
    ctx,
    source,
    fresh.slice(0, cap),
    report,
    source.kind === 'page' ? { text, url: res.url } : undefined,
  );
  const hints = {
    retryAfterSeconds: retryAfter,
    cacheControl: res.headers['cache-control'],
    expires: res.headers.expires,
    ttlMinutes: feed.ttlMinutes,
    entryDates: feed.entries.map((e) => e.published),
  };
  // Keep the validators only when nothing is left to do; otherwise a 304 would hide the rest next time.
  const complete = report.backlog === 0 && report.retrying === 0;
  const validators = complete
    ? { etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null }
    : { etag: null, lastModified: null };
  await recordSuccess(ctx, source, report, hints, {
    ...validators,
    ...(source.kind === 'auto' ? { kind: feed.kind } : {}),
  });
}

function pageAsFeed(url: string): ParsedFeed {
  return {
    kind: 'page',
    title: null,
    link: url,
    language: null,
    ttlMinutes: null,
    entries: [{ id: url, url, title: null, content: null, published: null, author: null, language: null }],
  };
}

/** Entries whose canonical URL is not stored yet and is not waiting out a back-off after failures. */
async function newEntries(ctx: PipelineContext, entries: FeedEntry[], report: PollReport): Promise<FeedEntry[]> {
  const out: FeedEntry[] = [];
  for (const e of entries) {
    const c = canonicalUrl(e.url);
    if (c && !ctx.settled.has(c) && !(await ctx.store.articles.byUrl(c))) out.push(e);
  }
  const urls = out.map((e) => canonicalUrl(e.url)!);
  // Articles of a story removed for safety are never fetched again.
  const dead = new Set((await ctx.store.articles.findTombstones({ urls: urls.slice(0, 1000) })).map((t) => t.value));
  if (dead.size) {
    report.skipped += dead.size;
    return newEntriesAfterBackoff(
      ctx,
      out.filter((e) => !dead.has(canonicalUrl(e.url)!)),
      report,
    );
  }
  return newEntriesAfterBackoff(ctx, out, report);
}

async function newEntriesAfterBackoff(
  ctx: PipelineContext,
  out: FeedEntry[],
  report: PollReport,
): Promise<FeedEntry[]> {
  const urls = out.map((e) => canonicalUrl(e.url)!);
  const backoff = await ctx.store.sources.entriesInBackoff(urls, nowOf(ctx).toISOString());
  // One still in its quick retries keeps the feed read without validators, or a 304 would hide it.
  report.retrying += backoff.filter((b) => b.failures < ENTRY_QUICK_RETRIES).length;
  const waiting = new Set(backoff.map((b) => b.url));
  return waiting.size ? out.filter((e) => !waiting.has(canonicalUrl(e.url)!)) : out;
}

/** Remembers a failed entry with its back-off; counts it as retrying while it is in its first quick retries. */
async function noteFailure(ctx: PipelineContext, source: Source, url: string, error: string, report: PollReport) {
  const at = nowOf(ctx);
  const { failures } = await ctx.store.sources.noteEntryFailure(
    { url, sourceId: source.id, error, at: at.toISOString() },
    (n) => new Date(at.getTime() + backoffSeconds(n) * 1000).toISOString(),
  );
  if (failures < ENTRY_QUICK_RETRIES) report.retrying++;
}

function nowOf(ctx: PipelineContext): Date {
  return ctx.now ? ctx.now() : new Date();
}

async function processEntries(
  ctx: PipelineContext,
  source: Source,
  entries: FeedEntry[],
  report: PollReport,
  html?: { text: string; url: string },
): Promise<void> {
  const errors: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++]!;
      const entryUrl = canonicalUrl(entry.url)!;
      try {
        const cand = await entryCandidate(ctx, source, entry, html);
        if ('skipped' in cand) {
          report.skipped++;
          ctx.settled.add(entryUrl);
          continue;
        }
        const r = await ingest(ctx, cand);
        // A feed link that redirects (or points to a URL variant) is not fetched again while this process runs.
        if (cand.canonicalUrl !== entryUrl) ctx.settled.add(entryUrl);
        if (r.outcome === 'known') report.known++;
        else if (r.outcome === 'tombstoned') report.skipped++;
        else countFiled(ctx, source, r, report);
      } catch (err) {
        report.failed++;
        const message = oneLine(messageOf(err));
        errors.push(message);
        // Unrecorded (the store is away), it still keeps the feed read without validators, so it is not lost.
        await noteFailure(ctx, source, entryUrl, message, report).catch(() => report.retrying++);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(ctx.config.fetchConcurrency, entries.length)) }, worker));
  if (errors.length) report.error = `${errors.length} of ${entries.length} entries failed; first: ${errors[0]}`;
}

/** Counts a new article by what it did to the stories, and tells the observer. */
function countFiled(
  ctx: PipelineContext,
  source: Source,
  r: Extract<IngestResult, { outcome: 'new' }>,
  report: PollReport,
): void {
  // A copy that arrived before its original is folded when the original comes: counted then, as a copy folded.
  report.copiesFolded += (r.duplicateOf ? 1 : 0) + r.copiesFound;
  if (r.published) report.published++;
  const kind = r.duplicateOf ? 'copy' : r.storyId === null ? 'no-story' : r.joined ? 'joined-story' : 'started-story';
  if (kind === 'copy') report.duplicates++;
  else report.added++;
  if (kind === 'started-story') report.newStories++;
  if (kind === 'joined-story') report.joinedStories++;
  tell(ctx, 'filed', {
    sourceId: source.id,
    articleId: r.articleId,
    storyId: r.storyId,
    kind,
    published: r.published,
  });
}

async function recordSuccess(
  ctx: PipelineContext,
  source: Source,
  report: PollReport,
  hints: Parameters<typeof nextIntervalSeconds>[0],
  validators: Partial<Pick<Source, 'etag' | 'lastModified' | 'kind'>> | null,
): Promise<void> {
  const now = ctx.now ? ctx.now() : new Date();
  const seconds =
    report.backlog > 0 ? 0 : report.retrying > 0 ? MIN_INTERVAL_S : nextIntervalSeconds(hints, now.getTime());
  report.nextFetchAt = new Date(now.getTime() + seconds * 1000).toISOString();
  await ctx.store.sources.update(source.id, {
    ...(validators ?? {}),
    lastFetchedAt: now.toISOString(),
    nextFetchAt: report.nextFetchAt,
    errorCount: 0,
    lastError: report.error,
    lastErrorAt: report.error ? now.toISOString() : source.lastErrorAt,
  });
}

async function recordFailure(ctx: PipelineContext, source: Source, report: PollReport, err: unknown): Promise<void> {
  const now = ctx.now ? ctx.now() : new Date();
  const fe = err instanceof FetchError ? err : null;
  const count = source.errorCount + 1;
  report.status = 'error';
  report.error = oneLine(fe ? fe.message : `internal error: ${messageOf(err)}`);
  report.errorCode = fe ? fe.code : 'internal';
  report.nextFetchAt = new Date(
    now.getTime() + backoffSeconds(count, fe?.retryAfterSeconds ?? null) * 1000,
  ).toISOString();
  const gone = fe !== null && fe.status === 410;
  await ctx.store.sources.update(source.id, {
    lastFetchedAt: now.toISOString(),
    nextFetchAt: report.nextFetchAt,
    errorCount: count,
    lastError: gone ? `${report.error} (gone: source disabled)` : report.error,
    lastErrorAt: now.toISOString(),
    ...(gone ? { enabled: false } : {}),
  });
}

function emptyReport(source: Source): PollReport {
  return {
    sourceId: source.id,
    url: source.url,
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
    nextFetchAt: source.nextFetchAt,
  };
}
