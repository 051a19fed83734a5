// Facet counts over a candidate sample: raw values counted first (few distinct ones), then split and named.
import type { SearchCandidate } from '../sql/dialect.ts';
import type { SearchResult } from '../store.ts';
import { KEY_SPAN, monthOfDay } from './doc.ts';

type Facets = SearchResult['facets'];

/** Facet counts of a sample, scaled when the sample stands for more matches than it holds. */
export function countFacets(sample: SearchCandidate[], wanted: string[], scale: number): Facets {
  // Count raw values first (few distinct ones), then split and name them: this runs on every query.
  const raw: Record<string, Map<unknown, number>> = {};
  const fields: Record<string, (c: SearchCandidate) => unknown> = {
    country: (c) => c.countries,
    type: (c) => c.types,
    language: (c) => c.language,
    source: (c) => c.sourceId,
    story: (c) => c.storyId,
    month: (c) => Math.floor(c.key / KEY_SPAN),
    minors: (c) => c.minors,
    incident: (c) => c.incident,
  };
  const active = wanted.filter((f) => fields[f]);
  for (const f of active) {
    const m = new Map<unknown, number>();
    const get = fields[f]!;
    for (const c of sample) {
      const v = get(c);
      m.set(v, (m.get(v) ?? 0) + 1);
    }
    raw[f] = m;
  }
  const out: Facets = {};
  for (const f of active) {
    const named = new Map<string, number>();
    for (const [v, n] of raw[f]!) {
      for (const name of facetNames(f, v)) named.set(name, (named.get(name) ?? 0) + n);
    }
    const list = [...named].map(([value, n]) => ({ value, count: Math.round(n * scale) }));
    if (f === 'month') list.sort((a, b) => a.value.localeCompare(b.value));
    else list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    out[f] = f === 'month' ? list : list.slice(0, 50);
  }
  return out;
}

function facetNames(facet: string, v: unknown): string[] {
  if (v === null || v === undefined || v === '') return [];
  if (facet === 'country' || facet === 'type') return String(v).split(',').filter(Boolean);
  if (facet === 'month') return [monthOfDay(v as number)];
  if (facet === 'minors' || facet === 'incident') return [v ? 'yes' : 'no'];
  return [String(v)];
}
