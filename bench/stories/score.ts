// Pairwise scores of a clustering against labelled incidents: two reports of one incident should share a story.

/** Pairwise precision, recall and F1, with the pair counts behind them. */
export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs put together that belong together. */
  together: number;
  /** Pairs put together. */
  predicted: number;
  /** Pairs that belong together. */
  expected: number;
}

/** Scores predicted clusters (null: a report in no story, its own cluster) against the true incident of each report. */
export function pairScore(items: { truth: string; predicted: string | null }[]): PairScore {
  const cells = new Map<string, number>();
  const pred = new Map<string, number>();
  const truth = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const it of items) {
    bump(truth, it.truth);
    if (it.predicted === null) continue;
    bump(pred, it.predicted);
    bump(cells, `${it.predicted}\u0000${it.truth}`);
  }
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((n, k) => n + (k * (k - 1)) / 2, 0);
  const together = pairs(cells);
  const predicted = pairs(pred);
  const expected = pairs(truth);
  const precision = predicted ? together / predicted : 1;
  const recall = expected ? together / expected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, together, predicted, expected };
}

/** Clusters that mix incidents, and incidents spread over several clusters (for error lists). */
export function clusterErrors(items: { id: string; truth: string; predicted: string | null }[]): {
  merged: { cluster: string; incidents: Map<string, string[]> }[];
  split: { incident: string; clusters: Map<string, string[]> }[];
} {
  const byCluster = new Map<string, Map<string, string[]>>();
  const byIncident = new Map<string, Map<string, string[]>>();
  for (const it of items) {
    const cluster = it.predicted ?? `none:${it.id}`;
    push(byCluster, cluster, it.truth, it.id);
    push(byIncident, it.truth, cluster, it.id);
  }
  return {
    merged: [...byCluster].filter(([, m]) => m.size > 1).map(([cluster, incidents]) => ({ cluster, incidents })),
    split: [...byIncident].filter(([, m]) => m.size > 1).map(([incident, clusters]) => ({ incident, clusters })),
  };
}

function push(m: Map<string, Map<string, string[]>>, a: string, b: string, id: string): void {
  const inner = m.get(a) ?? new Map<string, string[]>();
  inner.set(b, [...(inner.get(b) ?? []), id]);
  m.set(a, inner);
}

/** Pairs of reports of different incidents that name a city in common, and how many of them share a story: the
 * same-city case (a later, different case in the same town must be a story of its own). */
export function sameCityPairs(items: { truth: string; predicted: string | null; cities: string[] }[]): {
  pairs: number;
  joined: number;
} {
  let pairs = 0;
  let joined = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.truth === b.truth || !a.cities.some((c) => b.cities.includes(c))) continue;
      pairs++;
      if (a.predicted !== null && a.predicted === b.predicted) joined++;
    }
  }
  return { pairs, joined };
}
