// Atom 1.0 (feedsmith's AtomFeed) → the one feed model.
import type { AtomFeed } from 'feedsmith';
import type { FeedEntry, ParsedFeed } from './types.ts';
import { absoluteUrl, cleanText, isoDate } from './util.ts';

/** Adapts a parsed Atom feed; entries without a usable link are dropped and counted. */
export function adaptAtom(feed: AtomFeed.Feed<string>, base: string): ParsedFeed & { dropped: number } {
  const items = (feed.entries ?? []).map((e) => atomEntry(e, base));
  return {
    kind: 'atom',
    title: cleanText(feed.title?.value),
    link: alternate(feed.links, base),
    language: null,
    ttlMinutes: null,
    entries: items.filter((e): e is FeedEntry => e !== null),
    dropped: items.filter((e) => e === null).length,
  };
}

function alternate(links: AtomFeed.Link<string>[] | undefined, base: string): string | null {
  const link = links?.find((l) => !l.rel || l.rel === 'alternate') ?? links?.[0];
  return absoluteUrl(link?.href, base);
}

function atomEntry(e: AtomFeed.Entry<string>, base: string): FeedEntry | null {
  const url = alternate(e.links, base);
  if (!url) return null;
  return {
    id: e.id ?? url,
    url,
    title: cleanText(e.title?.value),
    content: e.content?.value ?? e.summary?.value ?? null,
    published: isoDate(e.published ?? e.updated),
    author: e.authors?.[0]?.name ?? null,
    language: null,
  };
}
