// Plain types for articles as they enter and leave the pipeline.

/** What the analyzer reads: plain text, or HTML that is reduced to text first. */
export interface ArticleInput {
  id: string;
  url?: string;
  title?: string;
  text?: string;
  html?: string;
  /** Hints from the source: its language and country, when known. */
  languageHint?: string;
  countryHint?: string;
}

/** What the extractor makes of one HTML page. */
export interface ExtractedArticle {
  title: string | null;
  text: string;
  byline: string | null;
  published: string | null;
  updated?: string | null;
  language: string | null;
  canonicalUrl?: string | null;
  siteName?: string | null;
  image?: string | null;
  sourceCredit?: string | null;
  extractor: string;
}
