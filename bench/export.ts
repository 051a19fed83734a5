// Export rate and memory: builds a SQLite store of N published stories (bench/story-fixture.ts), then exports
// it as CSV and JSON Lines in a fresh process each, reporting rows/s and peak RSS.
// Usage: node --import tsx bench/export.ts [--n 200000] [--keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { exportChunks } from '../src/export/stream.ts';
import { openSqliteStore } from '../src/store/open.ts';
import type { SqlStore } from '../src/store/sql/sql-store.ts';
import { buildStories } from './story-fixture.ts';

const { values } = parseArgs({
  options: { n: { type: 'string' }, keep: { type: 'boolean' }, measure: { type: 'string' }, file: { type: 'string' } },
});
const N = Number(values.n ?? 200_000);
async function build(file: string): Promise<void> {
  const store = (await openSqliteStore(file)) as SqlStore;
  const secs = await buildStories(store, N);
  console.log(`export bench: built ${N} stories in ${secs.toFixed(0)} s`);
  await store.close();
}

/** Child process: one export of the whole store to a counting sink; prints rows/s and peak RSS. */
async function measure(file: string, format: 'csv' | 'jsonl'): Promise<void> {
  const store = await openSqliteStore(file);
  let bytes = 0;
  let lines = 0;
  let rssMid = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      if (!rssMid && lines > N / 2) rssMid = process.memoryUsage().rss;
      done();
    },
  });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await pipeline(Readable.from(exportChunks(store, {}, format, { publicUrl: 'https://lantern.example' })), sink);
  const s = (performance.now() - t0) / 1000;
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1e6;
  const rows = format === 'csv' ? lines - 1 : lines;
  const peak = (process.resourceUsage().maxRSS * 1024) / 1e6;
  console.log(
    `export ${format}: ${rows} rows in ${s.toFixed(1)} s = ${Math.round(rows / s)} rows/s wall, ${Math.round(rows / cpu)} per CPU-second, ${(bytes / 1e6).toFixed(0)} MB; RSS at half ${(rssMid / 1e6).toFixed(0)} MB, peak ${peak.toFixed(0)} MB`,
  );
  if (rows !== N) throw new Error(`expected ${N} rows, got ${rows}`);
  await store.close();
}

if (values.measure) {
  await measure(values.file!, values.measure as 'csv' | 'jsonl');
} else {
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `export-${N}.db`);
  if (!existsSync(file)) await build(file);
  for (const format of ['csv', 'jsonl']) {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, '--measure', format, '--file', file, '--n', String(N)],
      { stdio: 'inherit' },
    );
    if (r.status !== 0) process.exit(r.status ?? 2);
  }
  if (!values.keep) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}
