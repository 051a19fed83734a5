// The public search page: validated parameters (400 with a clear message otherwise), one card per story.
import { inputError } from '../lib/errors.ts';
import type { SearchHit } from '../store/store.ts';
import { PAGE_SIZE } from './data.ts';
import type { Handler, Rendered } from './pages.ts';
import { countryParam, cursorParam, dateParam, searchText, typeParam } from './params.ts';
import { searchFeedLinks } from './search-feed.ts';
import { type HitView, type SearchParams, searchView } from './views/search.ts';

type Query = Record<string, string | undefined>;

/** Search parameters from the query string; bad values are input errors (HTTP 400). */
export function searchParams(query: Query): SearchParams {
  const opt = (k: string) => query[k]?.trim() || undefined;
  const p: SearchParams = {
    q: searchText(query),
    country: countryParam(opt('country')),
    type: typeParam(opt('type')),
    from: dateParam('from', opt('from')),
    to: dateParam('to', opt('to')),
    sort: sortParam(opt('sort')),
    cursor: cursorParam(opt('cursor')),
  };
  if (p.from && p.to && p.from > p.to) throw inputError(`from=${p.from} is after to=${p.to}: swap the dates`);
  return p;
}

function sortParam(v: string | undefined): SearchParams['sort'] {
  if (v === undefined || v === 'relevance' || v === 'newest') return v;
  throw inputError(`sort=${JSON.stringify(v.slice(0, 40))}: expected relevance or newest`);
}

/** Search over published stories, one result per story, with facets counted per story. */
export const searchPage: Handler = async (req, deps): Promise<Rendered> => {
  const p = searchParams(req.query);
  const page = (body: ReturnType<typeof searchView>): Rendered => ({
    kind: 'page',
    meta: {
      title: p.q ? req.L.t('search.title', { q: p.q }) : req.L.t('nav.search'),
      path: '/search',
      head: searchFeedLinks(p),
    },
    body,
  });
  if (!p.q && !p.country && !p.type && !p.from && !p.to) return page(searchView(req.L, p, null, []));
  const result = await deps.store.search.run({
    q: p.q,
    country: p.country ? [p.country] : undefined,
    type: p.type ? [p.type] : undefined,
    from: p.from,
    to: p.to,
    sort: p.sort === 'newest' ? 'date' : p.sort,
    by: 'story',
    publishedOnly: true,
    limit: PAGE_SIZE,
    cursor: p.cursor,
    facets: ['country', 'type'],
  });
  return page(searchView(req.L, p, result, result.hits.map(hitView)));
};

function hitView(h: SearchHit): HitView {
  const s = h.story?.published ? h.story : null;
  return {
    title: h.title,
    snippet: h.snippet,
    publishedAt: h.publishedAt,
    slug: s?.slug ?? null,
    isSample: !!s?.isSample,
    credit: s?.credit ?? null,
    countries: s?.countries ?? [],
    types: s?.types ?? [],
    articleCount: s?.articleCount ?? 1,
  };
}
