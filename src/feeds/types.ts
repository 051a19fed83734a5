// The one feed model every format is adapted to.
import type { SourceKind } from '../model/records.ts';

/** One item of a feed, sitemap or page, normalised. */
export interface FeedEntry {
  /** GUID / id when the format has one, else the link. */
  id: string;
  url: string;
  title: string | null;
  /** Summary or full content as HTML or text, when the feed carries it. */
  content: string | null;
  published: string | null;
  author: string | null;
  language: string | null;
}

/** A parsed feed: what it is, a few channel fields, and its entries (duplicates removed, order kept). */
export interface ParsedFeed {
  kind: Exclude<SourceKind, 'auto'>;
  title: string | null;
  link: string | null;
  language: string | null;
  /** RSS <ttl> (minutes) or sy:updatePeriod, when given. */
  ttlMinutes: number | null;
  entries: FeedEntry[];
}
