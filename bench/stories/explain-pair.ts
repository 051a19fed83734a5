// Explains story comparisons of chosen report pairs: each side's incident print and the evidence weighed.
// Run: node --import tsx bench/stories/explain-pair.ts --data FILE ID ID [ID ...]. Never on the blind set.
import { parseArgs } from 'node:util';
import { loadAnalyzer } from '../../src/analyze/analyzer.ts';
import { compareReports, type StoryPrint } from '../../src/dedup/compare.ts';
import { articlePrints } from '../../src/dedup/prints.ts';
import { readReports } from './reports.ts';

const { values, positionals } = parseArgs({
  options: { data: { type: 'string', multiple: true }, prints: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const reports = (values.data ?? []).flatMap(readReports);
const analyzer = await loadAnalyzer();
const prints = new Map<string, StoryPrint>();
const dates = positionals.map((id) => reports.find((x) => x.id === id)?.published).filter((d): d is string => !!d);
const firstDate = dates.length ? Math.min(...dates.map(Date.parse)) : Date.now();
for (const id of positionals) {
  const r = reports.find((x) => x.id === id);
  if (!r) throw new Error(`explain: no report ${id}`);
  const analysis = analyzer.analyze({ id: r.id, title: r.title, text: r.text, url: r.url });
  const p = articlePrints(r.title, r.text, analysis);
  if (!p.incident) {
    console.log(`${id}: not relevant`);
    continue;
  }
  // An undated report is fetched soon after the others (as the replay schedules it): the earliest date given.
  const at = r.published ? Date.parse(r.published) : firstDate;
  prints.set(id, { incident: p.incident, at, dated: r.published !== null, shingles: p.near.shingles });
  if (values.prints) console.log(id, JSON.stringify(p.incident));
}
const ids = [...prints.keys()];
for (let i = 0; i < ids.length; i++)
  for (let j = i + 1; j < ids.length; j++) {
    const c = compareReports(prints.get(ids[i]!)!, prints.get(ids[j]!)!);
    console.log(
      `${ids[i]}~${ids[j]} same=${c.same} p=${c.probability?.toFixed(2)} rules=${c.rules} score=${c.score.toFixed(2)} veto=${c.veto} | ${c.evidence.join('; ')}`,
    );
  }
