// Public feeds of published stories (RSS 2.0, Atom 1.0, JSON Feed 1.1) and sitemap.xml, as plain strings.
import { stripControls } from '../lib/text.ts';
import { escapeHtml } from './html.ts';
import { countryName, formLabel } from './labels.ts';
import { creditOf, type StoryView } from './views/parts.ts';
import { excerpt } from './views/story.ts';

/** Feed formats Lantern publishes, with their content types. */
export const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;

/** One feed format. */
export type FeedFormat = keyof typeof FEED_TYPES;

/** What a feed is about. */
export interface FeedMeta {
  title: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  pageUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  publicUrl: string;
}

interface Item {
  id: string;
  url: string;
  title: string;
  summary: string;
  date: string;
  tags: string[];
  source: { name: string; url: string } | null;
}

// Stored text is cleaned where it enters; stripping here too keeps every subscriber's feed well-formed XML even
// for rows written before that (XML 1.0 has no way to carry a control character).
const xml = (s: string) => escapeHtml(stripControls(s));

function toItem(v: StoryView, publicUrl: string): Item {
  const s = v.story;
  const credit = v.lead ? `Article from: ${creditOf(v.lead)}` : '';
  const text = v.lead ? excerpt(v.lead.text, 300) : '';
  return {
    id: `${publicUrl}/stories/${s.slug}`,
    url: `${publicUrl}/stories/${s.slug}`,
    title: `${s.isSample ? '[Sample, fictional] ' : ''}${s.title}`,
    summary: [text, credit].filter(Boolean).join(' — '),
    date: new Date(s.publishedAt ?? s.lastSeenAt).toISOString(),
    tags: [...s.types.map(formLabel), ...s.countries.map(countryName)],
    source: v.lead ? { name: creditOf(v.lead), url: v.lead.url } : null,
  };
}

/** Renders the stories as a feed in the given format. */
export function renderFeed(format: FeedFormat, meta: FeedMeta, stories: StoryView[]): string {
  const items = stories.map((s) => toItem(s, meta.publicUrl));
  const updated = items[0]?.date ?? new Date(0).toISOString();
  if (format === 'json') return jsonFeed(meta, items);
  if (format === 'atom') return atomFeed(meta, items, updated);
  return rssFeed(meta, items, updated);
}

function rssFeed(meta: FeedMeta, items: Item[], updated: string): string {
  const body = items.map(
    (i) =>
      `<item><title>${xml(i.title)}</title><link>${xml(i.url)}</link><guid isPermaLink="true">${xml(i.id)}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate><description>${xml(i.summary)}</description>${i.tags.map((t) => `<category>${xml(t)}</category>`).join('')}${i.source ? `<source url="${xml(i.source.url)}">${xml(i.source.name)}</source>` : ''}</item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${xml(meta.title)}</title><link>${xml(meta.pageUrl)}</link><description>${xml(meta.title)}: trafficking-in-persons news with every source credited</description><language>en</language><lastBuildDate>${new Date(updated).toUTCString()}</lastBuildDate><atom:link href="${xml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>${body.join('')}</channel></rss>\n`;
}

function atomFeed(meta: FeedMeta, items: Item[], updated: string): string {
  const body = items.map(
    (i) =>
      `<entry><id>${xml(i.id)}</id><title>${xml(i.title)}</title><link href="${xml(i.url)}"/><updated>${i.date}</updated><summary>${xml(i.summary)}</summary>${i.tags.map((t) => `<category term="${xml(t)}"/>`).join('')}${i.source ? `<link rel="related" href="${xml(i.source.url)}" title="${xml(i.source.name)}"/>` : ''}</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>${xml(meta.feedUrl)}</id><title>${xml(meta.title)}</title><updated>${updated}</updated><author><name>Lantern</name></author><link rel="self" href="${xml(meta.feedUrl)}"/><link rel="alternate" href="${xml(meta.pageUrl)}"/>${body.join('')}</feed>\n`;
}

function jsonFeed(meta: FeedMeta, items: Item[]): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: meta.title,
      home_page_url: meta.pageUrl,
      feed_url: meta.feedUrl,
      language: 'en',
      items: items.map((i) => ({
        id: i.id,
        url: i.url,
        title: i.title,
        content_text: i.summary,
        date_published: i.date,
        tags: i.tags,
        ...(i.source ? { external_url: i.source.url } : {}),
      })),
    },
    null,
    1,
  )}\n`;
}

/** sitemap.xml for the given absolute URLs. */
export function sitemap(
  urls: { loc: string; lastmod?: string; alternates?: { lang: string; loc: string }[] }[],
): string {
  const body = urls.map((u) => {
    const alt = (u.alternates ?? []).map(
      (a) => `<xhtml:link rel="alternate" hreflang="${xml(a.lang)}" href="${xml(a.loc)}"/>`,
    );
    return `<url><loc>${xml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}${alt.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${body.join('')}</urlset>\n`;
}
