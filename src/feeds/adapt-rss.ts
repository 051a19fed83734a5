// RSS 2.0 (feedsmith's RssFeed) → the one feed model.
import type { RssFeed } from 'feedsmith';
import type { FeedEntry, ParsedFeed } from './types.ts';
import { absoluteUrl, cleanText, isoDate } from './util.ts';

/** Adapts a parsed RSS 2.0 channel; items without a usable link become null. */
export function adaptRss(feed: RssFeed.Feed<string>, base: string): ParsedFeed & { dropped: number } {
  const items = (feed.items ?? []).map((item) => rssItem(item, base));
  return {
    kind: 'rss',
    title: cleanText(feed.title),
    link: absoluteUrl(feed.link, base),
    language: feed.language ?? null,
    ttlMinutes: typeof feed.ttl === 'number' && feed.ttl > 0 ? feed.ttl : null,
    entries: items.filter((e): e is FeedEntry => e !== null),
    dropped: items.filter((e) => e === null).length,
  };
}

function rssItem(item: RssFeed.Item<string>, base: string): FeedEntry | null {
  const guid = item.guid?.value ?? null;
  const permalink = item.guid?.isPermaLink !== false ? guid : null;
  const url = absoluteUrl(item.link, base) ?? absoluteUrl(permalink, base);
  if (!url) return null;
  return {
    id: guid ?? url,
    url,
    title: cleanText(item.title),
    content: item.content?.encoded ?? item.description ?? null,
    published: isoDate(item.pubDate ?? item.dc?.dates?.[0]),
    author: personName(item.authors?.[0]) ?? item.dc?.creators?.[0] ?? null,
    language: item.dc?.languages?.[0] ?? null,
  };
}

function personName(p: string | RssFeed.Person | undefined): string | null {
  if (!p) return null;
  return typeof p === 'string' ? p : (p.name ?? p.email ?? null);
}
