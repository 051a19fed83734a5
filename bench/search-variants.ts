// Spelling variants on real reports: loads the shared dev reports (read at bench time, never copied) into each
// store and counts hits for variant pairs with variants off (as typed, stemming only) and on.
// Usage: node --import tsx bench/search-variants.ts [--store sqlite|postgres|both] [--data ../shared/data/news]
// PostgreSQL runs in a fresh schema of LANTERN_TEST_DATABASE_URL (dropped afterwards).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openMemoryStore } from '../src/store/open.ts';
import { openPostgresStore } from '../src/store/postgres/open.ts';
import type { Store } from '../src/store/store.ts';
import { createTestSchema, PG_URL } from '../test/helpers/pg.ts';

const { values } = parseArgs({ options: { store: { type: 'string' }, data: { type: 'string' } } });
const DATA = values.data ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'news');
const QUERIES = [
  'forced labor',
  'forced labour',
  '"forced labor"',
  '"forced labour"',
  'organization',
  'organisation',
  'trafficked',
  'traffickers',
  'harbor',
  'harbour',
];

interface Report {
  id: string;
  title: string;
  lang: string;
  text: string;
}

function reports(): Report[] {
  return ['dev.jsonl', 'dev2.jsonl'].flatMap((f) =>
    readFileSync(join(DATA, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Report),
  );
}

async function load(store: Store, list: Report[]): Promise<void> {
  await store.articles.addMany(
    list.map((r, i) => ({
      sourceId: null,
      url: `https://bench.invalid/${i}`,
      canonicalUrl: `https://bench.invalid/${i}`,
      title: r.title,
      text: r.text,
      byline: null,
      siteName: null,
      sourceCredit: null,
      image: null,
      language: r.lang || 'en',
      publishedAt: '2024-01-01T00:00:00.000Z',
      contentHash: `bench-${i}`,
      simhash: null,
      analysis: null,
    })),
  );
}

async function measure(name: string, store: Store, list: Report[]): Promise<void> {
  await load(store, list);
  console.log(`\n${name}: ${list.length} reports`);
  console.log('query'.padEnd(20), 'as typed', ' with variants');
  for (const q of QUERIES) {
    const before = (await store.search.run({ q, variants: false, limit: 1, facets: [] })).total;
    const after = (await store.search.run({ q, limit: 1, facets: [] })).total;
    console.log(q.padEnd(20), String(before).padStart(8), String(after).padStart(14));
  }
  await store.close();
}

const list = reports();
const which = values.store ?? 'both';
if (which !== 'postgres') await measure('sqlite', await openMemoryStore(), list);
if (which !== 'sqlite') {
  if (!PG_URL) console.log('\npostgres: skipped (set LANTERN_TEST_DATABASE_URL)');
  else {
    const { schema, drop } = await createTestSchema();
    try {
      await measure('postgres', await openPostgresStore(PG_URL, { schema }), list);
    } finally {
      await drop();
    }
  }
}
