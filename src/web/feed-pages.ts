// Feed, sitemap and robots handlers: published stories only, overall, per country and per form.

import { EXPLOITATION_FORMS } from '../model/analysis.ts';
import type { PublicDeps } from './context.ts';
import { publishedStories } from './data.ts';
import { html } from './html.ts';
import { LANGS, langPath } from './i18n/langs.ts';
import { countryName, FORM_LABELS, formFromSlug, formLabel, isCountryCode } from './labels.ts';
import type { Handler, Rendered } from './pages.ts';
import { searchFeed } from './search-feed.ts';
import { FEED_TYPES, type FeedFormat, renderFeed, sitemap } from './syndication.ts';
import { formName } from './views/parts.ts';

/** Stories per feed. */
export const FEED_SIZE = 50;
/** Most story URLs listed in sitemap.xml (the protocol allows 50,000). */
export const SITEMAP_STORIES = 5000;

function splitFile(file: string): { key: string; format: FeedFormat } | null {
  const m = /^([a-z0-9-]+)\.(rss|atom|json)$/.exec(file.toLowerCase());
  return m ? { key: m[1]!, format: m[2] as FeedFormat } : null;
}

async function feed(
  deps: PublicDeps,
  format: FeedFormat,
  title: string,
  page: string,
  self: string,
  filter: { country?: string; type?: string; samples?: boolean },
): Promise<Rendered> {
  const { items } = await publishedStories(deps.store, { ...filter, limit: FEED_SIZE });
  const base = deps.config.publicUrl;
  const text = renderFeed(
    format,
    { title, pageUrl: `${base}${page}`, feedUrl: `${base}${self}`, publicUrl: base },
    items,
  );
  return { kind: 'raw', type: FEED_TYPES[format], text };
}

/** /feeds/stories.{rss,atom,json}, and /feeds/search.{rss,atom,json}?q=… (any search, see search-feed.ts) */
export const allFeed: Handler = async (req, deps) => {
  const f = splitFile(req.params.file ?? '');
  if (f?.key === 'search') return searchFeed(req.query, deps, f.format);
  if (f?.key !== 'stories') return { kind: 'notfound' };
  return feed(deps, f.format, 'Lantern: trafficking-in-persons stories', '/', req.path, {});
};

/** /feeds/country/:file and /feeds/form/:file */
export const scopedFeed: Handler = async (req, deps) => {
  const f = splitFile(req.params.file ?? '');
  if (!f) return { kind: 'notfound' };
  if (req.params.scope === 'country' && isCountryCode(f.key)) {
    const code = f.key.toUpperCase();
    return feed(deps, f.format, `Lantern: stories in ${countryName(code)}`, `/country/${f.key}`, req.path, {
      country: code,
      samples: false,
    });
  }
  const form = req.params.scope === 'form' ? formFromSlug(f.key) : null;
  if (!form) return { kind: 'notfound' };
  return feed(deps, f.format, `Lantern: ${formLabel(form)}`, `/form/${f.key}`, req.path, {
    type: form,
    samples: false,
  });
};

/** The feeds overview page. */
export const feedsPage: Handler = async (req) => {
  const { L } = req;
  const forms = EXPLOITATION_FORMS.map((t) => {
    const slug = FORM_LABELS[t].slug;
    return html`<li>${formName(L, t)}: <a href="/feeds/form/${slug}.rss">RSS</a> · <a href="/feeds/form/${slug}.atom">Atom</a> · <a href="/feeds/form/${slug}.json">JSON</a></li>`;
  });
  const pattern = html`<code dir="ltr">/feeds/country/<var>code</var>.rss</code>`;
  const example = html`<a href="/feeds/country/za.rss">${L.country('ZA')}</a>`;
  const searchPattern = html`<code dir="ltr">/feeds/search.rss?q=<var>words</var>&amp;country=<var>code</var>&amp;type=<var>form</var></code>`;
  const body = html`<h1>${L.t('nav.feeds')}</h1>
<p>${L.t('feeds.intro')}</p>
<h2>${L.t('feeds.all')}</h2>
<ul><li><a href="/feeds/stories.rss">RSS 2.0</a></li><li><a href="/feeds/stories.atom">Atom</a></li><li><a href="/feeds/stories.json">JSON Feed</a></li></ul>
<h2>${L.t('feeds.anySearch')}</h2>
<p>${L.tx('feeds.anySearchText', { search: html`<a href="${L.href('/search')}">${L.t('feeds.searchLink')}</a>`, pattern: searchPattern })}</p>
<h2>${L.t('feeds.byForm')}</h2><ul>${forms}</ul>
<h2>${L.t('feeds.byCountry')}</h2>
<p>${L.tx('feeds.countryText', { pattern, example })}</p>`;
  return { kind: 'page', meta: { title: L.t('nav.feeds'), path: '/feeds' }, body };
};

/** One page in every interface language, each entry listing all of them as hreflang alternates. */
function inEveryLang(base: string, path: string): { loc: string; alternates: { lang: string; loc: string }[] }[] {
  const alternates = [
    ...LANGS.map((lang) => ({ lang, loc: `${base}${langPath(lang, path)}` })),
    { lang: 'x-default', loc: `${base}${path}` },
  ];
  return LANGS.map((lang) => ({ loc: `${base}${langPath(lang, path)}`, alternates }));
}

/** sitemap.xml: fixed and knowledge-base pages in every language, countries with stories, the latest stories. */
export const sitemapXml: Handler = async (_req, deps) => {
  const base = deps.config.publicUrl;
  const fixed = ['/', '/map', '/trends', '/search', '/kb', '/report', '/feeds'].flatMap((p) => inEveryLang(base, p));
  const kb = deps.kb.pages.flatMap((p) =>
    inEveryLang(base, p.slug.startsWith('forms/') ? `/form/${p.slug.slice(6)}` : `/kb/${p.slug}`),
  );
  const countries = (await deps.store.stories.countryCounts()).map((c) => ({
    loc: `${base}/country/${c.country.toLowerCase()}`,
  }));
  const stories: { loc: string; lastmod?: string }[] = [];
  let cursor: string | undefined;
  while (stories.length < SITEMAP_STORIES) {
    const r = await deps.store.stories.list({ published: true, limit: 500, cursor });
    for (const s of r.stories) stories.push({ loc: `${base}/stories/${s.slug}`, lastmod: s.lastSeenAt.slice(0, 10) });
    if (!r.nextCursor || !r.stories.length) break;
    cursor = r.nextCursor;
  }
  return {
    kind: 'raw',
    type: 'application/xml; charset=utf-8',
    text: sitemap([...fixed, ...kb, ...countries, ...stories]),
  };
};

/** robots.txt: the public pages and the sitemap; the editorial desk and sign-in pages are not for crawlers. */
export const robotsTxt: Handler = async (_req, deps) => ({
  kind: 'raw',
  type: 'text/plain; charset=utf-8',
  text: `User-agent: *\nDisallow: /desk\nDisallow: /login\nDisallow: /account\nAllow: /\nSitemap: ${deps.config.publicUrl}/sitemap.xml\n`,
});
