// The safety gate and the auto-publish rule: one small pure function each, used by the orchestrator.
import type { Analysis, Flag } from '../model/analysis.ts';
import type { ArticleStatus } from '../model/records.ts';

/** The auto-publish setting: off (every relevant article waits for an editor), or on above a score. */
export interface PublishRule {
  autoPublish: boolean;
  autoPublishScore: number;
}

/**
 * Why an article must wait for an editor whatever its score: an identifying detail of a victim or minor (privacy
 * flag) or a term the guidelines say to avoid (language flag). Empty when nothing holds it.
 */
export function holdReasons(flags: readonly Flag[]): string[] {
  const reasons: string[] = [];
  const privacy = flags.filter((f) => f.kind === 'privacy');
  const language = flags.filter((f) => f.kind === 'language');
  if (privacy.length) reasons.push(`privacy flag (${privacy.length}): an identifying detail of a victim or minor`);
  if (language.length) {
    const terms = [...new Set(language.map((f) => `"${f.quote.toLowerCase()}"`))].slice(0, 3).join(', ');
    reasons.push(`language to avoid (${language.length}): ${terms}`);
  }
  return reasons;
}

/**
 * Not relevant → rejected. Relevant → published only when auto-publishing is on, no flag holds it and it scores
 * at least the threshold; otherwise review (the safety gate: a flagged article always goes to an editor).
 */
export function articleStatus(analysis: Analysis, rule: PublishRule): ArticleStatus {
  if (!analysis.relevant) return 'rejected';
  if (!rule.autoPublish || holdReasons(analysis.flags ?? []).length) return 'review';
  return analysis.relevance >= rule.autoPublishScore ? 'published' : 'review';
}
