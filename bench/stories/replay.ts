// Replays reports as a news monitor meets them: each outlet's feed gains a report some hours (or days) after it was
// published, so copies often arrive before their originals; a pass of the real pipeline (fetch → extract → analyse
// → dedupe → cluster → store) runs whenever feeds change, on a simulated clock, into a fresh store.
import type { Analyzer } from '../../src/analyze/analyzer.ts';
import { loadConfig } from '../../src/config/settings.ts';
import { canonicalUrl } from '../../src/dedup/canonical.ts';
import { runPass } from '../../src/jobs/run-once.ts';
import type { Source } from '../../src/model/records.ts';
import { pipelineContext } from '../../src/pipeline/context.ts';
import { openMemoryStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { rng } from '../rng.ts';
import { type Outlets, startOutlets } from './outlets.ts';
import type { StoryReport } from './reports.ts';
import { retime, type Timeline } from './timeline.ts';

/** Feeds are polled on this grid (hours): reports arriving within one step are fetched in one pass. */
const STEP_HOURS = 6;
/** Share of reports that reach their feed late (1–6 days after publication) rather than within 18 hours. */
const LATE_SHARE = 0.2;

/** Where each report ended up, and how the run went. */
export interface ReplayResult {
  items: {
    id: string;
    truth: string;
    predicted: string | null;
    articleId: number | null;
    lead: boolean;
    /** Gazetteer ids of the cities the report's analysis names (for the same-city figure). */
    cities: string[];
  }[];
  passes: number;
  stored: number;
  relevant: number;
  stories: number;
  /** Stories of two or more reports whose lead is the earliest published of them, out of such stories. */
  credit: { right: number; of: number; wrong: string[] };
}

/** Serves the reports from loopback outlets, runs the pipeline pass by pass, and reads back the stories. */
export async function replay(
  original: StoryReport[],
  analyzer: Analyzer,
  opts: { seed?: number; timeline?: Timeline } = {},
): Promise<ReplayResult> {
  const seed = opts.seed ?? 1;
  const timed = retime(original, opts.timeline ?? 'real', seed);
  const reports = timed.map((t) => t.report);
  const outlets = await startOutlets(reports);
  const store = await openMemoryStore();
  try {
    const passes = await runPasses(timed, outlets, store, analyzer, seed);
    return { ...(await readBack(reports, outlets, store)), passes };
  } finally {
    await store.close();
    await outlets.close();
  }
}

async function runPasses(
  timed: { report: StoryReport; at: number }[],
  outlets: Outlets,
  store: Store,
  analyzer: Analyzer,
  seed: number,
): Promise<number> {
  const config = loadConfig({
    LANTERN_FETCH_ALLOW: outlets.list.map((o) => o.host).join(','),
    LANTERN_FETCH_HOST_DELAY_MS: '0',
    LANTERN_ANALYSIS_THREADS: '0',
    LANTERN_FETCH_TIMEOUT_MS: '10000',
  });
  const sources = new Map<string, Source>();
  for (const o of outlets.list) {
    sources.set(
      o.name,
      await store.sources.add({ url: `${o.origin}/feed.xml`, kind: 'rss', name: o.name, language: o.language }),
    );
  }
  let clock = new Date(0);
  const ctx = pipelineContext(store, config, analyzer);
  ctx.now = () => clock;
  try {
    const ticks = schedule(timed, seed);
    for (const [tick, due] of ticks) {
      clock = new Date(tick);
      for (const r of due) outlets.arrive(r.id);
      await runPass(ctx, { sources: [...new Set(due.map((r) => sources.get(r.outlet)!))] });
    }
    return ticks.size;
  } finally {
    await ctx.cpu.close();
  }
}

/** Arrival ticks in time order, each with the reports that reach their feeds then. */
export function schedule(timed: { report: StoryReport; at: number }[], seed: number): Map<number, StoryReport[]> {
  const next = rng(seed);
  const step = STEP_HOURS * 3600_000;
  const firstOf = new Map<string, number>();
  for (const { report: r, at } of timed) {
    if (Number.isFinite(at)) firstOf.set(r.incident, Math.min(firstOf.get(r.incident) ?? at, at));
  }
  const at = timed.map(({ report: r, at: when }) => {
    const base = Number.isFinite(when) ? when : (firstOf.get(r.incident) ?? NaN);
    const lagHours = next() * 18 + (next() < LATE_SHARE ? 24 + next() * 120 : 0);
    const tick = Math.ceil((Number.isFinite(base) ? base : Date.UTC(2024, 0, 1)) / step + lagHours / STEP_HOURS) * step;
    return { r, tick };
  });
  at.sort((a, b) => a.tick - b.tick);
  const out = new Map<number, StoryReport[]>();
  for (const { r, tick } of at) out.set(tick, [...(out.get(tick) ?? []), r]);
  return out;
}

async function readBack(reports: StoryReport[], outlets: Outlets, store: Store): Promise<Omit<ReplayResult, 'passes'>> {
  const items: ReplayResult['items'] = [];
  const leads = new Map<number, number | null>();
  let relevant = 0;
  for (const r of reports) {
    const a = await store.articles.byUrl(canonicalUrl(outlets.pageUrl(r.id)) ?? '');
    if (a?.analysis?.relevant) relevant++;
    if (a?.storyId && !leads.has(a.storyId))
      leads.set(a.storyId, (await store.stories.get(a.storyId))?.leadArticleId ?? null);
    const lead = !!a?.storyId && leads.get(a.storyId) === a.id;
    items.push({
      id: r.id,
      truth: r.incident,
      predicted: a?.storyId ? String(a.storyId) : null,
      articleId: a?.id ?? null,
      lead,
      cities: (a?.analysis?.places ?? []).filter((p) => p.kind === 'city').map((p) => p.id),
    });
  }
  return {
    items,
    stored: items.filter((i) => i.articleId !== null).length,
    relevant,
    stories: leads.size,
    credit: creditCheck(reports, items),
  };
}

/** For each story holding two or more reports: is its lead the earliest published of them? */
function creditCheck(reports: StoryReport[], items: ReplayResult['items']): ReplayResult['credit'] {
  const byStory = new Map<string, { r: StoryReport; lead: boolean }[]>();
  items.forEach((it, i) => {
    if (it.predicted)
      byStory.set(it.predicted, [...(byStory.get(it.predicted) ?? []), { r: reports[i]!, lead: it.lead }]);
  });
  let right = 0;
  let of = 0;
  const wrong: string[] = [];
  for (const members of byStory.values()) {
    const dated = members.filter((m) => m.r.published);
    if (members.length < 2 || !dated.length) continue;
    of++;
    const first = Math.min(...dated.map((m) => Date.parse(m.r.published!)));
    const lead = members.find((m) => m.lead);
    if (lead?.r.published && Date.parse(lead.r.published) === first) right++;
    else wrong.push(lead ? lead.r.id : `(no lead among ${members.map((m) => m.r.id).join(', ')})`);
  }
  return { right, of, wrong };
}
