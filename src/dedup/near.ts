// Near-duplicate decision between two texts' shingle sets: syndicated, republished and lightly edited copies.
import { overlap } from './fingerprint.ts';

/** Jaccard at or above which two texts are copies. */
export const NEAR_JACCARD = 0.45;
/** Containment at or above which a shorter text is a cut-down copy of a longer one. */
export const NEAR_CONTAINMENT = 0.75;
/** Texts with fewer shingles than this are too short to call copies by overlap alone. */
export const MIN_SHINGLES = 15;

/** How alike two texts are and whether that makes them copies. */
export interface NearVerdict {
  jaccard: number;
  containment: number;
  duplicate: boolean;
}

/** Compares two shingle sets; a short text needs a longer partner to contain most of it. */
export function nearDuplicate(a: Set<number>, b: Set<number>): NearVerdict {
  const { jaccard, containment } = overlap(a, b);
  const small = Math.min(a.size, b.size);
  const big = Math.max(a.size, b.size);
  const enough = small >= MIN_SHINGLES;
  // Containment alone is trusted only when the shorter text is a real part (≥ 25%) of the longer.
  const duplicate = enough && (jaccard >= NEAR_JACCARD || (containment >= NEAR_CONTAINMENT && small >= big * 0.25));
  return { jaccard, containment, duplicate };
}

/** The best duplicate among candidates, or null. */
export function bestDuplicate<T>(
  mine: Set<number>,
  candidates: { item: T; shingles: Set<number> }[],
): { item: T; verdict: NearVerdict } | null {
  let best: { item: T; verdict: NearVerdict } | null = null;
  for (const c of candidates) {
    const verdict = nearDuplicate(mine, c.shingles);
    if (verdict.duplicate && (!best || verdict.jaccard > best.verdict.jaccard)) best = { item: c.item, verdict };
  }
  return best;
}
