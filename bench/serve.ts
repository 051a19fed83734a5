// Portal speed: autocannon on loopback against `lantern serve` with 10,000 published stories (SQLite, or PostgreSQL
// with --store postgres and LANTERN_TEST_DATABASE_URL: a fresh schema, dropped afterwards).
// Home, story and search pages; with the page cache (default) and without it. Prints req/s and p99 latency.
// Usage: node --import tsx bench/serve.ts [--stories 10000] [--seconds 10] [--connections 10] [--data DIR] [--langs en,ar]
//        [--store sqlite|postgres]
// --langs runs the same pages under each interface language's prefix (/ar/…), side by side, and prints home's size.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../src/lib/paths.ts';
import { EXPLOITATION_FORMS } from '../src/model/analysis.ts';
import type { NewArticle } from '../src/model/records.ts';
import { openSqliteStore } from '../src/store/open.ts';
import { openPostgresStore } from '../src/store/postgres/open.ts';
import type { Store } from '../src/store/store.ts';
import { createTestSchema, PG_URL } from '../test/helpers/pg.ts';

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  opts: Record<string, unknown>,
) => Promise<CannonResult>;

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    data: { type: 'string' },
    langs: { type: 'string', default: 'en' },
    store: { type: 'string', default: 'sqlite' },
  },
});
const N = Number(values.stories);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const COUNTRIES = [
  'ZA',
  'NG',
  'KE',
  'IN',
  'PH',
  'TH',
  'MM',
  'KH',
  'GB',
  'US',
  'MX',
  'BR',
  'IT',
  'DE',
  'RO',
  'UA',
  'VN',
  'CN',
  'AE',
  'LY',
];
const WORDS = [
  'fishing',
  'factory',
  'farm',
  'construction',
  'brothel',
  'scam',
  'compound',
  'domestic',
  'worker',
  'police',
  'court',
  'rescue',
  'recruiter',
  'passport',
  'debt',
  'shelter',
  'border',
  'hotel',
  'mine',
  'garment',
];

/** Pseudo-words ranked by frequency: text follows a Zipf law like real prose, so queries hit few or many documents. */
const VOCAB = Array.from({ length: 4000 }, (_, i) => {
  const syl = ['ka', 'lo', 'mi', 'tu', 're', 'sa', 'no', 'vi', 'de', 'pa', 'ri', 'go', 'ne', 'ba', 'shi', 'ter'];
  let w = '';
  for (let n = i + 17; n > 0; n = Math.floor(n / 16)) w += syl[n % 16];
  return w;
});
const ZIPF_CDF = (() => {
  let sum = 0;
  const cdf = VOCAB.map((_, i) => (sum += 1 / (i + 1)));
  return cdf.map((x) => x / sum);
})();

function zipfWord(r: () => number): string {
  const u = r();
  let lo = 0;
  let hi = ZIPF_CDF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF_CDF[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB[lo]!;
}

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

async function buildStore(store: Store): Promise<string[]> {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const slugs: string[] = [];
  const t0 = performance.now();
  const batch: NewArticle[] = [];
  for (let i = 0; i < N; i++) {
    const c = pick(COUNTRIES);
    const f = pick(EXPLOITATION_FORMS.slice(0, 9));
    const w = [pick(WORDS), pick(WORDS), pick(WORDS)];
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 700) * 86_400_000).toISOString();
    const filler = Array.from({ length: 150 }, () => zipfWord(r)).join(' ');
    const text = `Synthetic benchmark story ${i} about ${f} exploitation in ${c}: a ${w[0]}, a ${w[1]} and a ${w[2]}. ${filler}.`;
    batch.push({
      sourceId: null,
      url: `https://bench.example.org/${i}`,
      canonicalUrl: `https://bench.example.org/${i}`,
      title: `Bench story ${i}: ${w[0]} ${w[1]} case in ${c}`,
      text,
      byline: null,
      siteName: 'Bench Outlet',
      sourceCredit: 'Bench Outlet (synthetic)',
      image: null,
      language: 'en',
      publishedAt: day,
      fetchedAt: day,
      contentHash: `h${i}`,
      simhash: null,
      status: 'published',
      isSample: false,
      analysis: {
        id: String(i),
        language: 'en',
        relevant: true,
        relevance: 0.9,
        incident: true,
        types: [f],
        countries: [c],
        places: [],
        minors: r() < 0.3,
        victims: Math.floor(r() * 20) || null,
        evidence: [],
        flags: [],
      },
    });
  }
  const ids = await store.articles.addMany(batch);
  for (let i = 0; i < N; i++) {
    const a = batch[i]!;
    const slug = `bench-story-${i}`;
    const s = await store.stories.add({
      title: a.title,
      slug,
      leadArticleId: ids[i]!,
      firstSeenAt: a.publishedAt!,
      lastSeenAt: a.publishedAt!,
      articleCount: 1,
      countries: a.analysis!.countries,
      types: a.analysis!.types,
      relevance: 0.9,
      minors: a.analysis!.minors,
      victims: a.analysis!.victims,
      incident: true,
      published: true,
      publishedAt: a.publishedAt,
      isSample: false,
    });
    await store.articles.update(ids[i]!, { storyId: s.id });
    slugs.push(slug);
  }
  await store.close();
  console.log(`store: ${N} published stories built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return slugs;
}

async function startServer(
  dir: string,
  databaseUrl: string,
  cacheMs: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['bin/lantern', 'serve', '--port', '0'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LANTERN_DATA_DIR: dir,
      LANTERN_DATABASE_URL: databaseUrl,
      LANTERN_SEED_SAMPLES: 'false',
      LANTERN_PAGE_CACHE_MS: String(cacheMs),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /at (http:\/\/\S+?)\/ /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`lantern serve exited ${code}`)));
  });
  const stop = () =>
    new Promise<void>((r) => {
      child.on('exit', () => r());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

async function run(label: string, url: string, paths: string[], connections = CONNECTIONS): Promise<void> {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: SECONDS,
    headers: { 'accept-encoding': 'gzip' },
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${label.padEnd(28)} ${String(Math.round(result.requests.average)).padStart(6)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms   p50 ${String(result.latency.p50).padStart(3)} ms${bad ? `   ${bad} errors/non-2xx` : ''}`,
  );
}

/** The home page's size in one language, as sent (gzip) and unpacked. */
async function homeSize(url: string, path: string, lang: string): Promise<void> {
  const plain = await (await fetch(url + path, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer();
  const gz = await fetch(url + path, { headers: { 'accept-encoding': 'gzip' } });
  const sent = Number(gz.headers.get('content-length') ?? 0);
  console.log(`${lang} home: ${plain.byteLength} bytes of HTML${sent ? `, ${sent} bytes gzip` : ''}`);
}

// --data DIR keeps the generated SQLite store there (built once, reused by later runs).
const dir = values.data ?? mkdtempSync(join(tmpdir(), 'lantern-bench-serve-'));
const onPostgres = values.store === 'postgres';
if (onPostgres && !PG_URL) {
  console.log('bench/serve --store postgres: set LANTERN_TEST_DATABASE_URL (see README: Tests)');
  process.exit(0);
}
const pgSchema = onPostgres ? await createTestSchema('lantern_serve_bench') : null;
const databaseUrl = pgSchema
  ? `${PG_URL}${PG_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${pgSchema.schema}`)}`
  : '';
try {
  mkdirSync(dir, { recursive: true });
  const slugs =
    !pgSchema && values.data && existsSync(join(dir, 'lantern.db'))
      ? Array.from({ length: N }, (_, i) => `bench-story-${i}`)
      : await buildStore(
          pgSchema
            ? await openPostgresStore(PG_URL!, { schema: pgSchema.schema })
            : await openSqliteStore(join(dir, 'lantern.db')),
        );
  const r = rng(7);
  const storyPaths = Array.from({ length: 2000 }, () => `/stories/${slugs[Math.floor(r() * slugs.length)]}`);
  // Queries: a topical word, a word of any frequency, or both (the mix a public search box sees).
  const searchPaths = Array.from({ length: 2000 }, (_, k) => {
    const a = WORDS[k % WORDS.length]!;
    const b = VOCAB[Math.floor(r() * VOCAB.length)]!;
    return `/search?q=${[a, b, `${a}+${b}`][k % 3]}`;
  });
  console.log(
    `autocannon on ${onPostgres ? 'PostgreSQL' : 'SQLite'}: ${CONNECTIONS} connections, ${SECONDS} s each, loopback, gzip accepted; 2000 story URLs, 2000 search URLs`,
  );
  const langs = (values.langs ?? 'en').split(',');
  for (const cacheMs of [5000, 0]) {
    const server = await startServer(dir, databaseUrl, cacheMs);
    const tag = cacheMs ? `cache ${cacheMs} ms` : 'no cache';
    for (const lang of langs) {
      const pre = lang === 'en' ? '' : `/${lang}`;
      const on = (paths: string[]) => paths.map((x) => pre + x);
      if (cacheMs) await homeSize(server.url, `${pre}/`, lang);
      await run(`${lang} home (${tag})`, server.url, [`${pre}/`]);
      await run(`${lang} story (${tag})`, server.url, on(storyPaths));
      await run(`${lang} search (${tag})`, server.url, on(searchPaths));
      await run(`${lang} search (${tag}, 2 conn.)`, server.url, on(searchPaths.slice(1000)), 2);
    }
    await server.stop();
  }
} finally {
  if (!values.data) rmSync(dir, { recursive: true, force: true });
  await pgSchema?.drop();
}
