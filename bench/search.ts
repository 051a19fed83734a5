// Search at scale: builds a store of N synthetic articles (Zipf vocabulary, weighted countries, forms and dates),
// then times queries by class with facets and snippets. Prints build time, size and p50/p99 per class.
// Wall times on a shared machine include waiting for a core; 'cpu' is this process's CPU time per query (for
// SQLite that is all the work; for PostgreSQL the server's share is not in it).
// Usage: node --import tsx bench/search.ts [--n 1000000] [--store sqlite|postgres|both] [--reuse] [--runs 5] [--by-story]
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openSqliteStore } from '../src/store/open.ts';
import { openPostgresStore } from '../src/store/postgres/open.ts';
import type { SqlStore } from '../src/store/sql/sql-store.ts';
import type { SearchQuery } from '../src/store/store.ts';
import { makeGenerator, vocabulary } from './synth.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    store: { type: 'string' },
    reuse: { type: 'boolean' },
    runs: { type: 'string' },
    batch: { type: 'string' },
    'by-story': { type: 'boolean' },
  },
});
const N = Number(values.n ?? 1_000_000);
const RUNS = Number(values.runs ?? 5);
const BATCH = Number(values.batch ?? 2000);
/** --by-story: one hit per story (the public search page's mode). */
const BY = values['by-story'] ? ('story' as const) : undefined;
const OUT = join(import.meta.dirname, 'out');

/** Query classes; words are picked by their rank in the Zipf vocabulary (rank 1 is in nearly every article). */
function queryClasses(): Record<string, SearchQuery[]> {
  const v = vocabulary();
  const pick = (ranks: number[]) => ranks.map((r) => v[r]!);
  const rare = pick([30_011, 31_017, 33_023, 35_029, 36_031, 37_037, 38_041, 39_043, 39_503, 39_901]);
  const medium = pick([301, 420, 555, 700, 810, 999, 1200, 1500, 1800, 2000]);
  return {
    rare: rare.map((w) => ({ q: w })),
    'rare+filter': rare.map((w, i) => ({ q: w, country: [['NG', 'IN', 'US', 'PH', 'TH'][i % 5]!] })),
    medium: medium.map((w, i) => ({ q: i % 2 ? w : `${w} ${medium[(i + 3) % 10]}` })),
    'very common': [
      'the',
      'of',
      'and',
      'police',
      'the police',
      'trafficking',
      'workers rescued',
      '"of the"',
      'was OR were',
      'the -police',
    ].map((q) => ({ q })),
    'very common+filter': ['the', 'of', 'police', 'and', 'trafficking'].flatMap((q) => [
      { q, country: ['HT'] },
      { q, type: ['organ_removal'], from: '2024-01' },
    ]),
    'very common, by date': ['the', 'of', 'police', 'trafficking', 'and'].map((q) => ({ q, sort: 'date' as const })),
    'filter-only': [
      { q: '' },
      { q: 'country:NG' },
      { q: 'type:labour' },
      { q: 'country:IN type:sexual' },
      { q: 'minors:yes from:2020' },
      { q: 'lang:fr' },
      { q: '', publishedOnly: true, country: ['PH'] },
      { q: 'country:HT type:child_soldiers' },
      { q: 'incident:yes -country:US to:2018' },
      { q: 'from:2024-06 to:2024-06' },
    ],
  };
}

async function build(store: SqlStore): Promise<number> {
  const gen = makeGenerator(11);
  const t0 = performance.now();
  for (let i = 0; i < N; i += BATCH) {
    const docs = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) docs.push(gen(j, N));
    await store.articles.addMany(docs);
    if ((i / BATCH) % 50 === 49)
      console.error(`  ${store.dialect}: ${i + BATCH} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  return (performance.now() - t0) / 1000;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function timeQueries(store: SqlStore): Promise<void> {
  for (const [name, queries] of Object.entries(queryClasses())) {
    for (const q of queries) await store.search.run(q); // warm-up
    const ms: number[] = [];
    const cpu: number[] = [];
    let est = 0;
    let totals = 0;
    for (let r = 0; r < RUNS; r++) {
      for (const q of queries) {
        const t = performance.now();
        const c = process.cpuUsage();
        const res = await store.search.run({ ...q, limit: 20, by: BY });
        ms.push(performance.now() - t);
        const d = process.cpuUsage(c);
        cpu.push((d.user + d.system) / 1000);
        if (res.totalIsEstimate) est++;
        totals += res.total;
      }
    }
    console.log(
      `search ${store.dialect} n=${N} ${name.padEnd(22)} p50 ${pct(ms, 50).toFixed(1).padStart(6)} ms  p99 ${pct(ms, 99).toFixed(1).padStart(6)} ms  | cpu p50 ${pct(cpu, 50).toFixed(1).padStart(5)} p99 ${pct(cpu, 99).toFixed(1).padStart(6)} ms  (${ms.length} queries, mean total ${Math.round(totals / ms.length)}, ${Math.round((100 * est) / ms.length)}% estimated)`,
    );
  }
}

async function sqlite(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `search-${N}.db`);
  const reuse = values.reuse && existsSync(file);
  if (!reuse) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const store = await openSqliteStore(file);
  if (!reuse) {
    const s = await build(store);
    console.log(`search sqlite n=${N} build ${s.toFixed(0)} s (${Math.round(N / s)} articles/s)`);
  }
  const size = [file, `${file}-wal`].filter(existsSync).reduce((a, f) => a + statSync(f).size, 0);
  console.log(`search sqlite n=${N} store size ${(size / 1e9).toFixed(2)} GB (${file})`);
  await timeQueries(store);
  await store.close();
}

async function postgres(): Promise<void> {
  const url = process.env.LANTERN_TEST_DATABASE_URL;
  if (!url) return console.log('search postgres: skipped (LANTERN_TEST_DATABASE_URL is not set)');
  const schema = `lantern_bench_${N}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount;
  const reuse = values.reuse && exists;
  if (!reuse) {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`CREATE SCHEMA ${schema}`);
  }
  const store = await openPostgresStore(url, { schema });
  if (!reuse) {
    const s = await build(store);
    await admin.query(`ANALYZE ${schema}.search_docs`);
    console.log(`search postgres n=${N} build ${s.toFixed(0)} s (${Math.round(N / s)} articles/s)`);
  }
  const size = await admin.query(
    `SELECT sum(pg_total_relation_size(c.oid)) AS b FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
    [schema],
  );
  console.log(
    `search postgres n=${N} store size ${(Number(size.rows[0].b) / 1e9).toFixed(2)} GB (schema ${schema}, kept for --reuse; drop it when done)`,
  );
  await timeQueries(store);
  await store.close();
  await admin.end();
}

const which = values.store ?? 'sqlite';
if (which === 'sqlite' || which === 'both') await sqlite();
if (which === 'postgres' || which === 'both') await postgres();
