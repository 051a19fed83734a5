// The auto-publish rule used until the editorial desk exists: relevant and scoring at least the configured threshold.
import type { Analysis } from '../model/analysis.ts';

/** Whether an analysed article is published without review (LANTERN_AUTO_PUBLISH_SCORE; above 1 turns it off). */
export function autoPublishes(analysis: Pick<Analysis, 'relevant' | 'relevance'> | null, minScore: number): boolean {
  return !!analysis && analysis.relevant && analysis.relevance >= minScore;
}
