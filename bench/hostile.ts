// Hostile pages (issue 15): time and peak memory of extracting each, one fresh process per page, beside a normal
// article page of about the same size, so the figures read as ratios on any machine.
// Usage: node --import tsx bench/hostile.ts [--only NAME]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { extractPage } from '../src/extract/extract.ts';
import * as hostile from '../test/fixtures/extract/hostile.ts';

/** Each case: a name, a generator and its repeat count (the sizes, and the largest under the element limit). */
const CASES: [string, (n: number) => string, number][] = [
  ['normal page (1.3 MB)', hostile.normalPage, 10_000],
  ["'<div><span><b>' × 80k (issue: 37 s)", hostile.unclosedNest, 80_000],
  ["'<div><span><b>' × 160k (issue: 166 s)", hostile.unclosedNest, 160_000],
  ["'<div><span><b>' × 19k (under the element limit)", hostile.unclosedNest, 19_000],
  ["'<a>x</a>' × 580k (issue: 25 s, 1.78 GB)", hostile.flatLinks, 580_000],
  ["'<a>x</a>' × 59k (under the element limit)", hostile.flatLinks, 59_000],
  ['deep unclosed tables × 100k', hostile.deepTables, 100_000],
  ['deep unclosed tables × 19k', hostile.deepTables, 19_000],
  ['deep unclosed lists × 150k', hostile.deepLists, 150_000],
  ['deep unclosed lists × 29k', hostile.deepLists, 29_000],
  ['deep unclosed inline × 100k', hostile.deepInline, 100_000],
  ['deep unclosed inline × 14k', hostile.deepInline, 14_000],
  ['one link around paragraphs × 40k', hostile.linkWrapped, 40_000],
];

const { values } = parseArgs({ options: { case: { type: 'string' }, only: { type: 'string' } } });
if (values.case !== undefined) runOne(Number(values.case));
else runAll(values.only);

/** In a child: builds the page, extracts it once, prints one JSON line of figures. */
function runOne(i: number): void {
  const [, make, n] = CASES[i]!;
  const html = make(n);
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  let outcome: string;
  try {
    const r = extractPage(html);
    outcome = r.article ? `article, ${r.article.text.length} chars` : `no article (${r.reason})`;
  } catch (err) {
    outcome = `refused: ${(err as Error).message}`;
  }
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ms, mb: html.length / 1e6, rssBefore, peak, outcome }));
}

function runAll(only?: string): void {
  console.log(`one process per page, Node ${process.version}; memory: peak RSS of the process, and above its RSS`);
  console.log("with the page built (the extraction's own share)");
  let normalMs = 0;
  CASES.forEach(([name], i) => {
    if (only && i > 0 && !name.includes(only)) return;
    const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--case', String(i)], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(`${name}: failed (status ${child.status}) ${child.stderr.slice(-300)}`);
      return;
    }
    const r = JSON.parse(line) as { ms: number; mb: number; rssBefore: number; peak: number; outcome: string };
    if (i === 0) normalMs = r.ms;
    const mib = (b: number) => (b / 2 ** 20).toFixed(0);
    console.log(
      `${name.padEnd(52)} ${r.mb.toFixed(2)} MB  ${r.ms.toFixed(0).padStart(6)} ms (${(r.ms / normalMs).toFixed(2)}× normal)  peak ${mib(r.peak)} MiB (+${mib(r.peak - r.rssBefore)})  ${r.outcome.slice(0, 70)}`,
    );
  });
}
