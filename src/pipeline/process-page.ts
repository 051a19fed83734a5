// The CPU-bound stages for one page: extract the article, analyse it, fingerprint it. Pure; inline or in a worker thread.
import type { Analyzer } from '../analyze/analyzer.ts';
import { type ArticlePrints, articlePrints } from '../dedup/prints.ts';
import { extractPage } from '../extract/extract.ts';
import type { Analysis } from '../model/analysis.ts';
import type { ExtractedArticle } from '../model/article.ts';

/** One page to process, with what the feed and the source already say. */
export interface PageWork {
  html: string;
  url: string;
  feedTitle: string | null;
  languageHint: string | null;
  countryHint: string | null;
}

/** The extracted article and its analysis, or why there is no article. */
export type PageResult =
  | { article: ExtractedArticle; title: string; analysis: Analysis; prints: ArticlePrints }
  | { article: null; reason: string };

/** Extracts and analyses a page. */
export function processPage(work: PageWork, analyzer: Analyzer): PageResult {
  const outcome = extractPage(work.html, work.url);
  if (!outcome.article) return { article: null, reason: outcome.reason };
  const a = outcome.article;
  const title = (work.feedTitle ?? a.title ?? '').trim() || work.url;
  const analysis = analyzer.analyze({
    id: work.url,
    url: work.url,
    title,
    text: a.text,
    languageHint: work.languageHint ?? undefined,
    countryHint: work.countryHint ?? undefined,
  });
  return { article: a, title, analysis, prints: articlePrints(title, a.text, analysis) };
}
