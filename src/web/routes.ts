// Every route of the public portal, in one list (method, path, handler, whether the page may be cached).
import { allFeed, feedsPage, robotsTxt, scopedFeed, sitemapXml } from './feed-pages.ts';
import type { Handler } from './pages.ts';
import * as pages from './pages.ts';

/** One public route. */
export interface Route {
  path: string;
  handler: Handler;
}

/** The public surface: GET only, published data only. Static files (/static/*) are served by the app. */
export const PUBLIC_ROUTES: Route[] = [
  { path: '/', handler: pages.home },
  { path: '/stories/:slug', handler: pages.story },
  { path: '/country/:code', handler: pages.country },
  { path: '/form/:form', handler: pages.form },
  { path: '/map', handler: pages.map },
  { path: '/trends', handler: pages.trends },
  { path: '/search', handler: pages.search },
  { path: '/kb', handler: pages.kbIndex },
  { path: '/kb/:slug', handler: pages.kbPage },
  { path: '/report', handler: pages.report },
  { path: '/feeds', handler: feedsPage },
  { path: '/feeds/:file', handler: allFeed },
  { path: '/feeds/:scope/:file', handler: scopedFeed },
  { path: '/sitemap.xml', handler: sitemapXml },
  { path: '/robots.txt', handler: robotsTxt },
];
