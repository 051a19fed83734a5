// Locality-sensitive hashing over MinHash signatures: band keys that near-duplicates share with high probability.
import { MINHASH_SIZE, mix32 } from './fingerprint.ts';

/** Bands × rows = MINHASH_SIZE; with 32 × 4 a pair at Jaccard 0.5 shares a band 87% of the time, at 0.2 only 5%. */
export const BANDS = 32;
export const ROWS = MINHASH_SIZE / BANDS;

/** One key per band, prefixed so other key families (story keys) can share the store's table. */
export function bandKeys(sig: Uint32Array, prefix = 'n'): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x2545f491 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ sig[b * ROWS + r]!);
    keys.push(`${prefix}${b.toString(36)}:${h.toString(36)}`);
  }
  return keys;
}

/** Probability that a pair with Jaccard `s` shares at least one band (the LSH S-curve). */
export function candidateProbability(s: number, bands = BANDS, rows = ROWS): number {
  return 1 - (1 - s ** rows) ** bands;
}
