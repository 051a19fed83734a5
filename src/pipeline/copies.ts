// Credit among copies: a new article that copies a stored one is its copy — unless the stored one (or a stored
// copy declaring this article's URL as its canonical) shows the new one to be the original; then the credit moves
// and the earlier-fetched copies point at it (originalOf decides, the filing writes it in one transaction).
import { siteOf } from '../dedup/canonical.ts';
import { type CreditFacts, originalOf } from '../dedup/credit.ts';
import type { Article } from '../model/records.ts';
import type { PipelineContext } from './context.ts';
import type { Candidate } from './ingest.ts';

/** Copies read that declare one URL as their original. */
const CLAIMS_READ = 50;

/** Where a new article stands among copies. */
export interface CopyPlacement {
  /** The stored article it copies (its root original), or null. */
  duplicateOf: Article | null;
  /** Stored articles that turn out to be its copies: they (and their copies) will point at it. */
  repoint: Article[];
}

/** The LSH key a copy files under to say "my original is at this URL". */
export function claimKey(url: string): string {
  return `co:${url}`;
}

/** Decides credit between the candidate and the stored article `found` with the same text (if any). */
export async function placeCopy(
  ctx: PipelineContext,
  c: Candidate,
  at: string,
  found: Article | null,
): Promise<CopyPlacement> {
  // The page names its original by canonical link, and that original is stored: it is a copy of it.
  const declared = c.declaredOriginal ? await ctx.store.articles.byUrl(c.declaredOriginal) : null;
  if (declared) return { duplicateOf: await root(ctx, declared), repoint: [] };
  // Stored copies that declared this very URL as their original: the credit moves to it.
  const claimers: Article[] = [];
  for (const id of await ctx.store.articles.lshCandidates([claimKey(c.canonicalUrl)], CLAIMS_READ)) {
    const a = await ctx.store.articles.get(id);
    if (a && a.duplicateOf === null) claimers.push(a);
  }
  const base = found ? await root(ctx, found) : null;
  const stored = base && !claimers.some((x) => x.id === base.id) ? base : null;
  if (!stored) return { duplicateOf: null, repoint: claimers };
  const verdict = originalOf(candidateFacts(c, at), await storedFacts(ctx, stored));
  if (verdict.original === 'b' && !claimers.length) return { duplicateOf: stored, repoint: [] };
  return { duplicateOf: null, repoint: [...claimers, ...(verdict.original === 'a' ? [stored] : [])] };
}

/** The article at the root of a chain of copies. */
async function root(ctx: PipelineContext, a: Article): Promise<Article> {
  return a.duplicateOf ? ((await ctx.store.articles.get(a.duplicateOf)) ?? a) : a;
}

function candidateFacts(c: Candidate, at: string): CreditFacts {
  return {
    canonicalUrl: c.canonicalUrl,
    declaredOriginal: c.declaredOriginal ?? null,
    creditLine: c.creditLine ?? null,
    outlet: names(c.source?.name, c.source?.creditName, c.siteName, siteOf(c.canonicalUrl)),
    at,
  };
}

async function storedFacts(ctx: PipelineContext, a: Article): Promise<CreditFacts> {
  const source = a.sourceId ? await ctx.store.sources.get(a.sourceId) : null;
  const outlet = names(source?.name, source?.creditName, a.siteName, siteOf(a.canonicalUrl));
  const published = a.publishedAt && a.publishedAt < a.fetchedAt ? a.publishedAt : a.fetchedAt;
  return { canonicalUrl: a.canonicalUrl, declaredOriginal: null, creditLine: a.sourceCredit, outlet, at: published };
}

function names(...xs: (string | null | undefined)[]): string[] {
  return xs.filter((x): x is string => !!x);
}
