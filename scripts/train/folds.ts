// Deterministic stratified folds and scoring helpers for cross-validation.
import { createHash } from 'node:crypto';
import type { Examples } from './examples.ts';

/** Fold number of each article: per stratum (e.g. set and relevance) in order of a hash of its id, dealt round-robin. */
export function assignFolds<T extends { id: string }>(
  items: T[],
  k: number,
  stratum: (it: T) => string,
): Map<string, number> {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const key = stratum(it);
    groups.set(key, [...(groups.get(key) ?? []), it]);
  }
  const out = new Map<string, number>();
  let next = 0;
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key)!.sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
    for (const it of list) out.set(it.id, next++ % k);
  }
  return out;
}

function hash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** The examples of the articles whose ids pass the filter. */
export function subset(ex: Map<string, Examples>, keep: (id: string) => boolean): Examples {
  const out: Examples = { relevance: [], incident: [], forms: [], countries: [], minors: [], victims: [] };
  for (const [id, e] of ex) {
    if (!keep(id)) continue;
    for (const k of Object.keys(out) as (keyof Examples)[]) out[k].push(...e[k]);
  }
  return out;
}

/** Brier score and expected calibration error (10 equal-width bins) of probabilities against 0/1 outcomes. */
export function calibration(ps: number[], ys: number[]): { brier: number; ece: number } {
  let brier = 0;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  ps.forEach((p, i) => {
    brier += (p - ys[i]!) ** 2 / ps.length;
    const b = bins[Math.min(9, Math.floor(p * 10))]!;
    b.n++;
    b.p += p;
    b.y += ys[i]!;
  });
  const ece = bins.reduce((s, b) => s + (b.n ? (b.n / ps.length) * Math.abs(b.p / b.n - b.y / b.n) : 0), 0);
  return { brier, ece };
}
