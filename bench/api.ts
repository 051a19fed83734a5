// API latency at scale: builds N published stories (bench/story-fixture.ts) on SQLite and/or PostgreSQL, then times
// /api/v1 story lists (first page, filters, 100 a page, a deep cursor) and searches through the portal app in
// process (app.request: routing, validation, the public gate, JSON and ETag; no socket). Prints p50/p99 per class.
// Wall times on a shared machine include waiting for a core; 'cpu' is this process's share.
// Usage: node --import tsx bench/api.ts [--n 100000] [--store sqlite|postgres|both] [--reuse] [--runs 20]
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openSqliteStore } from '../src/store/open.ts';
import { openPostgresStore } from '../src/store/postgres/open.ts';
import type { SqlStore } from '../src/store/sql/sql-store.ts';
import { createPortal } from '../src/web/app.ts';
import { buildStories } from './story-fixture.ts';
import { vocabulary } from './synth.ts';

const { values } = parseArgs({
  options: { n: { type: 'string' }, store: { type: 'string' }, reuse: { type: 'boolean' }, runs: { type: 'string' } },
});
const N = Number(values.n ?? 100_000);
const RUNS = Number(values.runs ?? 20);
const OUT = join(import.meta.dirname, 'out');

function app(store: SqlStore) {
  return createPortal({
    store,
    config: { publicUrl: 'https://lantern.example', allowRepublish: false },
    kb: { get: () => null, list: () => [] } as never,
    hotlines: { forCountry: () => [], all: () => [] } as never,
    cacheMs: 0,
    api: { anonRate: 1e9 },
  });
}

async function deepCursor(a: ReturnType<typeof app>, pages: number): Promise<string> {
  let url = '/api/v1/stories?limit=100';
  for (let i = 0; i < pages; i++) {
    const body = (await (await a.request(url)).json()) as { nextCursor: string };
    url = `/api/v1/stories?limit=100&cursor=${encodeURIComponent(body.nextCursor)}`;
  }
  return url;
}

async function classes(a: ReturnType<typeof app>): Promise<Record<string, string[]>> {
  const v = vocabulary();
  const words = (ranks: number[]) => ranks.map((r) => encodeURIComponent(v[r]!));
  return {
    'list first page': ['/api/v1/stories'],
    'list filtered': ['country=KE', 'form=sexual', 'minors=true', 'country=NG&form=labour', 'from=2025-01-01'].map(
      (f) => `/api/v1/stories?${f}`,
    ),
    'list 100 a page': ['/api/v1/stories?limit=100'],
    'list deep cursor': [await deepCursor(a, Math.max(0, Math.min(50, Math.floor(N / 100) - 1)))],
    'search rare': words([30_011, 33_023, 36_031, 39_043]).map((w) => `/api/v1/search?q=${w}`),
    'search medium': words([301, 555, 999, 1500]).map((w) => `/api/v1/search?q=${w}`),
    'search common': ['police', 'workers', 'trafficking', 'ibadan'].map((w) => `/api/v1/search?q=${w}`),
    'search+filter': ['police&country=KE', 'workers&form=labour', `${words([555])[0]}&country=NG`].map(
      (q) => `/api/v1/search?q=${q}`,
    ),
  };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function time(store: SqlStore): Promise<void> {
  const a = app(store);
  for (const [name, urls] of Object.entries(await classes(a))) {
    const ms: number[] = [];
    const cpu: number[] = [];
    for (const u of urls) await (await a.request(u)).arrayBuffer(); // warm-up
    for (let r = 0; r < RUNS; r++) {
      for (const u of urls) {
        const t = performance.now();
        const c = process.cpuUsage();
        const res = await a.request(u);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${u}: HTTP ${res.status}`);
        ms.push(performance.now() - t);
        const d = process.cpuUsage(c);
        cpu.push((d.user + d.system) / 1000);
      }
    }
    console.log(
      `api ${store.dialect} n=${N} ${name.padEnd(18)} p50 ${pct(ms, 50).toFixed(1).padStart(6)} ms  p99 ${pct(ms, 99).toFixed(1).padStart(6)} ms  | cpu p50 ${pct(cpu, 50).toFixed(1).padStart(5)} p99 ${pct(cpu, 99).toFixed(1).padStart(6)} ms  (${ms.length} requests)`,
    );
  }
}

async function sqlite(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `api-${N}.db`);
  const reuse = values.reuse && existsSync(file);
  if (!reuse) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const store = (await openSqliteStore(file)) as SqlStore;
  if (!reuse) console.log(`api sqlite n=${N} built in ${(await buildStories(store, N)).toFixed(0)} s`);
  await time(store);
  await store.close();
}

async function postgres(): Promise<void> {
  const url = process.env.LANTERN_TEST_DATABASE_URL;
  if (!url) return console.log('api postgres: skipped (LANTERN_TEST_DATABASE_URL is not set)');
  const schema = `lantern_api_bench_${N}`;
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
    console.log(`api postgres n=${N} built in ${(await buildStories(store, N)).toFixed(0)} s (schema ${schema})`);
    const tables = await admin.query('SELECT tablename FROM pg_tables WHERE schemaname = $1', [schema]);
    for (const t of tables.rows) await admin.query(`ANALYZE ${schema}."${t.tablename}"`);
  }
  await time(store);
  await store.close();
  await admin.end();
}

// Wall times wait for a core on a shared machine: the load average says how busy it was.
console.log(
  `api bench: load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${cpus().length} cores`,
);
const which = values.store ?? 'both';
if (which === 'sqlite' || which === 'both') await sqlite();
if (which === 'postgres' || which === 'both') await postgres();
