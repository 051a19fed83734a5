// JSON Feed 1.x (feedsmith's JsonFeed) → the one feed model.
import type { JsonFeed } from 'feedsmith';
import type { FeedEntry, ParsedFeed } from './types.ts';
import { absoluteUrl, cleanText, isoDate } from './util.ts';

/** Adapts a parsed JSON Feed; items without a usable URL are dropped and counted. */
export function adaptJson(feed: JsonFeed.Feed<string>, base: string): ParsedFeed & { dropped: number } {
  const items = (feed.items ?? []).map((item) => jsonItem(item, feed.language ?? null, base));
  return {
    kind: 'jsonfeed',
    title: cleanText(feed.title),
    link: absoluteUrl(feed.home_page_url, base),
    language: feed.language ?? null,
    ttlMinutes: null,
    entries: items.filter((e): e is FeedEntry => e !== null),
    dropped: items.filter((e) => e === null).length,
  };
}

function jsonItem(item: JsonFeed.Item<string>, language: string | null, base: string): FeedEntry | null {
  const url = absoluteUrl(item.url, base) ?? absoluteUrl(item.external_url, base);
  if (!url) return null;
  return {
    id: item.id ? String(item.id) : url,
    url,
    title: cleanText(item.title),
    content: item.content_html ?? item.content_text ?? item.summary ?? null,
    published: isoDate(item.date_published ?? item.date_modified),
    author: item.authors?.[0]?.name ?? null,
    language: item.language ?? language,
  };
}
