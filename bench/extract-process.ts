// Whole-process extraction speed (issue 15): `lantern extract --jsonl` vs Readability.js on jsdom, each one Node
// process over the same JSON Lines of pages (the dev set repeated, 440 pages by default), process start, module
// loading, reading and writing included. Run side by side, best of --runs, wall and CPU time.
// Usage: node --import tsx bench/extract-process.ts [--repeat 5] [--runs 3]   (run `npm run build` first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../src/lib/paths.ts';

const { values } = parseArgs({ options: { repeat: { type: 'string' }, runs: { type: 'string' } } });
const dir = join(ROOT, '..', 'shared', 'data', 'extraction', 'html');
let names: string[];
try {
  names = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort();
} catch {
  console.log(`no pages under ${dir}: nothing to measure`);
  process.exit(0);
}
const repeat = Number(values.repeat ?? 5);
const rows = names.map((f, i) =>
  JSON.stringify({ id: String(i), html: gunzipSync(readFileSync(join(dir, f))).toString('utf8') }),
);
const work = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
const input = join(work, 'pages.jsonl');
writeFileSync(input, `${Array.from({ length: repeat }, () => rows.join('\n')).join('\n')}\n`);
const pages = rows.length * repeat;

// Readability on jsdom as a plain script (no TypeScript loader), reading the same lines and writing one JSON each.
const READABILITY = `
import { createInterface } from 'node:readline';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const row = JSON.parse(line);
  const dom = new JSDOM(row.html, { virtualConsole: new VirtualConsole() });
  const a = new Readability(dom.window.document).parse();
  dom.window.close();
  process.stdout.write(JSON.stringify({ id: row.id, text: a?.textContent ?? '' }) + '\\n');
}`;

const TOOLS: [string, string[]][] = [
  ['lantern extract --jsonl', [join(ROOT, 'bin', 'lantern'), 'extract', '--jsonl', input]],
  ['readability-jsdom', ['--input-type=module', '-e', READABILITY]],
];

console.log(`pages: ${pages} (${names.length} × ${repeat}), one process each, Node ${process.version}`);
const best = new Map<string, { wall: number; cpu: number }>();
for (let run = 0; run < Number(values.runs ?? 3); run++) {
  for (const [name, args] of TOOLS) {
    const r = timeProcess(args);
    const prev = best.get(name);
    if (!prev || r.wall < prev.wall) best.set(name, r);
  }
}
for (const [name, r] of best)
  console.log(
    `${name.padEnd(24)} ${r.wall.toFixed(2)} s wall  ${r.cpu.toFixed(2)} s CPU  ${(pages / r.wall).toFixed(1)} pages/s`,
  );
const [l, j] = [best.get(TOOLS[0]![0])!, best.get(TOOLS[1]![0])!];
console.log(
  `whole-process ratio readability-jsdom / lantern: ${(j.wall / l.wall).toFixed(1)}× wall, ${(j.cpu / l.cpu).toFixed(1)}× CPU`,
);
rmSync(work, { recursive: true, force: true });

/** Runs node with args (stdin from the page file), returns wall and child CPU seconds; output must be one line per page. */
function timeProcess(args: string[]): { wall: number; cpu: number } {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: ROOT,
    input: readFileSync(input),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const wall = (performance.now() - t0) / 1000;
  const lines = child.stdout.split('\n').filter(Boolean).length;
  if (lines !== pages)
    throw new Error(`${args.join(' ')}: ${lines} lines for ${pages} pages; ${child.stderr.slice(-300)}`);
  return { wall, cpu: childrenCpu() - cpu0 };
}

/** CPU seconds of this process's finished children (Linux /proc: cutime + cstime, 100 ticks a second); NaN elsewhere. */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}
