// A feed entry → a Candidate: the page is fetched and extracted (or the feed's own full text is used).
import { canonicalUrl, siteOf } from '../dedup/canonical.ts';
import type { ArticlePrints } from '../dedup/prints.ts';
import type { FeedEntry } from '../feeds/types.ts';
import { decodeBody } from '../fetch/charset.ts';
import { FetchError } from '../fetch/errors.ts';
import type { Analysis } from '../model/analysis.ts';
import type { ExtractedArticle } from '../model/article.ts';
import type { Source } from '../model/records.ts';
import { type PipelineContext, tell } from './context.ts';
import type { Candidate } from './ingest.ts';

/** Feed content with at least this much text is taken as the full article (no page fetch). */
export const FULL_TEXT_CHARS = 1500;
const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/** Why an entry gave no article (a value, not an exception). */
export interface NoArticle {
  skipped: string;
}

/** Builds the candidate for an entry; `html` is given when the page was already fetched (page sources). */
export async function entryCandidate(
  ctx: PipelineContext,
  source: Source,
  entry: FeedEntry,
  html?: { text: string; url: string },
): Promise<Candidate | NoArticle> {
  const fromFeed = !html && fullTextInFeed(entry);
  const page =
    html ??
    (fromFeed
      ? { text: `<html><body><article>${entry.content}</article></body></html>`, url: entry.url }
      : await fetchPage(ctx, entry.url));
  const t0 = performance.now();
  const result = await ctx.cpu.process({
    html: page.text,
    url: page.url,
    feedTitle: entry.title,
    languageHint: source.language ?? entry.language,
    countryHint: source.country,
  });
  tell(ctx, 'analysed', performance.now() - t0, !!result.article);
  if (!result.article) return { skipped: `${entry.url}: ${result.reason}` };
  return toCandidate(source, entry, result, page.url);
}

function fullTextInFeed(entry: FeedEntry): boolean {
  if (!entry.content) return false;
  return entry.content.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').length >= FULL_TEXT_CHARS;
}

async function fetchPage(ctx: PipelineContext, url: string): Promise<{ text: string; url: string }> {
  const res = await ctx.fetcher.get(url, { accept: PAGE_ACCEPT });
  if (res.status < 200 || res.status >= 300) {
    throw new FetchError('http', `${url}: HTTP ${res.status}`, res.status);
  }
  const type = res.headers['content-type'] ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) {
    throw new FetchError('parse', `${url}: not a web page (Content-Type ${type.slice(0, 80)})`);
  }
  return { text: decodeBody(res.body, type), url: res.url };
}

function toCandidate(
  source: Source,
  entry: FeedEntry,
  r: { article: ExtractedArticle; title: string; analysis: Analysis; prints: ArticlePrints },
  finalUrl: string,
): Candidate {
  const a = r.article;
  const canonical = sameSiteCanonical(a.canonicalUrl, finalUrl) ?? canonicalUrl(finalUrl) ?? finalUrl;
  return {
    source,
    url: finalUrl,
    canonicalUrl: canonical,
    title: r.title,
    text: a.text,
    analysis: r.analysis,
    prints: r.prints,
    byline: a.byline ?? entry.author,
    siteName: a.siteName ?? null,
    sourceCredit: a.sourceCredit ?? source.creditName ?? source.name ?? a.siteName ?? siteOf(finalUrl),
    image: a.image ?? null,
    publishedAt: entry.published ?? isoOrNull(a.published),
    declaredOriginal: otherSiteCanonical(a.canonicalUrl, finalUrl),
    creditLine: a.sourceCredit ?? null,
  };
}

/** A canonical link to another site: the page says it republishes that URL (never trusted as its own address). */
function otherSiteCanonical(declared: string | null | undefined, pageUrl: string): string | null {
  const c = declared ? canonicalUrl(declared) : null;
  return c && siteOf(c) !== siteOf(pageUrl) ? c : null;
}

/** The page's own canonical link, trusted only on the same site (a page may not claim another site's URL). */
function sameSiteCanonical(declared: string | null | undefined, pageUrl: string): string | null {
  if (!declared) return null;
  const c = canonicalUrl(declared);
  return c && siteOf(c) === siteOf(pageUrl) ? c : null;
}

function isoOrNull(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
