// Pure desk decisions: how urgent a story is, and who may act.
import type { Flag } from '../model/analysis.ts';
import type { Role } from '../model/records.ts';

/** Urgency tiers, added together: children first, then identifying details, then victims, then language. */
export const URGENCY = { minors: 8, privacy: 4, victims: 2, language: 1 } as const;

/** A story's urgency tier from its facts and its articles' flags (recency breaks ties in the queue). */
export function urgencyOf(facts: { minors: boolean | null; victims: number | null }, flags: readonly Flag[]): number {
  let u = 0;
  if (facts.minors === true) u += URGENCY.minors;
  if (flags.some((f) => f.kind === 'privacy')) u += URGENCY.privacy;
  if ((facts.victims ?? 0) > 0) u += URGENCY.victims;
  if (flags.some((f) => f.kind === 'language')) u += URGENCY.language;
  return u;
}

/** Whether a story's urgency says one of its articles carries a flag (privacy or language): the gate holds it. */
export function flaggedTier(priority: number): boolean {
  return (priority & (URGENCY.privacy | URGENCY.language)) !== 0;
}

/** Whether a role may take desk actions (viewers and analysts only read). */
export function mayAct(role: Role | string): boolean {
  return role === 'editor' || role === 'admin';
}
