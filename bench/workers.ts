// Throughput on PostgreSQL with 1, 2 and 4 `lantern fetch --once` processes sharing the work (each claims due
// sources with FOR UPDATE SKIP LOCKED) against local feeds: articles/s, CPU, whether every page was stored once, and
// the PostgreSQL bytes (tables, indexes) per stored article.
// Usage: node --import tsx bench/workers.ts [--articles 3000] [--feeds 60] [--workers 1,2,4] [--share 0.3]
// Needs LANTERN_TEST_DATABASE_URL (each run gets a fresh schema, dropped afterwards).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ROOT } from '../src/lib/paths.ts';
import { openPostgresStore } from '../src/store/postgres/open.ts';
import { createTestSchema, PG_URL } from '../test/helpers/pg.ts';
import { startNewsServer } from './news-server.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    feeds: { type: 'string' },
    workers: { type: 'string' },
    share: { type: 'string' },
  },
});
const ARTICLES = Number(values.articles ?? 3000);
const FEEDS = Number(values.feeds ?? 60);
const SHARE = Number(values.share ?? 0.3);
const COUNTS = (values.workers ?? '1,2,4').split(',').map(Number);
if (!PG_URL) {
  console.log('bench/workers: set LANTERN_TEST_DATABASE_URL to a PostgreSQL database (see README: Tests)');
  process.exit(0);
}

const server = await startNewsServer(ARTICLES, FEEDS, SHARE);
console.log(
  `workers: ${ARTICLES} articles (${Math.round(SHARE * 100)}% trafficking reports and copies), ${FEEDS} feeds`,
);
console.log('workers  seconds  articles/s  stored  cpu s (children)  load');
try {
  for (const n of COUNTS) await round(n);
} finally {
  await server.close();
}

async function round(n: number): Promise<void> {
  const { schema, drop } = await createTestSchema('lantern_bench');
  try {
    const store = await openPostgresStore(PG_URL!, { schema });
    await store.sources.addMany(server.feeds.map((url) => ({ url, nextFetchAt: '2000-01-01T00:00:00.000Z' })));
    await store.close();
    const url = `${PG_URL}${PG_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const cpu0 = childrenCpu();
    const pg0 = postgresCpu();
    const t0 = performance.now();
    const codes = await Promise.all(Array.from({ length: n }, () => fetchOnce(url)));
    const seconds = (performance.now() - t0) / 1000;
    const cpu = childrenCpu() - cpu0;
    const pgCpu = postgresCpu() - pg0;
    const check = await openPostgresStore(PG_URL!, { schema });
    const stored = await check.articles.count();
    await check.close();
    const size = await schemaSize(schema);
    const bad = codes.filter((c) => c !== 0).length;
    console.log(
      `${String(n).padStart(7)}  ${seconds.toFixed(1).padStart(7)}  ${(stored / seconds).toFixed(0).padStart(10)}  ${String(stored).padStart(6)}  ${cpu.toFixed(1).padStart(16)}  ${loadavg()[0]!.toFixed(1)}${bad ? `  (${bad} workers failed)` : ''}`,
    );
    console.log(
      `         CPU ms per stored article: workers ${((cpu * 1000) / Math.max(stored, 1)).toFixed(1)}, PostgreSQL server ${((pgCpu * 1000) / Math.max(stored, 1)).toFixed(1)} (all its processes, other users included)`,
    );
    const per = (b: number) => (b / Math.max(stored, 1) / 1024).toFixed(1);
    console.log(
      `         PostgreSQL: ${per(size.table)} KiB tables + ${per(size.index)} KiB indexes per stored article; largest: ${size.top}`,
    );
  } finally {
    await drop();
  }
}

/** Bytes of the schema's tables (with TOAST) and of their indexes, and the three largest relations. */
async function schemaSize(schema: string): Promise<{ table: number; index: number; top: string }> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; t: string; i: string }>(
      `SELECT c.relname AS name, pg_table_size(c.oid) AS t, pg_indexes_size(c.oid) AS i
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC`,
      [schema],
    );
    const sum = (k: 't' | 'i') => rows.reduce((a, r) => a + Number(r[k]), 0);
    const mb = (r: { t: string; i: string }) => ((Number(r.t) + Number(r.i)) / 2 ** 20).toFixed(1);
    const top = rows.slice(0, 3).map((r) => `${r.name} ${mb(r)} MiB`);
    return { table: sum('t'), index: sum('i'), top: top.join(', ') };
  } finally {
    await client.end();
  }
}

function fetchOnce(databaseUrl: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/lantern', 'fetch', '--once'], {
      cwd: ROOT,
      env: {
        ...process.env,
        LANTERN_DATABASE_URL: databaseUrl,
        LANTERN_FETCH_ALLOW: '127.0.0.1',
        LANTERN_FETCH_HOST_DELAY_MS: '0',
        LANTERN_FETCH_HOST_CONCURRENCY: '32',
        LANTERN_FETCH_ROBOTS: 'false',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', resolve);
  });
}

/** CPU seconds used so far by the processes named postgres on this machine, with the ended backends the postmaster
 * reaped (its cutime + cstime). */
function postgresCpu(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const f = stat.split(') ')[1]!.split(' ');
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

/** CPU seconds of reaped children (cutime + cstime, 100 Hz ticks). */
function childrenCpu(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}
