// Page metadata from JSON-LD, OpenGraph and <meta> tags: title, byline, dates, language, canonical URL, site, image.
import { dateInText, dateInUrl, normalizeDate } from './dates.ts';
import { type AnyNode, attr, type Element, elements, parsePage, squash, textOf } from './dom.ts';
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
  const els = elements(root);
  const tags = metaTags(els);
  const m = (...keys: string[]) => keys.map((k) => tags.get(k)).find((v) => v) ?? null;
  const ld = findJsonLdArticle(els) ?? {};
  const link = (rel: string) => els.find((e) => e.name === 'link' && attr(e, 'rel').toLowerCase() === rel);
  const time = els.find((e) => e.name === 'time' && attr(e, 'datetime'));
  const htmlLang = els.find((e) => e.name === 'html')?.attribs.lang;
  const titleEl = els.find((e) => e.name === 'title');
  return {
    title: clean(ldString(ld.headline) ?? m('og:title', 'twitter:title') ?? (titleEl ? textOf(titleEl) : null)),
    byline: cleanByline(
      ldNames(ld.author).join(', ') ||
        ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']
          .map((k) => tags.get(k))
          .find((v) => v && !/^https?:\/\//.test(v)),
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
      ) ??
      dateInUrl(url) ??
      visibleDate(els),
    updated: first(
      ldString(ld.dateModified),
      m('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'),
    ),
    language: language(
      htmlLang ?? ldString(ld.inLanguage) ?? m('og:locale', 'content-language', 'dc.language', 'language'),
    ),
    canonicalUrl: absolute(link('canonical')?.attribs.href ?? m('og:url') ?? ldString(ld.url, 'url'), url),
    siteName: clean(m('og:site_name', 'application-name') ?? ldString(ld.publisher)),
    image: absolute(
      m('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? ldString(ld.image, 'url'),
      url,
    ),
    description: clean(m('og:description', 'description', 'twitter:description') ?? ldString(ld.description)),
    articleBody: typeof ld.articleBody === 'string' ? ld.articleBody : null,
  };
}

/** How many date-named elements are read for a visible publication date. */
const DATE_ELEMENTS = 20;

/** A date shown on the page in an element named for it (itemprop, class or id with date/time/published). */
function visibleDate(els: Element[]): string | null {
  let seen = 0;
  for (const el of els) {
    if (el.type !== 'tag') continue;
    const name = `${attr(el, 'itemprop')} ${attr(el, 'class')} ${attr(el, 'id')}`;
    if (!/date|time|publish|posted|dateline/i.test(name) || ++seen > DATE_ELEMENTS) continue;
    const text = squash(textOf(el)).slice(0, 200);
    const d = normalizeDate(attr(el, 'content') || attr(el, 'datetime')) ?? dateInText(text);
    if (d) return d;
  }
  return null;
}

function metaTags(els: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of els) {
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
  let t = squash(s ?? '');
  // JSON-LD and meta values are sometimes HTML-escaped twice ("&#8217;").
  if (/&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(t)) t = squash(textOf(parsePage(t)));
  return t && t.length <= 500 ? t : null;
}

function cleanByline(s: string | null | undefined): string | null {
  if (/^https?:\/\//.test((s ?? '').trim())) return null;
  return clean((s ?? '').replace(/^\s*(?:by|par|von|por|di|door)\s+/i, ''));
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
