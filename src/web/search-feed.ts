// Any public search or filter view followed as a feed: /feeds/search.{rss,atom,json}?q=…&country=…&type=…, the
// newest matching published stories through the public gate (src/web/public-store.ts), the same checks as /search.

import type { PublicDeps } from './context.ts';
import { withLeads } from './data.ts';
import { html, type Safe } from './html.ts';
import { countryName, formLabel } from './labels.ts';
import type { Rendered } from './pages.ts';
import { searchParams } from './search-page.ts';
import { FEED_TYPES, type FeedFormat, renderFeed } from './syndication.ts';
import { followQuery, type SearchParams } from './views/search.ts';

/** Stories in one search feed. */
export const SEARCH_FEED_SIZE = 50;

/** A few words naming the search, for feed titles. */
export function searchLabel(p: SearchParams): string {
  const parts = [
    p.q ? `"${p.q}"` : '',
    p.country ? countryName(p.country) : '',
    p.type ? formLabel(p.type) : '',
    p.from ? `from ${p.from}` : '',
    p.to ? `to ${p.to}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'all stories';
}

/** <link rel="alternate"> for a search page's feeds. */
export function searchFeedLinks(p: SearchParams): Safe {
  const qs = followQuery(p);
  const what = `search ${searchLabel(p)}`;
  return html`<link rel="alternate" type="application/rss+xml" title="Lantern: ${what} (RSS)" href="/feeds/search.rss${qs}">
<link rel="alternate" type="application/atom+xml" title="Lantern: ${what} (Atom)" href="/feeds/search.atom${qs}">
<link rel="alternate" type="application/feed+json" title="Lantern: ${what} (JSON Feed)" href="/feeds/search.json${qs}">`;
}

/** The feed of a search: bad parameters are input errors (400), as on the search page. */
export async function searchFeed(
  q: Record<string, string | undefined>,
  deps: PublicDeps,
  format: FeedFormat,
): Promise<Rendered> {
  const p = searchParams({ ...q, cursor: undefined, sort: undefined });
  const result = await deps.store.search.run({
    q: p.q,
    country: p.country ? [p.country] : undefined,
    type: p.type ? [p.type] : undefined,
    from: p.from,
    to: p.to,
    sort: 'date',
    by: 'story',
    publishedOnly: true,
    limit: SEARCH_FEED_SIZE,
  });
  // Each story read again through the gate: published only, identifying details withheld.
  const ids = result.hits.flatMap((h) => (h.story?.published && h.storyId !== null ? [h.storyId] : []));
  const byId = new Map((await deps.store.stories.getMany(ids)).map((s) => [s.id, s]));
  const stories = ids.flatMap((id) => byId.get(id) ?? []);
  const items = await withLeads(deps.store, stories);
  const base = deps.config.publicUrl;
  const qs = followQuery(p);
  const meta = {
    title: `Lantern search: ${searchLabel(p)}`,
    pageUrl: `${base}/search${qs}`,
    feedUrl: `${base}/feeds/search.${format}${qs}`,
    publicUrl: base,
  };
  return { kind: 'raw', type: FEED_TYPES[format], text: renderFeed(format, meta, items) };
}
