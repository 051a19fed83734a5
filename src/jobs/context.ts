// Builds the pipeline context for a process (CLI, worker, embedded scheduler) from config, store and analyzer.
import type { Analyzer } from '../analyze/analyzer.ts';
import type { Config } from '../config/settings.ts';
import { createFetcher } from '../fetch/fetcher.ts';
import { type PipelineContext, PrintCache } from '../pipeline/context.ts';
import type { Store } from '../store/store.ts';

/** One context per process: the fetcher's host limits and robots cache, and the print cache, are shared. */
export function pipelineContext(store: Store, config: Config, analyzer: Analyzer): PipelineContext {
  return {
    store,
    fetcher: createFetcher(config),
    analyzer,
    config: { autoPublishScore: config.autoPublishScore, fetchConcurrency: config.fetchConcurrency },
    cache: new PrintCache(),
  };
}
