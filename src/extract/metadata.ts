// Page metadata from JSON-LD, OpenGraph and <meta> tags: title, byline, dates, language, canonical URL, site, image.
import { dateInUrl, normalizeDate } from './dates.ts';
import { type AnyNode, attr, elements, squash, textOf } from './dom.ts';
import { findJsonLdArticle, ldNames, ldString } from './jsonld.ts';

/** What the page says about itself. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
  updated: string | null;
  language: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  image: string | null;
  description: string | null;
  /** schema.org articleBody, when the page embeds it. */
  articleBody: string | null;
}

/** Reads metadata from a parsed page (before pruning: it needs <head> and scripts). */
export function readMetadata(root: AnyNode, url = ''): PageMeta {
  const tags = metaTags(root);
  const m = (...keys: string[]) => keys.map((k) => tags.get(k)).find((v) => v) ?? null;
  const ld = findJsonLdArticle(root) ?? {};
  const els = elements(root);
  const link = (rel: string) => els.find((e) => e.name === 'link' && attr(e, 'rel').toLowerCase() === rel);
  const time = els.find((e) => e.name === 'time' && attr(e, 'datetime'));
  const htmlLang = els.find((e) => e.name === 'html')?.attribs.lang;
  const titleEl = els.find((e) => e.name === 'title');
  return {
    title: clean(ldString(ld.headline) ?? m('og:title', 'twitter:title') ?? (titleEl ? textOf(titleEl) : null)),
    byline: clean(
      ldNames(ld.author).join(', ') ||
        m('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'),
    ),
    published:
      first(
        ldString(ld.datePublished),
        m(
          'article:published_time',
          'og:published_time',
          'datepublished',
          'publishdate',
          'pubdate',
          'publish-date',
          'date',
          'dc.date.issued',
          'dc.date',
          'parsely-pub-date',
          'sailthru.date',
          'article.published',
          'dcterms.created',
        ),
        time ? attr(time, 'datetime') : null,
      ) ?? dateInUrl(url),
    updated: first(
      ldString(ld.dateModified),
      m('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'),
    ),
    language: language(
      htmlLang ?? ldString(ld.inLanguage) ?? m('og:locale', 'content-language', 'dc.language', 'language'),
    ),
    canonicalUrl: absolute(link('canonical')?.attribs.href ?? m('og:url') ?? ldString(ld.url, 'url'), url),
    siteName: clean(m('og:site_name', 'application-name', 'twitter:site') ?? ldString(ld.publisher)),
    image: absolute(
      m('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? ldString(ld.image, 'url'),
      url,
    ),
    description: clean(m('og:description', 'description', 'twitter:description') ?? ldString(ld.description)),
    articleBody: typeof ld.articleBody === 'string' ? ld.articleBody : null,
  };
}

function metaTags(root: AnyNode): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of elements(root)) {
    if (el.name !== 'meta') continue;
    const key = (
      attr(el, 'property') ||
      attr(el, 'name') ||
      attr(el, 'itemprop') ||
      attr(el, 'http-equiv')
    ).toLowerCase();
    const value = attr(el, 'content').trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function first(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const d = normalizeDate(v);
    if (d) return d;
  }
  return null;
}

function clean(s: string | null | undefined): string | null {
  const t = squash(s ?? '');
  return t && t.length <= 500 ? t : null;
}

/** A BCP 47 primary language subtag ("en" from "en-US", "en_GB"). */
function language(s: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec((s ?? '').trim());
  return m ? m[1]!.toLowerCase() : null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  const h = (href ?? '').trim();
  if (!h) return null;
  try {
    const u = new URL(h, base || undefined);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
