// RSS 1.0 / RDF (feedsmith's RdfFeed) → the one feed model.
import type { RdfFeed } from 'feedsmith';
import type { FeedEntry, ParsedFeed } from './types.ts';
import { absoluteUrl, cleanText, isoDate } from './util.ts';

/** Adapts a parsed RSS 1.0 document; items without a usable link are dropped and counted. */
export function adaptRdf(feed: RdfFeed.Feed<string>, base: string): ParsedFeed & { dropped: number } {
  const items = (feed.items ?? []).map((item) => rdfItem(item, base));
  return {
    kind: 'rdf',
    title: cleanText(feed.title),
    link: absoluteUrl(feed.link, base),
    language: feed.dc?.languages?.[0] ?? null,
    ttlMinutes: null,
    entries: items.filter((e): e is FeedEntry => e !== null),
    dropped: items.filter((e) => e === null).length,
  };
}

function rdfItem(item: RdfFeed.Item<string>, base: string): FeedEntry | null {
  const about = (item as { rdf?: { about?: string } }).rdf?.about;
  const url = absoluteUrl(item.link, base) ?? absoluteUrl(about, base);
  if (!url) return null;
  return {
    id: about ?? url,
    url,
    title: cleanText(item.title),
    content: item.content?.encoded ?? item.description ?? null,
    published: isoDate(item.dc?.dates?.[0]),
    author: item.dc?.creators?.[0] ?? null,
    language: item.dc?.languages?.[0] ?? null,
  };
}
