// An in-memory LSH bucket index with the Store's addLshKeys / lshCandidates contract (benchmarks and tests).

/** Buckets of article ids by band key. */
export class MemoryLsh {
  private readonly buckets = new Map<string, number[]>();
  /** Bucket entries read by the last `candidates` call (what a lookup costs). */
  lastScanned = 0;

  /** Files an article under its band keys. */
  add(id: number, keys: string[]): void {
    for (const k of keys) {
      const b = this.buckets.get(k);
      if (b) b.push(id);
      else this.buckets.set(k, [id]);
    }
  }

  /** Ids sharing any key, most shared keys first, at most `limit`. */
  candidates(keys: string[], limit: number): number[] {
    const counts = new Map<number, number>();
    this.lastScanned = 0;
    for (const k of keys) {
      const bucket = this.buckets.get(k) ?? [];
      this.lastScanned += bucket.length;
      for (const id of bucket) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
