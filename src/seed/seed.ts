// First-run seeding: the bundled fictional sample stories, analysed by the real analyzer, stored as published samples.
import { createHash } from 'node:crypto';
import type { Analyzer } from '../analyze/analyzer.ts';
import type { Analysis, ExploitationForm } from '../model/analysis.ts';
import type { Article, Story } from '../model/records.ts';
import type { ArticleStore } from '../store/roles/articles.ts';
import type { MetaStore } from '../store/roles/meta.ts';
import type { SourceStore } from '../store/roles/sources.ts';
import type { StoryStore } from '../store/roles/stories.ts';
import { maySeed } from './demo.ts';
import { loadSamples, type SampleArticle, type Samples } from './samples.ts';

/** Meta key holding the version of the sample set already seeded. */
export const SAMPLES_META_KEY = 'seed.samples.version';

/** What seeding did. */
export interface SeedReport {
  seeded: boolean;
  stories: number;
  articles: number;
}

type SeedStore = {
  articles: Pick<ArticleStore, 'add' | 'update' | 'count'>;
  stories: Pick<StoryStore, 'add' | 'bySlug'>;
  meta: Pick<MetaStore, 'get' | 'set'>;
  sources: Pick<SourceStore, 'list'>;
};

/** Seeds the samples once per sample-set version (a meta key marks it done), only into a store with no sources. */
export async function seedSamples(
  store: SeedStore,
  getAnalyzer: () => Promise<Analyzer>,
  samples: Samples = loadSamples(),
): Promise<SeedReport> {
  const done = await store.meta.get(SAMPLES_META_KEY);
  if (done !== null && Number(done) >= samples.version) return { seeded: false, stories: 0, articles: 0 };
  if (!(await maySeed(store, done !== null))) return { seeded: false, stories: 0, articles: 0 };
  const analyzer = await getAnalyzer();
  let articles = 0;
  let stories = 0;
  for (const s of samples.stories) {
    const stored: Article[] = [];
    for (const a of s.articles) stored.push(await storeArticle(store, analyzer, a));
    articles += stored.length;
    const slug = `sample-${slugify(stored[0]!.title)}`;
    if (await store.stories.bySlug(slug)) continue;
    const story = await store.stories.add(storyFrom(slug, stored));
    for (const a of stored) await store.articles.update(a.id, { storyId: story.id });
    stories++;
  }
  await store.meta.set(SAMPLES_META_KEY, String(samples.version));
  return { seeded: true, stories, articles };
}

async function storeArticle(store: SeedStore, analyzer: Analyzer, a: SampleArticle): Promise<Article> {
  const analysis = analyzer.analyze({ id: a.url, url: a.url, title: a.title, text: a.text });
  const { article } = await store.articles.add({
    sourceId: null,
    url: a.url,
    canonicalUrl: a.url,
    title: a.title,
    text: a.text,
    byline: null,
    siteName: a.credit,
    sourceCredit: a.credit,
    image: null,
    language: analysis.language,
    publishedAt: a.publishedAt,
    fetchedAt: a.publishedAt,
    contentHash: createHash('sha256').update(a.text.trim().replace(/\s+/g, ' ')).digest('hex'),
    simhash: null,
    status: 'published',
    analysis,
    isSample: true,
  });
  return article;
}

/** A story record for articles about one event: facts from the lead article, widened by the others. */
export function storyFrom(slug: string, articles: Article[]): Omit<Story, 'id'> {
  const lead = articles[0]!;
  const all = articles.map((a) => a.analysis).filter((x): x is Analysis => !!x);
  const first = all[0];
  const dates = articles.map((a) => a.publishedAt ?? a.fetchedAt).sort();
  return {
    title: lead.title,
    slug,
    leadArticleId: lead.id,
    firstSeenAt: dates[0]!,
    lastSeenAt: dates[dates.length - 1]!,
    articleCount: articles.length,
    countries: unique(all.flatMap((a) => a.countries)),
    types: unique(all.flatMap((a) => a.types)) as ExploitationForm[],
    relevance: Math.max(0, ...all.map((a) => a.relevance)),
    minors: all.some((a) => a.minors === true) ? true : (first?.minors ?? null),
    victims: first?.victims ?? all.find((a) => a.victims !== null)?.victims ?? null,
    incident: all.some((a) => a.incident),
    published: true,
    publishedAt: dates[0]!,
    isSample: true,
    status: 'published',
    publicTitle: null,
    publicSummary: null,
    correction: null,
    correctedAt: null,
    mergedInto: null,
    priority: 0,
  };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** A URL slug: lower-case ASCII words joined by hyphens, at most 80 characters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
