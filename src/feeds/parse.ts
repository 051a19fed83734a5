// Feed text → ParsedFeed: refuses entity declarations, detects the format, hands it to its parser and adapter.
import { type AnyFeed, parseFeed as feedsmithParse } from 'feedsmith';
import { FetchError } from '../fetch/errors.ts';
import { messageOf } from '../lib/errors.ts';
import { stripControls } from '../lib/text.ts';
import type { SourceKind } from '../model/records.ts';
import { adaptAtom } from './adapt-atom.ts';
import { adaptJson } from './adapt-json.ts';
import { adaptRdf } from './adapt-rdf.ts';
import { adaptRss } from './adapt-rss.ts';
import { adaptSitemap, looksLikeSitemap, parseSitemap } from './sitemap.ts';
import type { FeedEntry, ParsedFeed } from './types.ts';

/** Largest feed document parsed (characters). */
export const MAX_FEED_CHARS = 20 * 1024 * 1024;
/** Most entries kept from one feed (the first ones, which are the newest in practice). */
export const MAX_FEED_ENTRIES = 100_000;

/** Parses a feed or sitemap; `url` resolves relative links. Throws FetchError('parse') with a clear reason. */
export function parseFeedText(text: string, url: string, kind: SourceKind = 'auto'): ParsedFeed & { dropped: number } {
  if (text.length > MAX_FEED_CHARS) throw parseError(url, `larger than ${MAX_FEED_CHARS} characters`);
  // Control characters are not XML (a lenient parser would pass them on into titles): dropped before parsing.
  const body = stripControls(text.replace(/^\uFEFF/, ''));
  if (!body.trim()) throw parseError(url, 'empty document');
  if (declaresEntities(body)) {
    throw parseError(url, 'declares XML entities (<!ENTITY>), refused to prevent entity expansion');
  }
  if (kind === 'sitemap' || (kind === 'auto' && looksLikeSitemap(body))) {
    const urls = parseSitemap(body).slice(0, MAX_FEED_ENTRIES);
    if (/<(?:[\w-]+:)?sitemapindex[\s>]/.test(body.slice(0, 4096))) {
      const some = urls
        .slice(0, 3)
        .map((u) => u.loc)
        .join(', ');
      throw parseError(url, `a sitemap index, not a sitemap: add its news sitemaps as sources instead (${some})`);
    }
    return dedupe(adaptSitemap(urls, url));
  }
  return dedupe(parseWithFeedsmith(body, url));
}

function parseWithFeedsmith(body: string, url: string): ParsedFeed & { dropped: number } {
  let value: unknown = body;
  if (/^\s*[{[]/.test(body)) {
    try {
      value = JSON.parse(body);
    } catch (err) {
      throw parseError(url, `not valid JSON (${messageOf(err)})`);
    }
  }
  let parsed: AnyFeed<string>;
  try {
    parsed = feedsmithParse<string>(value, { maxItems: MAX_FEED_ENTRIES });
  } catch (err) {
    throw parseError(url, `not a valid RSS, Atom, RDF or JSON feed (${messageOf(err)})`);
  }
  switch (parsed.format) {
    case 'rss':
      return adaptRss(parsed.feed, url);
    case 'atom':
      return adaptAtom(parsed.feed, url);
    case 'rdf':
      return adaptRdf(parsed.feed, url);
    default:
      return adaptJson(parsed.feed, url);
  }
}

/** Drops repeated entries (same GUID or same URL), keeping the first; cleans what character references decoded. */
function dedupe<F extends ParsedFeed & { dropped: number }>(feed: F): F {
  const seen = new Set<string>();
  const entries = feed.entries.map(cleanEntry).filter((e) => {
    const fresh = !seen.has(`id:${e.id}`) && !seen.has(`url:${e.url}`);
    seen.add(`id:${e.id}`);
    seen.add(`url:${e.url}`);
    return fresh;
  });
  return { ...feed, entries, dropped: feed.dropped + feed.entries.length - entries.length };
}

function cleanEntry(e: FeedEntry): FeedEntry {
  const clean = (v: string | null) => (v === null ? null : stripControls(v));
  return {
    ...e,
    title: clean(e.title),
    content: clean(e.content),
    author: clean(e.author),
    language: clean(e.language),
  };
}

/**
 * Whether the prolog (everything before the root element, however long) declares entities: a DOCTYPE with an
 * internal subset holding <!ENTITY. Comments and processing instructions are skipped, never searched.
 */
export function declaresEntities(doc: string): boolean {
  let i = 0;
  for (;;) {
    while (i < doc.length && /\s/.test(doc[i]!)) i++;
    if (doc.startsWith('<?', i)) i = after(doc, '?>', i);
    else if (doc.startsWith('<!--', i)) i = after(doc, '-->', i);
    else if (doc.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const close = doc.indexOf('>', i);
      const open = doc.indexOf('[', i);
      // An internal subset can hide "]>" inside a quoted value: read to the end rather than trust its close.
      const subset = open !== -1 && (close === -1 || open < close);
      return /<!ENTITY/i.test(subset ? doc.slice(open) : doc.slice(i, close === -1 ? doc.length : close));
    } else return false;
    if (i === -1) return false;
  }
}

function after(doc: string, token: string, from: number): number {
  const at = doc.indexOf(token, from);
  return at === -1 ? -1 : at + token.length;
}

function parseError(url: string, why: string): FetchError {
  return new FetchError('parse', `${url}: ${why}`);
}
