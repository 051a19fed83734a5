// Near-duplicate decision between two texts: syndicated, republished and lightly edited copies, not look-alikes.
import { overlap } from './fingerprint.ts';

/** Text Jaccard at or above which two texts may be copies (if their names and numbers agree). */
export const NEAR_JACCARD = 0.3;
/** Text containment at or above which a shorter text may be a cut-down copy of a longer one. */
export const NEAR_CONTAINMENT = 0.6;
/** Share of the smaller text's names and numbers the other must contain. */
export const ENTITY_CONTAINMENT = 0.6;
/** Without enough names and numbers to compare, the texts themselves must be this alike. */
export const NEAR_JACCARD_NO_ENTITIES = 0.6;
/** Texts with fewer shingles than this are too short to call copies by overlap. */
export const MIN_SHINGLES = 15;
/** Fewer names and numbers than this: not enough to compare them. */
const MIN_ENTITIES = 3;

/** What near-duplicate detection keeps of a text. */
export interface NearPrint {
  /** Sorted shingle hashes. */
  shingles: Uint32Array;
  /** Sorted hashes of names and numbers. */
  entities: Uint32Array;
}

/** How alike two texts are and whether that makes them copies. */
export interface NearVerdict {
  jaccard: number;
  containment: number;
  entityContainment: number;
  duplicate: boolean;
}

/** Compares two texts' prints: similar wording and the same names and numbers make a copy. */
export function nearDuplicate(a: NearPrint, b: NearPrint): NearVerdict {
  const { jaccard, containment } = overlap(a.shingles, b.shingles);
  const entityContainment = overlap(a.entities, b.entities).containment;
  const small = Math.min(a.shingles.length, b.shingles.length);
  const big = Math.max(a.shingles.length, b.shingles.length);
  // Containment is trusted only when the shorter text is a real part (≥ 25%) of the longer.
  const alike = jaccard >= NEAR_JACCARD || (containment >= NEAR_CONTAINMENT && small >= big * 0.25);
  const comparable = Math.min(a.entities.length, b.entities.length) >= MIN_ENTITIES;
  const sameFacts = comparable ? entityContainment >= ENTITY_CONTAINMENT : jaccard >= NEAR_JACCARD_NO_ENTITIES;
  return { jaccard, containment, entityContainment, duplicate: small >= MIN_SHINGLES && alike && sameFacts };
}

/** The best duplicate among candidates (highest Jaccard), or null. */
export function bestDuplicate<T>(
  mine: NearPrint,
  candidates: { item: T; print: NearPrint }[],
): { item: T; verdict: NearVerdict } | null {
  let best: { item: T; verdict: NearVerdict } | null = null;
  for (const c of candidates) {
    const verdict = nearDuplicate(mine, c.print);
    if (verdict.duplicate && (!best || verdict.jaccard > best.verdict.jaccard)) best = { item: c.item, verdict };
  }
  return best;
}
