// Dumps every pair of a story set with its comparison (JSON lines), for studying the evidence on dev sets only.
// Run: node --import tsx bench/stories/pairs-dump.ts --data FILE > pairs.jsonl. Never on a blind set.
import { parseArgs } from 'node:util';
import { loadAnalyzer } from '../../src/analyze/analyzer.ts';
import { compareReports, type StoryPrint } from '../../src/dedup/compare.ts';
import { articlePrints } from '../../src/dedup/prints.ts';
import { readReports } from './reports.ts';

const { values } = parseArgs({ options: { data: { type: 'string', multiple: true } } });
const reports = (values.data ?? []).flatMap(readReports);
const analyzer = await loadAnalyzer();
const dated = reports.filter((r) => r.published).map((r) => Date.parse(r.published!));
const first = dated.length ? Math.min(...dated) : Date.now();
const items: { id: string; incident: string; print: StoryPrint }[] = [];
for (const r of reports) {
  const analysis = analyzer.analyze({ id: r.id, title: r.title, text: r.text, url: r.url });
  const p = articlePrints(r.title, r.text, analysis);
  if (!p.incident) continue;
  const at = r.published ? Date.parse(r.published) : first;
  items.push({
    id: r.id,
    incident: r.incident,
    print: { incident: p.incident, at, dated: !!r.published, shingles: p.near.shingles },
  });
}
for (let i = 0; i < items.length; i++)
  for (let j = i + 1; j < items.length; j++) {
    const a = items[i]!;
    const b = items[j]!;
    const c = compareReports(a.print, b.print);
    const days = Math.abs(a.print.at - b.print.at) / 86400_000;
    const undated = !a.print.dated || !b.print.dated;
    const cx = a.print.incident.countries;
    const cy = b.print.incident.countries;
    console.log(
      JSON.stringify({
        a: a.id,
        b: b.id,
        cx,
        cy,
        ox: a.print.incident.origins ?? [],
        oy: b.print.incident.origins ?? [],
        p: c.probability ?? null,
        gold: a.incident === b.incident,
        same: c.same,
        score: c.score,
        veto: c.veto,
        days,
        undated,
        evidence: c.evidence,
      }),
    );
  }
