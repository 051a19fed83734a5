// What the orchestrator needs, built once per process and passed explicitly.
import { type Analyzer, loadAnalyzer } from '../analyze/analyzer.ts';
import type { Config } from '../config/settings.ts';
import type { IncidentPrint } from '../dedup/incident.ts';
import type { NearPrint } from '../dedup/near.ts';
import { createFetcher, type Fetcher } from '../fetch/fetcher.ts';
import { resilientStore } from '../store/resilient.ts';
import type { Store } from '../store/store.ts';
import { type CpuStage, inlineStage, threadStage } from './cpu.ts';
import type { PollReport } from './poll.ts';

/** Settings the pipeline reads. */
export type PipelineConfig = Pick<Config, 'autoPublish' | 'autoPublishScore' | 'fetchConcurrency'> & {
  /** Most new entries taken from one feed per poll; the rest wait for the next poll. */
  maxEntriesPerPoll?: number;
};

/** The pipeline's dependencies and per-process caches. */
export interface PipelineContext {
  store: Store;
  fetcher: Fetcher;
  /** Extraction and analysis (inline or worker threads). */
  cpu: CpuStage;
  config: PipelineConfig;
  /** Near-duplicate prints and story features of recent articles, by id (bounded). */
  cache: PrintCache;
  /** Entry URLs that need no more work in this process: they redirect to a stored article, or hold no article. */
  settled: LruSet;
  now?: () => Date;
  /** Told what happens (logs, metrics); it must not throw, and the pipeline does not wait for it. */
  observer?: PipelineObserver;
}

/** One article filed by a poll: ids only, never its text or title (victims' details stay out of logs). */
export interface FiledEvent {
  sourceId: number;
  articleId: number;
  storyId: number | null;
  /** copy: it copies a stored article; else a new report that started or joined a story, or none (not relevant). */
  kind: 'copy' | 'started-story' | 'joined-story' | 'no-story';
  published: boolean;
}

/** Hooks the orchestrators call as work happens (see src/ops/ for the logs and metrics behind them). */
export interface PipelineObserver {
  /** A pass begins with `due` sources waiting. */
  passStarted?(due: number): void;
  /** One source polled (its report, with status and error code). */
  polled?(report: PollReport, ms: number): void;
  /** Extraction and analysis of one page took `ms`; `article` false when the page held no article. */
  analysed?(ms: number, article: boolean): void;
  /** A new article was filed. */
  filed?(e: FiledEvent): void;
}

/** Calls an observer hook, keeping any error it throws away from the pipeline. */
export function tell<K extends keyof PipelineObserver>(
  ctx: Pick<PipelineContext, 'observer'>,
  hook: K,
  ...args: Parameters<NonNullable<PipelineObserver[K]>>
): void {
  const fn = ctx.observer?.[hook] as ((...a: unknown[]) => void) | undefined;
  try {
    fn?.apply(ctx.observer, args);
  } catch {
    // An observer's failure (a closed log stream) must not fail a poll.
  }
}

/** Fingerprints kept per article so candidates are not re-read and re-hashed each time. */
export interface CachedPrint {
  print: NearPrint;
  incident: IncidentPrint | null;
  /** When the article appeared (ms): published, else fetched; and whether it had a date of its own. */
  at: number;
  dated: boolean;
  storyId: number | null;
  site: string | null;
}

/** A small LRU cache of article fingerprints. */
export class PrintCache {
  private readonly map = new Map<number, CachedPrint>();

  // About 2-20 KB per article (sorted hash arrays), so the default stays well under 100 MB.
  constructor(private readonly capacity = 10_000) {}

  /** The cached prints of an article, refreshed as most recent. */
  get(id: number): CachedPrint | undefined {
    const v = this.map.get(id);
    if (v) {
      this.map.delete(id);
      this.map.set(id, v);
    }
    return v;
  }

  /** Points cached articles of merged stories at the story they merged into. */
  moveStories(from: readonly number[], to: number): void {
    const moved = new Set(from);
    for (const v of this.map.values()) if (v.storyId !== null && moved.has(v.storyId)) v.storyId = to;
  }

  /** Remembers an article's prints, evicting the oldest past capacity. */
  set(id: number, v: CachedPrint): void {
    this.map.delete(id);
    this.map.set(id, v);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}

/** A bounded set that forgets its oldest members. */
export class LruSet {
  private readonly set = new Set<string>();

  constructor(private readonly capacity = 50_000) {}

  /** Whether the value is in the set. */
  has(v: string): boolean {
    return this.set.has(v);
  }

  /** Adds a value, forgetting the oldest past capacity. */
  add(v: string): void {
    this.set.delete(v);
    this.set.add(v);
    if (this.set.size > this.capacity) this.set.delete(this.set.values().next().value!);
  }
}

/**
 * One context per process: the fetcher's host limits and robots cache, the print cache and the analysis threads
 * are shared. With LANTERN_ANALYSIS_THREADS=0 pages are analysed inline with `analyzer` (loaded on first use when
 * not given). Store calls ride out a short database outage (see resilientStore). Call ctx.cpu.close() when done.
 */
export function pipelineContext(raw: Store, config: Config, analyzer?: Analyzer): PipelineContext {
  const store = resilientStore(raw);
  return {
    store,
    // On PostgreSQL every worker (on any machine) shares host spacing and robots.txt through the store.
    fetcher: createFetcher(config, store.sharedByMachines ? store.hosts : undefined),
    cpu: config.analysisThreads > 0 ? threadStage(config.analysisThreads) : inlineStage(analyzer ?? loadAnalyzer),
    config: {
      autoPublish: config.autoPublish,
      autoPublishScore: config.autoPublishScore,
      fetchConcurrency: config.fetchConcurrency,
    },
    cache: new PrintCache(),
    settled: new LruSet(),
  };
}
