// A store of N published stories for the API and export benchmarks: one report each (Zipf text from synth.ts, a
// place with coordinates, a victims fact, a privacy flag on a fictional name, a formula-looking quote), forms and
// countries in rotation, dates over two years. Written a batch per transaction on SQLite or PostgreSQL.
import { addArticle } from '../src/store/sql/articles.ts';
import type { Db } from '../src/store/sql/db.ts';
import type { SqlStore } from '../src/store/sql/sql-store.ts';
import { addStory } from '../src/store/sql/stories.ts';
import { makeGenerator } from './synth.ts';

const BATCH = 2000;
/** Forms and countries the stories rotate through (filters in the benchmarks pick from these). */
export const FIXTURE_FORMS = ['labour', 'sexual', 'domestic_servitude', 'forced_begging'] as const;
export const FIXTURE_COUNTRIES = ['NG', 'KE', 'PH', 'BR', 'IT', 'VN'];

/** Adds n stories; returns the seconds it took. */
export async function buildStories(store: SqlStore, n: number): Promise<number> {
  const t0 = performance.now();
  const gen = makeGenerator(5);
  for (let i = 0; i < n; i += BATCH) {
    // One transaction per batch, writing through the transaction's own Db (the store's would wait for it).
    await store.db.tx(async (t) => {
      for (let j = i; j < Math.min(n, i + BATCH); j++) await addOne(store, t, j, gen(j, n));
    });
  }
  return (performance.now() - t0) / 1000;
}

async function addOne(store: SqlStore, t: Db, i: number, synth: ReturnType<ReturnType<typeof makeGenerator>>) {
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000 + i).toISOString();
  const form = FIXTURE_FORMS[i % FIXTURE_FORMS.length]!;
  const country = FIXTURE_COUNTRIES[i % FIXTURE_COUNTRIES.length]!;
  const victims = (i % 40) + 1;
  const s = await addStory(t, {
    title: `${synth.title} ${i}; Tessaly Vorn among them`,
    slug: `bench-${i}`,
    leadArticleId: null,
    firstSeenAt: day,
    lastSeenAt: day,
    articleCount: 1,
    countries: [country],
    types: [form],
    relevance: 0.9,
    minors: i % 3 === 0,
    victims,
    incident: true,
    published: true,
    publishedAt: day,
    isSample: false,
  });
  const text = `Police freed ${victims} workers near Ibadan, "=SUM(A1)" said a sign. Tessaly Vorn spoke. ${synth.text}`;
  await addArticle(t, store.sql, {
    ...synth,
    url: `https://news.example/bench/${i}`,
    canonicalUrl: `https://news.example/bench/${i}`,
    title: synth.title,
    text,
    siteName: 'Example News',
    sourceCredit: 'Example News',
    language: 'en',
    publishedAt: day,
    contentHash: `h${i}`,
    storyId: s.id,
    status: 'published',
    analysis: {
      id: 'b',
      language: 'en',
      relevant: true,
      relevance: 0.9,
      incident: true,
      types: [form],
      countries: [country],
      places: [
        { name: 'Ibadan', id: 'ng-ibadan', kind: 'city', country: 'NG', lat: 7.3775, lon: 3.947, start: 0, end: 0 },
      ],
      minors: i % 3 === 0,
      victims,
      evidence: [{ field: 'victims', value: victims, quote: 'workers', start: 0, end: 0 }],
      flags: [{ kind: 'privacy', quote: 'Tessaly Vorn', start: 0, end: 0, what: 'name' }],
    },
  });
}
