// The auto-publish rule (until an editorial desk exists): one small function, used by the orchestrator.
import type { Analysis } from '../model/analysis.ts';
import type { ArticleStatus } from '../model/records.ts';

/** Relevant and scoring at least `autoPublishScore` → published; relevant below it → review; not relevant → rejected. */
export function articleStatus(analysis: Analysis, autoPublishScore: number): ArticleStatus {
  if (!analysis.relevant) return 'rejected';
  return analysis.relevance >= autoPublishScore ? 'published' : 'review';
}
