// One extracted article → analysed, deduplicated, clustered into a story and stored. Idempotent: a known article
// (same canonical URL, or same text from the same site) is reported as known and nothing is written.
import { siteOf } from '../dedup/canonical.ts';
import { bestDuplicate, type NearPrint } from '../dedup/near.ts';
import { type ArticlePrints, articlePrints } from '../dedup/prints.ts';
import { STORY_WINDOW_DAYS, sameStory } from '../dedup/story.ts';
import type { Analysis } from '../model/analysis.ts';
import type { Article, NewArticle, Source } from '../model/records.ts';
import type { CachedPrint, PipelineContext } from './context.ts';
import { articleStatus } from './publish.ts';
import { joinStory, newStory, type StoryMember } from './stories.ts';

/** Candidates read per LSH lookup. */
const LSH_CANDIDATES = 20;

/** An article ready to be stored: extracted text plus where it came from. */
export interface Candidate {
  source: Source | null;
  url: string;
  canonicalUrl: string;
  title: string;
  text: string;
  analysis: Analysis;
  prints: ArticlePrints;
  byline: string | null;
  siteName: string | null;
  sourceCredit: string | null;
  image: string | null;
  publishedAt: string | null;
}

/** What happened to one candidate. */
export type IngestResult =
  | { outcome: 'new'; articleId: number; storyId: number | null; duplicateOf: number | null; relevant: boolean }
  | { outcome: 'known'; articleId: number };

/** Stores a candidate unless it is already known; serialised per process so copies arriving together still fold. */
export function ingest(ctx: PipelineContext, c: Candidate): Promise<IngestResult> {
  const run = lock.then(() => ingestNow(ctx, c));
  lock = run.catch(() => undefined);
  return run;
}
let lock: Promise<unknown> = Promise.resolve();

async function ingestNow(ctx: PipelineContext, c: Candidate): Promise<IngestResult> {
  const { store } = ctx;
  const known = await store.findArticleByUrl(c.canonicalUrl);
  if (known) return { outcome: 'known', articleId: known.id };
  const p = c.prints;
  const site = siteOf(c.canonicalUrl);
  const exact = await store.findArticleByHash(p.contentHash);
  if (exact && siteOf(exact.canonicalUrl) === site) return { outcome: 'known', articleId: exact.id };
  const analysis = c.analysis;
  // Near copies are looked for among relevant articles only (only those are filed under LSH keys).
  const original = exact ?? (analysis.relevant ? await nearOriginal(ctx, p.near, p.nearKeys) : null);
  const features = p.storyFeatures;
  const sKeys = p.storyKeys;
  const at = articleTime(c.publishedAt, now(ctx));
  const storyId = original ? original.storyId : features ? await findStory(ctx, features, sKeys, at) : null;
  const status = articleStatus(analysis, ctx.config.autoPublishScore);
  const { article, created } = await store.addArticle(newArticle(c, analysis, status, storyId, original?.id ?? null));
  if (!created) return { outcome: 'known', articleId: article.id };
  // Only relevant articles are filed for near-duplicate and story lookup: nobody reads stories of the rest, and
  // the index (one random B-tree insert per key) is the costliest write. Exact copies still match by content hash.
  if (analysis.relevant) await store.addLshKeys(article.id, [...p.nearKeys, ...sKeys]);
  const finalStory = analysis.relevant || storyId ? await attachStory(ctx, article, storyId, at, analysis) : null;
  if (analysis.relevant)
    ctx.cache.set(article.id, { print: p.near, storyFeatures: features, storyId: finalStory, site });
  return {
    outcome: 'new',
    articleId: article.id,
    storyId: finalStory,
    duplicateOf: original?.id ?? null,
    relevant: analysis.relevant,
  };
}

function newArticle(
  c: Candidate,
  analysis: Analysis,
  status: NewArticle['status'],
  storyId: number | null,
  duplicateOf: number | null,
): NewArticle {
  return {
    sourceId: c.source?.id ?? null,
    url: c.url,
    canonicalUrl: c.canonicalUrl,
    title: c.title,
    text: c.text,
    byline: c.byline,
    siteName: c.siteName,
    sourceCredit: c.sourceCredit,
    image: c.image,
    language: analysis.language || null,
    publishedAt: c.publishedAt,
    contentHash: c.prints.contentHash,
    simhash: c.prints.simhash,
    analysis,
    status,
    storyId,
    duplicateOf,
  };
}

/** The earlier article this one is a near copy of (LSH candidates verified), or null. */
async function nearOriginal(ctx: PipelineContext, print: NearPrint, keys: string[]): Promise<Article | null> {
  const ids = await ctx.store.lshCandidates(keys, LSH_CANDIDATES);
  const candidates: { item: number; print: NearPrint }[] = [];
  for (const id of ids) {
    const cached = await cachedPrint(ctx, id);
    if (cached) candidates.push({ item: id, print: cached.print });
  }
  const best = bestDuplicate(print, candidates);
  if (!best) return null;
  const found = await ctx.store.getArticle(best.item);
  // Point at the first copy's original so a chain of copies stays one star, not a line.
  return found?.duplicateOf ? ((await ctx.store.getArticle(found.duplicateOf)) ?? found) : found;
}

/** The story of the most similar recent report of the same incident, or null. */
async function findStory(
  ctx: PipelineContext,
  features: Set<string>,
  keys: string[],
  at: string,
): Promise<number | null> {
  const ids = await ctx.store.lshCandidates(keys, LSH_CANDIDATES);
  let best: { storyId: number; score: number } | null = null;
  for (const id of ids) {
    const cached = await cachedPrint(ctx, id);
    if (!cached?.storyFeatures || cached.storyId === null) continue;
    const v = sameStory(features, cached.storyFeatures);
    if (v.same && (!best || v.score > best.score)) best = { storyId: cached.storyId, score: v.score };
  }
  if (!best) return null;
  const story = await ctx.store.getStory(best.storyId);
  const windowStart = new Date(Date.parse(at) - STORY_WINDOW_DAYS * 86400_000).toISOString();
  return story && story.lastSeenAt >= windowStart ? story.id : null;
}

async function attachStory(
  ctx: PipelineContext,
  a: Article,
  storyId: number | null,
  at: string,
  analysis: Analysis,
): Promise<number> {
  const member: StoryMember = { id: a.id, title: a.title, at, analysis, published: a.status === 'published' };
  const story = storyId ? await ctx.store.getStory(storyId) : null;
  if (story) {
    await ctx.store.updateStory(story.id, joinStory(story, member, now(ctx).toISOString()));
    return story.id;
  }
  const created = await ctx.store.addStory(newStory(member));
  await ctx.store.updateArticle(a.id, { storyId: created.id });
  return created.id;
}

async function cachedPrint(ctx: PipelineContext, id: number): Promise<CachedPrint | null> {
  const hit = ctx.cache.get(id);
  if (hit) return hit;
  const a = await ctx.store.getArticle(id);
  if (!a) return null;
  const p = articlePrints(a.title, a.text, a.analysis);
  const v: CachedPrint = {
    print: p.near,
    storyFeatures: p.storyFeatures,
    storyId: a.storyId,
    site: siteOf(a.canonicalUrl),
  };
  ctx.cache.set(id, v);
  return v;
}

function articleTime(published: string | null, nowDate: Date): string {
  const n = nowDate.toISOString();
  return published && published < n ? published : n;
}

function now(ctx: PipelineContext): Date {
  return ctx.now ? ctx.now() : new Date();
}
