// The page shell every public page shares: header with the "Report" link, navigation, footer.
import { html, type Safe } from './html.ts';
import { assetUrl } from './static.ts';

/** What a page passes to the layout. */
export interface PageMeta {
  title: string;
  path: string;
  description?: string;
  /** Extra elements for <head> (OpenGraph, JSON-LD, feed links). */
  head?: Safe;
}

const NAV: [string, string][] = [
  ['/', 'Stories'],
  ['/map', 'Map'],
  ['/trends', 'Trends'],
  ['/search', 'Search'],
  ['/kb', 'Learn'],
  ['/feeds', 'Feeds'],
];

/** Wraps page content in the shared HTML document. */
export function layout(meta: PageMeta, body: Safe): Safe {
  const nav = NAV.map(([href, label]) => {
    const current = href === '/' ? meta.path === '/' : meta.path.startsWith(href);
    return html`<li><a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a></li>`;
  });
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title} · Lantern</title>
<meta name="description" content="${meta.description ?? 'Trafficking-in-persons news, with every source credited: stories, map, trends, how to report.'}">
<link rel="stylesheet" href="${assetUrl('style.css')}">
<link rel="icon" href="${assetUrl('icon.svg')}" type="image/svg+xml">
<link rel="alternate" type="application/rss+xml" title="Lantern: all stories (RSS)" href="/feeds/stories.rss">
${meta.head ?? ''}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<div class="bar">
<a class="brand" href="/"><img src="${assetUrl('icon.svg')}" alt="" width="28" height="28"> Lantern</a>
<a class="report" href="/report">Report trafficking</a>
</div>
<nav aria-label="Main"><ul>${nav}</ul></nav>
</header>
<main id="main">
${body}
</main>
<footer class="site">
<p>If someone is in immediate danger, call the local emergency number. <a href="/report">How to report trafficking, by country</a>.</p>
<p>Lantern collects news about trafficking in persons and credits every source. Stories marked <strong>Sample</strong> are fictional examples written by the Lantern team.</p>
</footer>
</body>
</html>`;
}
