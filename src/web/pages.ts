// Page handlers of the public portal: read the request, query the store, pick a view.
import type { PublicDeps } from './context.ts';
import { publishedStories } from './data.ts';
import { html, type Safe } from './html.ts';
import type { Locale } from './i18n/locale.ts';
import { formFromSlug, isCountryCode } from './labels.ts';
import type { PageMeta } from './layout.ts';
import { storyHead } from './meta.ts';
import { cursorParam, dayRange, periodParam, periodStart, storyFilters, typeParam } from './params.ts';
import { searchFeedLinks } from './search-feed.ts';
import { locatorMapSvg, worldMapSvg } from './svg/world-map.ts';
import { type MapFilter, mapView, trendsView } from './views/explore.ts';
import { homeView } from './views/home.ts';
import { kbIndexView, kbPageView } from './views/kb.ts';
import { languagesView } from './views/languages.ts';
import { formName } from './views/parts.ts';
import { type ReportModel, reportView } from './views/report.ts';
import { storyView } from './views/story.ts';
import { countryView, formView } from './views/topic.ts';

/** A handler's answer: an HTML page, a raw body, a permanent redirect, or "not found". */
export type Rendered =
  | { kind: 'page'; meta: PageMeta; body: Safe; status?: number }
  | { kind: 'raw'; type: string; text: string; status?: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'notfound' };

/** What a handler reads from the request. */
export interface PageRequest {
  /** The path without its language prefix. */
  path: string;
  /** The reader's interface language (from the path prefix). */
  L: Locale;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
}

/** One page handler. */
export type Handler = (req: PageRequest, deps: PublicDeps) => Promise<Rendered>;

const mapCache = new Map<string, string>();

const countsMemo = new WeakMap<object, { at: number; counts: Promise<{ country: string; count: number }[]> }>();

/** Country counts, shared for one page-cache lifetime by every page that shows them (home filters, map). */
function countryCounts(deps: PublicDeps): Promise<{ country: string; count: number }[]> {
  const ttl = deps.cacheMs ?? 0;
  const memo = countsMemo.get(deps.store);
  if (memo && Date.now() - memo.at < ttl) return memo.counts;
  const counts = deps.store.stories.countryCounts();
  if (ttl > 0) countsMemo.set(deps.store, { at: Date.now(), counts });
  counts.catch(() => countsMemo.delete(deps.store));
  return counts;
}

/** The world map for the current counts, rendered once per distinct set of counts. */
export async function currentWorldMap(deps: PublicDeps, L: Locale) {
  const counts = await countryCounts(deps);
  return { counts, svg: worldMapFor(L, counts) };
}

function worldMapFor(L: Locale, counts: { country: string; count: number }[]): string {
  const key = `${L.lang}:${counts.map((c) => `${c.country}${c.count}`).join(',')}`;
  let svg = mapCache.get(key);
  if (!svg) {
    if (mapCache.size > 50) mapCache.clear();
    svg = worldMapSvg(L, new Map(counts.map((c) => [c.country, c.count])));
    mapCache.set(key, svg);
  }
  return svg;
}

/** Stories per country for one form and period (each story once per country), and those with no country. */
async function filteredCounts(deps: PublicDeps, f: MapFilter) {
  const rows = await deps.store.stories.perMonth('country', { type: f.type, from: periodStart(f.period, new Date()) });
  const per = new Map<string, number>();
  for (const r of rows) per.set(r.key, (per.get(r.key) ?? 0) + r.count);
  const unplaced = per.get('') ?? 0;
  per.delete('');
  const counts = [...per].map(([country, count]) => ({ country, count })).sort((a, b) => b.count - a.count);
  return { counts, unplaced };
}

/** Feed autodiscovery links for a country or form page. */
function feedLinks(base: string, what: string): Safe {
  return html`<link rel="alternate" type="application/rss+xml" title="Lantern: ${what} (RSS)" href="${base}.rss">
<link rel="alternate" type="application/atom+xml" title="Lantern: ${what} (Atom)" href="${base}.atom">
<link rel="alternate" type="application/feed+json" title="Lantern: ${what} (JSON Feed)" href="${base}.json">`;
}

const page = (
  title: string,
  path: string,
  body: Safe,
  extra: Partial<PageMeta> & { status?: number } = {},
): Rendered => {
  const { status, ...meta } = extra;
  return { kind: 'page', meta: { title, path, ...meta }, body, ...(status ? { status } : {}) };
};

/** The page a removed story's address shows (nothing of the story is left to show). */
function goneView(L: Locale): Safe {
  const link = html`<a href="${L.href('/')}">${L.t('gone.link')}</a>`;
  return html`<h1>${L.t('gone.title')}</h1><p>${L.tx('gone.text', { link })}</p>`;
}

/** Home: latest stories with filters, the map, where to report. */
export const home: Handler = async (req, deps) => {
  const f = storyFilters(req.query);
  const { L } = req;
  const filter = { country: f.country, type: f.type, language: f.lang, ...dayRange(f), cursor: f.cursor };
  const [{ items, nextCursor }, map] = await Promise.all([
    publishedStories(deps.store, filter),
    currentWorldMap(deps, L),
  ]);
  const body = homeView(L, { filters: f, items, nextCursor, countries: map.counts, mapSvg: map.svg });
  const filtered = f.country || f.type || f.from || f.to;
  const head = filtered
    ? searchFeedLinks({ q: '', country: f.country, type: f.type, from: f.from, to: f.to })
    : undefined;
  return page(L.t('home.pageTitle'), '/', body, { head });
};

/** A story page (published stories only; a merged story's address leads to the story it joined). */
export const story: Handler = async (req, deps) => {
  const at = await deps.store.storyAt(req.params.slug ?? '');
  const { L } = req;
  if (at.kind === 'moved') return { kind: 'redirect', location: L.href(`/stories/${encodeURIComponent(at.slug)}`) };
  if (at.kind === 'gone') return page(L.t('gone.title'), req.path, goneView(L), { status: 410 });
  if (at.kind !== 'story') return { kind: 'notfound' };
  const s = at.story;
  // Articles still in review or rejected stay private even when their story is public.
  const articles = (await deps.store.articles.ofStory(s.id)).filter((a) => a.status === 'published');
  const lead = articles.find((a) => a.id === s.leadArticleId) ?? articles[0] ?? null;
  const places = (lead?.analysis?.places ?? []).filter((p) => p.kind !== 'country').slice(0, 12);
  const mapSvg = locatorMapSvg(L, s.countries.slice(0, 6), places);
  const body = storyView(L, { story: s, lead, articles, allowRepublish: deps.config.allowRepublish, mapSvg });
  return page(s.isSample ? L.t('story.pageTitleSample', { title: s.title }) : s.title, `/stories/${s.slug}`, body, {
    head: storyHead(L, s, lead, deps.config.publicUrl),
  });
};

/** A country page. */
export const country: Handler = async (req, deps) => {
  const cc = req.params.code ?? '';
  if (!isCountryCode(cc)) return { kind: 'notfound' };
  const code = cc.toUpperCase();
  const cursor = cursorParam(req.query.cursor);
  const [{ items, nextCursor }, trend] = await Promise.all([
    publishedStories(deps.store, { country: code, cursor, samples: false }),
    deps.store.stories.perMonth('type', { country: code }),
  ]);
  const { L } = req;
  const body = countryView(L, { code, items, nextCursor, trend, hotlines: deps.hotlines });
  const feeds = feedLinks(`/feeds/country/${cc.toLowerCase()}`, L.t('topic.feedTitle', { country: L.country(code) }));
  return page(L.country(code), `/country/${cc.toLowerCase()}`, body, { head: feeds });
};

/** A form-of-exploitation page. */
export const form: Handler = async (req, deps) => {
  const f = formFromSlug(req.params.form ?? '');
  if (!f) return { kind: 'notfound' };
  const cursor = cursorParam(req.query.cursor);
  const [{ items, nextCursor }, trend] = await Promise.all([
    publishedStories(deps.store, { type: f, cursor, samples: false }),
    deps.store.stories.perMonth('country', { type: f }),
  ]);
  const { L } = req;
  const kbPage = deps.kb.get(`forms/${req.params.form}`, L.lang);
  const body = formView(L, { form: f, page: kbPage, items, nextCursor, trend });
  const feeds = feedLinks(`/feeds/form/${req.params.form}`, formName(L, f));
  return page(formName(L, f), `/form/${req.params.form}`, body, { head: feeds });
};

/** The map page, for all stories or one form and period (?type=labour&period=12m). */
export const map: Handler = async (req, deps) => {
  const { L } = req;
  const f: MapFilter = { type: typeParam(req.query.type || undefined), period: periodParam(req.query.period) };
  const { counts, unplaced } =
    f.type || f.period !== 'all'
      ? await filteredCounts(deps, f)
      : {
          counts: await countryCounts(deps),
          unplaced: (await deps.store.stories.perMonth('country'))
            .filter((r) => r.key === '')
            .reduce((n, r) => n + r.count, 0),
        };
  return page(L.t('nav.map'), '/map', mapView(L, worldMapFor(L, counts), counts, unplaced, f));
};

/** The trends page. */
export const trends: Handler = async (req, deps) => {
  const [byType, byCountry, totals] = await Promise.all([
    deps.store.stories.perMonth('type'),
    deps.store.stories.perMonth('country'),
    deps.store.stories.perMonth('total'),
  ]);
  return page(req.L.t('nav.trends'), '/trends', trendsView(req.L, byType, byCountry, totals));
};

/** Search, one result per story (src/web/search-page.ts). */
export { searchPage as search } from './search-page.ts';

/** Knowledge-base index. */
export const kbIndex: Handler = async (req, deps) => page(req.L.t('nav.learn'), '/kb', kbIndexView(req.L, deps.kb));

/** One knowledge-base page. */
export const kbPage: Handler = async (req, deps) => {
  const slug = req.params.slug ?? '';
  if (slug.startsWith('forms/')) return { kind: 'notfound' };
  const p = deps.kb.get(slug, req.L.lang);
  if (!p) return { kind: 'notfound' };
  return page(p.title, `/kb/${slug}`, kbPageView(req.L, p), { description: p.summary || undefined });
};

/** How to report, by country. */
export const report: Handler = async (req, deps) => {
  const storyCountries = (await countryCounts(deps)).filter((c) => c.count > 0).map((c) => c.country);
  const given = (req.query.country ?? '').trim();
  const model: ReportModel = { storyCountries };
  if (given && isCountryCode(given)) model.chosen = given.toUpperCase();
  else if (given) model.problem = JSON.stringify(given.slice(0, 20));
  const body = reportView(req.L, deps.hotlines, model);
  return page(req.L.t('layout.report'), '/report', body, model.problem ? { status: 400 } : {});
};

/** The list of interface languages (linked from every 404 under an unknown language prefix). */
export const languages: Handler = async (req) => page(req.L.t('langs.title'), '/languages', languagesView(req.L));
