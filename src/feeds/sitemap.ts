// News sitemaps (sitemaps.org urlset with Google News tags) → the one feed model; a small scanner, no entity expansion.
import type { FeedEntry, ParsedFeed } from './types.ts';
import { absoluteUrl, cleanText, isoDate } from './util.ts';

/** The fields of one <url> in a (news) sitemap. */
export interface SitemapUrl {
  loc: string;
  lastmod: string | null;
  title: string | null;
  publicationDate: string | null;
  language: string | null;
}

/** True when the document is a sitemap urlset or sitemap index. */
export function looksLikeSitemap(xml: string): boolean {
  return /<(?:[\w-]+:)?(urlset|sitemapindex)[\s>]/.test(xml.slice(0, 4096));
}

/** Scans a sitemap urlset into its own type (a sitemap index yields its child sitemaps as entries). */
export function parseSitemap(xml: string): SitemapUrl[] {
  const out: SitemapUrl[] = [];
  const block = /<(?:[\w-]+:)?(url|sitemap)\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?\1>/g;
  for (const m of xml.matchAll(block)) {
    const body = m[2]!;
    const loc = tag(body, 'loc');
    if (!loc) continue;
    out.push({
      loc,
      lastmod: tag(body, 'lastmod'),
      title: tag(body, 'news:title'),
      publicationDate: tag(body, 'news:publication_date'),
      language: tag(body, 'news:language'),
    });
  }
  return out;
}

/** Adapts sitemap URLs to feed entries. */
export function adaptSitemap(urls: SitemapUrl[], base: string): ParsedFeed & { dropped: number } {
  const entries: FeedEntry[] = [];
  for (const u of urls) {
    const url = absoluteUrl(u.loc, base);
    if (!url) continue;
    const published = isoDate(u.publicationDate ?? u.lastmod);
    entries.push({
      id: url,
      url,
      title: cleanText(u.title),
      content: null,
      published,
      author: null,
      language: u.language,
    });
  }
  const language = entries.find((e) => e.language)?.language ?? null;
  return {
    kind: 'sitemap',
    title: null,
    link: null,
    language,
    ttlMinutes: null,
    entries,
    dropped: urls.length - entries.length,
  };
}

function tag(body: string, name: string): string | null {
  const re = new RegExp(`<${name.replace(':', '\\:')}\\b[^>]*>([\\s\\S]*?)</${name.replace(':', '\\:')}>`);
  const m = re.exec(body);
  return m ? unescapeXml(m[1]!.replace(/^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/, '$1').trim()) : null;
}

/** Decodes the five XML entities and numeric references (never declared entities). */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k[0] === '#') {
      const code = k[1] === 'x' ? Number.parseInt(k.slice(2), 16) : Number(k.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[k]!;
  });
}
