// Start-up cost of bin/lantern beside a bare `node -e 0`, measured the same way in one run, as ratios:
// --version, extract of a page and analyze of an article (time to the first output line), compiled and via tsx.
// Usage: node --import tsx bench/start.ts [--runs N]   (CPU time of the child is reported beside wall time,
// because wall time on a shared machine says more about the neighbours than about Lantern)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../src/lib/paths.ts';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 7);
const dir = mkdtempSync(join(tmpdir(), 'lantern-start-'));
const page = join(dir, 'page.html');
writeFileSync(
  page,
  `<!doctype html><html lang="en"><head><title>Twelve women rescued in Lagos</title></head><body><article><h1>Twelve women rescued in Lagos</h1>${'<p>Police in Lagos, Nigeria, rescued twelve women who had been trafficked and forced into sexual exploitation at a nightclub, officials said on Tuesday. Two suspects were arrested.</p>'.repeat(6)}</article></body></html>`,
);

let lastChildrenCpu = 0;

interface Sample {
  firstOutputMs: number;
  cpuMs: number;
}

const cases: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['lantern --version', ['bin/lantern', '--version']],
  ['lantern extract', ['bin/lantern', 'extract', page]],
  ['lantern analyze', ['bin/lantern', 'analyze', page]],
];
const results = new Map<string, Sample[]>();
// Interleaved rounds, so a busy moment of the machine falls on every case alike.
for (let r = 0; r < runs; r++) {
  for (const [name, args] of cases) {
    const list = results.get(name) ?? [];
    list.push(await sample(args));
    results.set(name, list);
  }
}
const base = median(results.get('node -e 0')!.map((s) => s.firstOutputMs));
const baseCpu = median(results.get('node -e 0')!.map((s) => s.cpuMs));
console.log(`${runs} runs each, medians; Node ${process.version}`);
console.log('case                 first output ms   x node   cpu ms   x node');
for (const [name] of cases) {
  const list = results.get(name)!;
  const wall = median(list.map((s) => s.firstOutputMs));
  const cpu = median(list.map((s) => s.cpuMs));
  console.log(
    `${name.padEnd(20)} ${wall.toFixed(0).padStart(15)} ${(wall / base).toFixed(1).padStart(8)} ${cpu.toFixed(0).padStart(8)} ${(cpu / baseCpu).toFixed(1).padStart(8)}`,
  );
}

/** Runs one child: milliseconds to its first byte of stdout (or exit), and its CPU time from /proc when it ends. */
function sample(args: string[]): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let first = 0;
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => {
      first = performance.now() - t0;
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', () => {
      resolve({ firstOutputMs: first || performance.now() - t0, cpuMs: childrenCpuSinceLastCall() });
    });
  });
}

/** CPU time of the children reaped since the previous call (cutime + cstime of /proc/self/stat, 100 Hz ticks). */
function childrenCpuSinceLastCall(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]);
  const ms = (ticks * 1000) / 100;
  const delta = ms - lastChildrenCpu;
  lastChildrenCpu = ms;
  return delta;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
