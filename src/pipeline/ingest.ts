// One extracted article → analysed, deduplicated, clustered into a story and stored. Idempotent: a known article
// (same canonical URL, or same text from the same site) is reported as known and nothing is written.
import { siteOf } from '../dedup/canonical.ts';
import { bestDuplicate, type NearPrint } from '../dedup/near.ts';
import { type Neighbour, placeInStory } from '../dedup/place.ts';
import { type ArticlePrints, articlePrints } from '../dedup/prints.ts';
import type { Analysis } from '../model/analysis.ts';
import type { Article, NewArticle, Source } from '../model/records.ts';
import type { Filing } from '../store/store.ts';
import type { CachedPrint, PipelineContext } from './context.ts';
import { claimKey, placeCopy } from './copies.ts';
import { articleStatus } from './publish.ts';
import { combineStories, joinStory, newStory, type StoryMember } from './stories.ts';

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
  /** Another site's URL the page declares as its canonical link: its original. */
  declaredOriginal?: string | null;
  /** The outlet an "Article from:" / "Originally published by" line on the page names. */
  creditLine?: string | null;
}

/** What happened to one candidate. */
export type IngestResult =
  | {
      outcome: 'new';
      articleId: number;
      storyId: number | null;
      duplicateOf: number | null;
      relevant: boolean;
      /** It joined a story that existed before it (as a copy or as another report of the incident). */
      joined: boolean;
      /** Stored articles found to be its copies (the credit moved to it). */
      copiesFound: number;
      /** It was published on filing (auto-publish). */
      published: boolean;
    }
  | { outcome: 'known'; articleId: number }
  | { outcome: 'tombstoned'; reason: string };

/**
 * Stores a candidate unless it is already known. Deciding and filing run under the store's placement lock, so
 * copies and reports of one incident fold together even when several processes ingest at once; within a process
 * the calls also queue here, so they do not wait on each other's database lock.
 */
export function ingest(ctx: PipelineContext, c: Candidate): Promise<IngestResult> {
  const run = lock.then(() => ctx.store.placing((store) => ingestNow({ ...ctx, store }, c)));
  lock = run.catch(() => undefined);
  return run;
}
let lock: Promise<unknown> = Promise.resolve();

async function ingestNow(ctx: PipelineContext, c: Candidate): Promise<IngestResult> {
  const knownId = await knownArticle(ctx, c);
  if (knownId !== null) return { outcome: 'known', articleId: knownId };
  // A story removed for safety is never filed again, from its address or from a copy of its text.
  const dead = await ctx.store.articles.findTombstones({
    urls: [c.canonicalUrl, c.url],
    hashes: [c.prints.contentHash],
  });
  if (dead.length) return { outcome: 'tombstoned', reason: dead[0]!.reason };
  const { analysis, prints: p } = c;
  const at = articleTime(c.publishedAt, now(ctx));
  const copy = await placeCopy(ctx, c, at, await findOriginal(ctx, c));
  const original = copy.duplicateOf;
  // A copy joins its original's story, an original its copies' story; an article stored without one (older data)
  // does not stop clustering.
  const family = original?.storyId ?? copy.repoint.find((a) => a.storyId)?.storyId ?? null;
  const placed = !family && p.incident && analysis.relevant ? await findStory(ctx, c, at) : null;
  const storyId = family ?? placed?.storyId ?? null;
  const status = articleStatus(analysis, ctx.config);
  const claim = c.declaredOriginal ? [claimKey(c.declaredOriginal)] : [];
  const filed = await ctx.store.articles.file(newArticle(c, analysis, status, null, original?.id ?? null), {
    // Nobody reads stories of irrelevant articles, and the LSH index (a random B-tree insert per key) is the
    // costliest write; exact copies of them still fold by content hash.
    lshKeys: analysis.relevant ? [...p.nearKeys, ...p.storyKeys, ...claim] : claim,
    story:
      analysis.relevant || storyId
        ? storyFiling(ctx, { at, analysis, copies: copy.repoint.map((a) => a.id) }, storyId, placed?.merge ?? [])
        : null,
    repoint: copy.repoint.map((a) => a.id),
  });
  if (!filed.created) return { outcome: 'known', articleId: filed.article.id };
  if (analysis.relevant) {
    const site = siteOf(filed.article.canonicalUrl);
    ctx.cache.set(filed.article.id, {
      print: p.near,
      incident: p.incident,
      at: Date.parse(at),
      dated: !!c.publishedAt,
      storyId: filed.storyId,
      site,
    });
  }
  return {
    outcome: 'new',
    articleId: filed.article.id,
    storyId: filed.storyId,
    duplicateOf: original?.id ?? null,
    relevant: analysis.relevant,
    joined: storyId !== null && filed.storyId === storyId,
    copiesFound: copy.repoint.length,
    published: status === 'published',
  };
}

/** The story part of a filing: join `storyId` (as the store reads it inside the transaction) or start one. */
function storyFiling(
  ctx: PipelineContext,
  m: { at: string; analysis: Analysis; copies: number[] },
  storyId: number | null,
  mergeIds: number[],
): Filing['story'] {
  const member = (a: Article): StoryMember => ({
    id: a.id,
    title: a.title,
    at: m.at,
    analysis: m.analysis,
    published: a.status === 'published',
  });
  return {
    joinId: storyId,
    // The original of the story's lead takes the lead, whatever the copy's date says.
    join: (story, a) =>
      joinStory(story, { ...member(a), leads: m.copies.includes(story.leadArticleId ?? -1) }, now(ctx).toISOString()),
    create: (a) => newStory(member(a)),
    mergeIds,
    combine: combineStories,
  };
}

/** The id of the stored article this candidate already is (same canonical URL, or same text on the same site). */
async function knownArticle(ctx: PipelineContext, c: Candidate): Promise<number | null> {
  const byUrl = await ctx.store.articles.byUrl(c.canonicalUrl);
  if (byUrl) return byUrl.id;
  const exact = await ctx.store.articles.byHash(c.prints.contentHash);
  return exact && siteOf(exact.canonicalUrl) === siteOf(c.canonicalUrl) ? exact.id : null;
}

/** The article this one copies: same text on another site, or (relevant ones only) a near copy. */
async function findOriginal(ctx: PipelineContext, c: Candidate): Promise<Article | null> {
  const exact = await ctx.store.articles.byHash(c.prints.contentHash);
  if (exact) return exact;
  // Only relevant articles are filed under LSH keys, so only they are looked for there.
  return c.analysis.relevant ? nearOriginal(ctx, c.prints.near, c.prints.nearKeys) : null;
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
  const ids = await ctx.store.articles.lshCandidates(keys, LSH_CANDIDATES);
  const candidates: { item: number; print: NearPrint }[] = [];
  for (const id of ids) {
    const cached = await cachedPrint(ctx, id);
    if (cached) candidates.push({ item: id, print: cached.print });
  }
  const best = bestDuplicate(print, candidates);
  if (!best) return null;
  const found = await ctx.store.articles.get(best.item);
  // Point at the first copy's original so a chain of copies stays one star, not a line.
  return found?.duplicateOf ? ((await ctx.store.articles.get(found.duplicateOf)) ?? found) : found;
}

/**
 * The story of the filed reports that most surely tell the same incident (placeInStory decides), and the other
 * stories this report shows to be the same one: the oldest of them keeps the report, the others merge into it.
 */
async function findStory(
  ctx: PipelineContext,
  c: Candidate,
  at: string,
): Promise<{ storyId: number; merge: number[] } | null> {
  const ids = await ctx.store.articles.lshCandidates(c.prints.storyKeys, LSH_CANDIDATES);
  const neighbours: Neighbour[] = [];
  for (const id of ids) {
    const cached = await cachedPrint(ctx, id);
    if (!cached?.incident || cached.storyId === null) continue;
    neighbours.push({
      storyId: cached.storyId,
      print: { incident: cached.incident, at: cached.at, dated: cached.dated, shingles: cached.print.shingles },
    });
  }
  const print = {
    incident: c.prints.incident!,
    at: Date.parse(at),
    dated: !!c.publishedAt,
    shingles: c.prints.near.shingles,
  };
  const choice = placeInStory(print, neighbours);
  if (!choice) return null;
  // Cached story ids go stale when another process merged stories: read the stories themselves.
  const stories = [];
  for (const id of [choice.storyId, ...choice.others]) {
    const s = await ctx.store.stories.get(id);
    // A story removed for safety or merged away takes no new reports.
    if (s && s.status !== 'removed' && s.status !== 'merged') stories.push(s);
  }
  if (!stories.length) return null;
  stories.sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt) || a.id - b.id);
  const [into, ...rest] = stories;
  const merge = rest.map((s) => s.id);
  if (merge.length) ctx.cache.moveStories(merge, into!.id);
  return { storyId: into!.id, merge };
}

async function cachedPrint(ctx: PipelineContext, id: number): Promise<CachedPrint | null> {
  const hit = ctx.cache.get(id);
  if (hit) return hit;
  const a = await ctx.store.articles.get(id);
  if (!a) return null;
  const p = articlePrints(a.title, a.text, a.analysis);
  const v: CachedPrint = {
    print: p.near,
    incident: p.incident,
    at: Date.parse(articleTime(a.publishedAt, new Date(a.fetchedAt))),
    dated: !!a.publishedAt,
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
