// The page shell every public page shares: header with the "Report" link, navigation, language switcher, footer.
import { html, type Safe } from './html.ts';
import type { MessageKey } from './i18n/catalogue.ts';
import { LANGS, langNames, langPath } from './i18n/langs.ts';
import type { Locale } from './i18n/locale.ts';
import { assetUrl } from './static.ts';

/** What a page passes to the layout. */
export interface PageMeta {
  title: string;
  /** The page's path without its language prefix ("/map"). */
  path: string;
  description?: string;
  /** Extra elements for <head> (OpenGraph, JSON-LD, feed links). */
  head?: Safe;
  /** Whether the page exists in every language (false: no switcher links or hreflang, e.g. an error page). */
  alternates?: boolean;
  /** Shown above the main content (the language suggestion on the bare root). */
  notice?: Safe;
}

const NAV: [string, MessageKey][] = [
  ['/', 'nav.stories'],
  ['/map', 'nav.map'],
  ['/trends', 'nav.trends'],
  ['/search', 'nav.search'],
  ['/kb', 'nav.learn'],
];

/** hreflang alternates: every language's address of this page, plus x-default (English). */
function alternates(meta: PageMeta, base: string): Safe {
  if (meta.alternates === false) return html``;
  const links = LANGS.map((l) => html`<link rel="alternate" hreflang="${l}" href="${base}${langPath(l, meta.path)}">`);
  return html`${links}<link rel="alternate" hreflang="x-default" href="${base}${meta.path}">`;
}

/** The language switcher: plain links to this page in each language (no JavaScript). */
export function switcher(L: Locale, path: string): Safe {
  const names = langNames();
  const items = LANGS.map((l) =>
    l === L.lang
      ? html`<li><a href="${langPath(l, path)}" lang="${l}" hreflang="${l}" aria-current="true">${names[l]}</a></li>`
      : html`<li><a href="${langPath(l, path)}" lang="${l}" hreflang="${l}">${names[l]}</a></li>`,
  );
  return html`<nav class="langs" aria-label="${L.t('layout.languages')}"><ul>${items}</ul></nav>`;
}

/** Wraps page content in the shared HTML document; `base` is the public URL for absolute alternates. */
export function layout(meta: PageMeta, body: Safe, L: Locale, base = ''): Safe {
  const nav = NAV.map(([href, key]) => {
    const current = href === '/' ? meta.path === '/' : meta.path.startsWith(href);
    return html`<li><a href="${L.href(href)}"${current ? html` aria-current="page"` : ''}>${L.t(key)}</a></li>`;
  });
  const path = meta.alternates === false ? '/' : meta.path;
  return html`<!doctype html>
<html lang="${L.lang}" dir="${L.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title} · Lantern</title>
<meta name="description" content="${meta.description ?? L.t('layout.description')}">
<link rel="stylesheet" href="${assetUrl('style.css')}">
<link rel="icon" href="${assetUrl('icon.svg')}" type="image/svg+xml">
<link rel="alternate" type="application/rss+xml" title="${L.t('layout.feedAll')}" href="/feeds/stories.rss">
${alternates(meta, base)}
${meta.head ?? ''}
</head>
<body>
<a class="skip" href="#main">${L.t('layout.skip')}</a>
<header class="site">
<div class="bar">
<a class="brand" href="${L.href('/')}"><img src="${assetUrl('icon.svg')}" alt="" width="28" height="28"> Lantern</a>
<a class="report" href="${L.href('/report')}">${L.t('layout.report')}</a>
</div>
<nav class="main-nav" aria-label="${L.t('layout.mainNav')}"><ul>${nav}</ul></nav>
</header>
${meta.notice ?? ''}
<main id="main">
${body}
</main>
<footer class="site">
${switcher(L, path)}
<p>${L.tx('layout.footerDanger', { link: html`<a href="${L.href('/report')}">${L.t('layout.footerReportLink')}</a>` })}</p>
<p>${L.tx('layout.footerAbout', { sample: html`<strong>${L.t('common.sample')}</strong>` })} <a href="${L.href('/feeds')}">${L.t('nav.feeds')}</a> · <a href="${L.href('/languages')}">${L.t('layout.allLanguages')}</a></p>
</footer>
</body>
</html>`;
}
