// Export rate and memory: builds a SQLite store of N published stories (one report each, with a place, a fact and
// a privacy flag), then exports it as CSV and JSON Lines in a fresh process each, reporting rows/s and peak RSS.
// Usage: node --import tsx bench/export.ts [--n 200000] [--keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { exportChunks } from '../src/export/stream.ts';
import { openSqliteStore } from '../src/store/open.ts';
import { addArticle } from '../src/store/sql/articles.ts';
import type { Db } from '../src/store/sql/db.ts';
import type { SqlStore } from '../src/store/sql/sql-store.ts';
import { addStory } from '../src/store/sql/stories.ts';

const { values } = parseArgs({
  options: { n: { type: 'string' }, keep: { type: 'boolean' }, measure: { type: 'string' }, file: { type: 'string' } },
});
const N = Number(values.n ?? 200_000);
const BATCH = 2000;
const FORMS = ['labour', 'sexual', 'domestic_servitude', 'forced_begging'] as const;
const COUNTRIES = ['NG', 'KE', 'PH', 'BR', 'IT', 'VN'];

async function build(file: string): Promise<void> {
  const store = (await openSqliteStore(file)) as SqlStore;
  const t0 = performance.now();
  for (let i = 0; i < N; i += BATCH) {
    // One transaction per batch, writing through the transaction's own Db (the store's would wait for it).
    await store.db.tx(async (t) => {
      for (let j = i; j < Math.min(N, i + BATCH); j++) await addOne(store, t, j);
    });
  }
  console.log(`export bench: built ${N} stories in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  await store.close();
}

async function addOne(store: SqlStore, t: Db, i: number): Promise<void> {
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString();
  const s = await addStory(t, {
    title: `Workers freed from farm number ${i}; Tessaly Vorn among them`,
    slug: `bench-${i}`,
    leadArticleId: null,
    firstSeenAt: day,
    lastSeenAt: day,
    articleCount: 1,
    countries: [COUNTRIES[i % COUNTRIES.length]!],
    types: [FORMS[i % FORMS.length]!],
    relevance: 0.9,
    minors: i % 3 === 0,
    victims: (i % 40) + 1,
    incident: true,
    published: true,
    publishedAt: day,
    isSample: false,
  });
  const text = `Police freed ${(i % 40) + 1} workers from a farm near Ibadan, "=SUM(A1)" said a sign. Tessaly Vorn spoke.`;
  await addArticle(t, store.sql, {
    sourceId: null,
    url: `https://news.example/bench/${i}`,
    canonicalUrl: `https://news.example/bench/${i}`,
    title: `Farm raid ${i}`,
    text,
    byline: null,
    siteName: 'Example News',
    sourceCredit: 'Example News',
    image: null,
    language: 'en',
    publishedAt: day,
    contentHash: `h${i}`,
    simhash: null,
    storyId: s.id,
    status: 'published',
    analysis: {
      id: 'b',
      language: 'en',
      relevant: true,
      relevance: 0.9,
      incident: true,
      types: [FORMS[i % FORMS.length]!],
      countries: ['NG'],
      places: [
        { name: 'Ibadan', id: 'ng-ibadan', kind: 'city', country: 'NG', lat: 7.3775, lon: 3.947, start: 0, end: 0 },
      ],
      minors: false,
      victims: (i % 40) + 1,
      evidence: [{ field: 'victims', value: (i % 40) + 1, quote: 'workers', start: 0, end: 0 }],
      flags: [{ kind: 'privacy', quote: 'Tessaly Vorn', start: 0, end: 0, what: 'name' }],
    },
  });
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
      for (const b of chunk) if (b === 10) lines++;
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
  const peak = process.resourceUsage().maxRSS / 1024;
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
