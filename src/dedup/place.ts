// Which story a new report joins, given the reports already filed that share a story key with it. Pure: the
// orchestrator reads the neighbours, this decides, the store writes.
import { type Comparison, compareReports, type StoryPrint } from './compare.ts';
import type { IncidentPrint } from './incident.ts';

/** A filed report: its story and its print. */
export interface Neighbour {
  storyId: number;
  print: StoryPrint;
}

/** The chosen story and the comparison that chose it, and the other stories the report also belongs to. */
export interface StoryChoice {
  storyId: number;
  comparison: Comparison;
  /** Stories the report shows to be the same incident as the chosen one (reports that came out of order). */
  others: number[];
}

/** Extra evidence a story's pooled reports must show over a single report's (pooling adds chance overlaps). */
export const POOLED_MARGIN = 1;
/** Largest story (in reports read) that a grown story may take in without a report matching it directly. */
export const GROWN_MAX = 2;

/**
 * The story most surely telling the same incident: through one of its reports (an arrest report links to the
 * rescue it follows), or, with a margin, through the facts its reports found together (one outlet gives the count,
 * another the names, a third the town).
 */
export function placeInStory(candidate: StoryPrint, neighbours: readonly Neighbour[]): StoryChoice | null {
  let best: { storyId: number; comparison: Comparison } | null = null;
  const matched = new Set<number>();
  const consider = (storyId: number, comparison: Comparison) => {
    if (!comparison.same) return;
    matched.add(storyId);
    if (!best || comparison.score > best.comparison.score) best = { storyId, comparison };
  };
  const byStory = new Map<number, StoryPrint[]>();
  const compared = neighbours.map((n) => ({ storyId: n.storyId, comparison: compareReports(candidate, n.print) }));
  // A story one of whose reports the candidate contradicts (other countries, another town and count) is another
  // incident's, however well the candidate matches a second report of it: one match never outweighs a conflict.
  const contradicted = new Set(compared.filter((c) => contradicts(c.comparison)).map((c) => c.storyId));
  for (const [i, n] of neighbours.entries()) {
    if (!contradicted.has(n.storyId)) consider(n.storyId, compared[i]!.comparison);
    byStory.set(n.storyId, [...(byStory.get(n.storyId) ?? []), n.print]);
  }
  for (const [storyId, prints] of byStory) {
    if (prints.length < 2 || contradicted.has(storyId)) continue;
    const pooled = compareReports(candidate, pool(prints, candidate.at), POOLED_MARGIN);
    consider(storyId, pooled);
  }
  if (!best) return null;
  const chosen: { storyId: number; comparison: Comparison } = best;
  // With this report, the chosen story may now show another candidate story to be the same incident.
  const grown = pool([candidate, ...(byStory.get(chosen.storyId) ?? [])], candidate.at);
  for (const [storyId, prints] of byStory) {
    // Only a small story is taken in this way: two large ones pool enough facts to meet by chance.
    if (storyId === chosen.storyId || matched.has(storyId) || prints.length > GROWN_MAX) continue;
    const other = prints.length > 1 ? pool(prints, candidate.at) : prints[0]!;
    if (compareReports(other, grown, POOLED_MARGIN).same) matched.add(storyId);
  }
  return { ...chosen, others: [...matched].filter((id) => id !== chosen.storyId) };
}

/** Evidence against at or under which a report contradicts another (a veto, or conflicts that no fact offsets). */
export const CONTRADICTION = -2;

/** Whether a comparison shows two reports to be of different incidents, not merely unlike. */
function contradicts(c: Comparison): boolean {
  return c.veto !== null || c.score <= CONTRADICTION;
}

/** One print holding what several reports of a story say; its time is the report nearest to `at`. */
export function pool(prints: readonly StoryPrint[], at: number): StoryPrint {
  const nearest = prints.reduce((a, b) => (Math.abs(b.at - at) < Math.abs(a.at - at) ? b : a));
  const union = <K extends keyof IncidentPrint>(k: K) =>
    [...new Set(prints.flatMap((p) => p.incident[k] as unknown[]))] as IncidentPrint[K];
  const victims = prints.map((p) => p.incident.victims).filter((v): v is number => v !== null);
  const incident: IncidentPrint = {
    cities: union('cities'),
    cityNames: union('cityNames'),
    regions: union('regions'),
    localities: [...new Set(prints.flatMap((p) => p.incident.localities ?? []))],
    countries: union('countries'),
    origins: [...new Set(prints.flatMap((p) => p.incident.origins ?? []))],
    abroad: [...new Set(prints.flatMap((p) => p.incident.abroad ?? []))],
    forms: union('forms'),
    settings: [...new Set(prints.flatMap((p) => p.incident.settings ?? []))],
    victims: victims.length ? mostCommon(victims) : null,
    victimsHedged: prints.some((p) => p.incident.victimsHedged),
    numbers: [...union('numbers'), ...victims],
    counts: [...union('counts'), ...victims.map((v) => `${v}:people`)],
    ages: union('ages'),
    ranges: union('ranges'),
    dates: [...new Set(prints.flatMap((p) => p.incident.dates ?? []))],
    months: [...new Set(prints.flatMap((p) => p.incident.months ?? []))],
    weekdays: [...new Set(prints.flatMap((p) => p.incident.weekdays ?? []))],
    small: [...new Set(prints.flatMap((p) => p.incident.small ?? []))],
    rough: [...new Set(prints.flatMap((p) => p.incident.rough ?? []))],
    money: [...new Set(prints.flatMap((p) => p.incident.money ?? []))],
    names: union('names'),
    officials: union('officials'),
    bodies: union('bodies'),
    words: union('words'),
    operations: union('operations'),
    terms: (union('terms') as number[]).sort((a, b) => a - b),
    // A pool of one language keeps it; a pool of several is 'mul' (its names are spelt several ways).
    language: new Set(prints.map((p) => p.incident.language)).size === 1 ? nearest.incident.language : 'mul',
  };
  return { incident, at: nearest.at, dated: nearest.dated, shingles: nearest.shingles };
}

function mostCommon(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}
