// Timelines for the story benchmark. Real dates separate most look-alike incidents by months or years, which makes
// clustering easy; `compressed` moves every incident into one four-week window (keeping the gaps between its own
// reports), so same-place cases of other months become neighbours in time; `undated` also drops the dates from
// feeds and pages, so only the fetch time is known.
import { rng } from '../rng.ts';
import type { StoryReport } from './reports.ts';

/** How report dates are served. */
export type Timeline = 'real' | 'compressed' | 'undated';
/** Timelines by name. */
export const TIMELINES: readonly Timeline[] = ['real', 'compressed', 'undated'];

/** Window incidents start in when compressed (days), and its start. */
const WINDOW_DAYS = 28;
const WINDOW_START = Date.UTC(2025, 2, 3);

/** The reports with dates for the timeline, plus the time each one should be scheduled by (never null). */
export function retime(reports: StoryReport[], mode: Timeline, seed: number): { report: StoryReport; at: number }[] {
  if (mode === 'real') return reports.map((r) => ({ report: r, at: r.published ? Date.parse(r.published) : NaN }));
  const next = rng(seed * 7919 + 1);
  const starts = new Map<string, number>();
  for (const r of reports) {
    if (!r.published) continue;
    const t = Date.parse(r.published);
    starts.set(r.incident, Math.min(starts.get(r.incident) ?? t, t));
  }
  const shift = new Map<string, number>();
  for (const [inc, start] of [...starts].sort((a, b) => a[0].localeCompare(b[0]))) {
    shift.set(inc, WINDOW_START + Math.floor(next() * WINDOW_DAYS * 86400_000) - start);
  }
  return reports.map((r) => {
    const at = r.published ? Date.parse(r.published) + (shift.get(r.incident) ?? 0) : NaN;
    const published = mode === 'undated' || !Number.isFinite(at) ? null : new Date(at).toISOString();
    return { report: { ...r, published }, at };
  });
}
