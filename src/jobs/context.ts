// Builds the pipeline context for a process (CLI, worker, embedded scheduler) from config, store and analyzer.
import { type Analyzer, loadAnalyzer } from '../analyze/analyzer.ts';
import type { Config } from '../config/settings.ts';
import { createFetcher } from '../fetch/fetcher.ts';
import type { PipelineContext } from '../pipeline/context.ts';
import { LruSet, PrintCache } from '../pipeline/context.ts';
import { inlineStage, threadStage } from '../pipeline/cpu.ts';
import { resilientStore } from '../store/resilient.ts';
import type { Store } from '../store/store.ts';

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
