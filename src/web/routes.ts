// Every route of the public portal, in one list (method, path, handler, whether the page may be cached).
import { allFeed, feedsPage, robotsTxt, scopedFeed, sitemapXml } from './feed-pages.ts';
import type { Handler } from './pages.ts';
import * as pages from './pages.ts';

/** One public route. */
export interface Route {
  path: string;
  handler: Handler;
  /** An HTML page, served in every interface language (/fr/…); feeds and crawler files are not. */
  page?: boolean;
}

/** The public surface: GET only, published data only. Static files (/static/*) are served by the app. */
export const PUBLIC_ROUTES: Route[] = [
  { path: '/', page: true, handler: pages.home },
  { path: '/stories/:slug', page: true, handler: pages.story },
  { path: '/country/:code', page: true, handler: pages.country },
  { path: '/form/:form', page: true, handler: pages.form },
  { path: '/map', page: true, handler: pages.map },
  { path: '/trends', page: true, handler: pages.trends },
  { path: '/search', page: true, handler: pages.search },
  { path: '/kb', page: true, handler: pages.kbIndex },
  { path: '/kb/:slug', page: true, handler: pages.kbPage },
  { path: '/report', page: true, handler: pages.report },
  { path: '/languages', page: true, handler: pages.languages },
  { path: '/feeds', page: true, handler: feedsPage },
  { path: '/feeds/:file', handler: allFeed },
  { path: '/feeds/:scope/:file', handler: scopedFeed },
  { path: '/sitemap.xml', handler: sitemapXml },
  { path: '/robots.txt', handler: robotsTxt },
];
