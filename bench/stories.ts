// Story clustering on labelled reports of real (or, for tests, fictional) incidents: served as feeds from loopback
// outlets, fetched through the real pipeline into a fresh store, scored by pairs of reports sharing a story.
// Run: node --import tsx bench/stories.ts [--data FILE]... [--seed N] [--timeline compressed|real|undated] [--errors]
//   default data: ../shared/data/stories/dev.jsonl. Never run --errors on the blind set.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAnalyzer } from '../src/analyze/analyzer.ts';
import { ROOT } from '../src/lib/paths.ts';
import { replay } from './stories/replay.ts';
import { readReports, type StoryReport } from './stories/reports.ts';
import { clusterErrors, pairScore, sameCityPairs } from './stories/score.ts';
import { TIMELINES, type Timeline } from './stories/timeline.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    seed: { type: 'string', default: '1' },
    errors: { type: 'boolean', default: false },
    timeline: { type: 'string', default: 'compressed' },
  },
});
const files = values.data ?? [join(ROOT, '..', 'shared', 'data', 'stories', 'dev.jsonl')];
for (const f of files) if (!existsSync(f)) throw new Error(`stories: no such file ${f}`);
const reports = files.flatMap(readReports);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`stories: --seed must be an integer, not ${values.seed}`);

const timeline = values.timeline as Timeline;
if (!TIMELINES.includes(timeline)) throw new Error(`stories: --timeline must be one of ${TIMELINES.join(', ')}`);

const t0 = performance.now();
const result = await replay(reports, await loadAnalyzer(), { seed, timeline });
const score = pairScore(result.items);
const incidents = new Map<string, number>();
for (const r of reports) incidents.set(r.incident, (incidents.get(r.incident) ?? 0) + 1);
const multi = [...incidents.values()].filter((n) => n > 1).length;
console.log(
  `stories: ${reports.length} reports of ${incidents.size} incidents (${multi} told more than once), ${new Set(reports.map((r) => r.outlet)).size} outlets, ${result.passes} passes, ${timeline} timeline, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
console.log(
  `stories: ${result.stored} stored, ${result.relevant} relevant → ${result.stories} stories; pairs together ${score.together} of ${score.predicted} predicted, ${score.expected} expected`,
);
console.log(`credit: the lead is the first-published report in ${result.credit.right} of ${result.credit.of} stories`);
// Recall among reports that reached a story: what clustering itself missed (the rest is relevance or fetching).
const clustered = pairScore(result.items.filter((i) => i.predicted !== null));
console.log(`stories: among reports in a story: recall ${clustered.recall.toFixed(3)} (${clustered.expected} pairs)`);
const city = sameCityPairs(result.items);
console.log(
  `same city: ${city.joined} of ${city.pairs} pairs of different incidents naming a city in common share a story`,
);
if (values.errors) printErrors(reports, result.items, result.credit.wrong);
console.log(
  `stories precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} f1 ${score.f1.toFixed(3)}`,
);

function printErrors(
  rs: StoryReport[],
  items: { id: string; truth: string; predicted: string | null }[],
  wrong: string[],
) {
  const byId = new Map(rs.map((r) => [r.id, r]));
  const show = (id: string) =>
    `${id} ${byId.get(id)!.published?.slice(0, 10) ?? '?'} ${byId.get(id)!.title.slice(0, 70)}`;
  const { merged, split } = clusterErrors(items);
  for (const m of merged) {
    console.log(`merged: story ${m.cluster}`);
    for (const [inc, ids] of m.incidents) for (const id of ids) console.log(`  ${inc}: ${show(id)}`);
  }
  for (const s of split) {
    console.log(`split: ${s.incident}`);
    for (const [cl, ids] of s.clusters) for (const id of ids) console.log(`  ${cl}: ${show(id)}`);
  }
  for (const id of wrong) console.log(`credit: lead ${id.startsWith('(') ? id : show(id)}`);
}
