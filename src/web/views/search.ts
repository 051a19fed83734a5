// Search page: a query box with date and sort controls and help, facet links, and one card per story with its
// credit and a highlighted snippet (markers escaped, then marked up).

import type { Story } from '../../model/records.ts';
import { MARK_OPEN } from '../../store/search/snippet.ts';
import type { SearchResult } from '../../store/store.ts';
import { escapeHtml, html, query, raw, type Safe } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { dateTag, formName, reportCount, tags } from './parts.ts';

/** The search request as read from the query string. */
export interface SearchParams {
  q: string;
  country?: string;
  type?: string;
  from?: string;
  to?: string;
  /** Absent: relevance with words, newest without. */
  sort?: 'relevance' | 'newest';
  cursor?: string;
}

/** One story found: its lead article's credit and date, its countries and forms, and the best matching snippet. */
export interface HitView {
  title: string;
  snippet: string;
  publishedAt: string | null;
  /** Null when the article is not in a published story. */
  slug: string | null;
  isSample: boolean;
  credit: string | null;
  countries: string[];
  types: string[];
  articleCount: number;
}

/** The snippet with its match markers turned into balanced <mark> elements, everything else escaped. */
export function highlight(snippet: string): Safe {
  let open = false;
  const marked = escapeHtml(snippet).replace(/[\ue000\ue001]/g, (m) => {
    // Only a close after an open (and an open after a close) becomes a tag: the markup stays balanced.
    if ((m === MARK_OPEN) === open) return '';
    open = !open;
    return open ? '<mark>' : '</mark>';
  });
  return raw(open ? `${marked}</mark>` : marked);
}

function facetList(L: Locale, name: 'country' | 'type', p: SearchParams, r: SearchResult): Safe {
  const values = (r.facets[name] ?? []).slice(0, 12);
  if (!values.length) return html``;
  const label = name === 'country' ? L.country : (v: string) => formName(L, v);
  const items = values.map((v) => {
    const on = p[name] === v.value;
    const href = `${L.href('/search')}${query({ ...p, cursor: undefined, [name]: on ? undefined : v.value })}`;
    return html`<li><a href="${href}"${on ? html` aria-current="true" class="on"` : ''}>${label(v.value)} (${L.num(v.count)})</a></li>`;
  });
  return html`<section><h3>${L.t(name === 'country' ? 'filters.country' : 'search.form')}</h3><ul class="facet">${items}</ul></section>`;
}

function help(L: Locale): Safe {
  const row = (code: Safe, key: Parameters<Locale['t']>[0]) => html`<dt>${code}</dt><dd>${L.t(key)}</dd>`;
  return html`<details class="help"><summary>${L.t('search.howTo')}</summary>
<dl dir="auto">
${row(html`<code>forced labour fishing</code>`, 'search.helpAll')}
${row(html`<code>"forced labour"</code>`, 'search.helpPhrase')}
${row(html`<code>kiln OR quarry</code>`, 'search.helpOr')}
${row(html`<code>-fishing</code>`, 'search.helpNot')}
${row(html`<code>scam*</code>`, 'search.helpPrefix')}
${row(html`<code>title:rescued</code>`, 'search.helpTitle')}
<dt><code>country:NG</code> <code>type:labour</code> <code>lang:fr</code> <code>minors:yes</code></dt><dd>${L.tx('search.helpFilters', { example: html`<code>-country:NG</code>` })}</dd>
</dl>
<p>${L.t('search.helpControls')}</p>
</details>`;
}

function searchForm(L: Locale, p: SearchParams): Safe {
  const sort = (v: 'relevance' | 'newest', label: string) =>
    html`<option value="${v}"${p.sort === v ? html` selected` : ''}>${label}</option>`;
  return html`<form class="searchbox" action="${L.href('/search')}" method="get" role="search">
<label for="q">${L.t('search.label')}</label>
<div class="row"><input id="q" name="q" type="search" value="${p.q}" placeholder="${L.t('search.placeholder')}" maxlength="200" dir="auto">
${p.country ? html`<input type="hidden" name="country" value="${p.country}">` : ''}${p.type ? html`<input type="hidden" name="type" value="${p.type}">` : ''}
<button type="submit">${L.t('nav.search')}</button></div>
<div class="row controls"><label>${L.t('filters.from')} <input name="from" type="date" value="${p.from ?? ''}"></label>
<label>${L.t('filters.to')} <input name="to" type="date" value="${p.to ?? ''}"></label>
<label>${L.t('search.sort')} <select name="sort">${sort('relevance', L.t('search.best'))}${sort('newest', L.t('search.newest'))}</select></label></div>
<p class="hint">${L.t('search.hint')}</p>
</form>${help(L)}`;
}

/** The query string that a search's feed and alert links carry (no cursor, no sort: feeds are newest first). */
export function followQuery(p: SearchParams): string {
  return query({ q: p.q || undefined, country: p.country, type: p.type, from: p.from, to: p.to });
}

/** Follow this search: its feeds for anyone, and an alert (e-mail or private feed) for signed-in staff. */
function followLinks(L: Locale, p: SearchParams): Safe {
  const qs = followQuery(p);
  return html`<p class="follow">${L.t('search.follow')} <a href="/feeds/search.rss${qs}">RSS</a> · <a href="/feeds/search.atom${qs}">Atom</a> · <a href="/feeds/search.json${qs}">JSON Feed</a> · <a href="/desk/alerts${qs}" rel="nofollow">${L.t('search.alert')}</a> ${L.t('search.staff')}</p>`;
}

function hitCard(L: Locale, h: HitView): Safe {
  const where = tags(L, { countries: h.countries, types: h.types as Story['types'] });
  const title = h.slug ? html`<a href="${L.href(`/stories/${h.slug}`)}">${h.title}</a>` : h.title;
  return html`<li class="card"><h3 dir="auto">${title}</h3>
<p class="meta">${h.isSample ? html`<span class="sample">${L.t('story.sampleBadge')}</span> ` : ''}${dateTag(L, h.publishedAt)}${reportCount(L, h.articleCount)}</p>
${h.credit ? html`<p class="credit">${L.tx('story.articleFrom', { outlet: html`<bdi>${h.credit}</bdi>` })}</p>` : ''}
<p dir="auto">${highlight(h.snippet)}</p>${where}</li>`;
}

function activeFilters(L: Locale, p: SearchParams): Safe {
  const chip = (label: string, without: Partial<SearchParams>) =>
    html`<li><a href="${L.href('/search')}${query({ ...p, cursor: undefined, ...without })}">${label} <span aria-hidden="true">×</span><span class="visually-hidden"> ${L.t('search.remove')}</span></a></li>`;
  const chips = [
    p.country ? chip(L.t('search.chipCountry', { country: L.country(p.country) }), { country: undefined }) : '',
    p.type ? chip(L.t('search.chipForm', { form: formName(L, p.type) }), { type: undefined }) : '',
    p.from ? chip(L.t('search.chipFrom', { date: L.date(p.from) }), { from: undefined }) : '',
    p.to ? chip(L.t('search.chipTo', { date: L.date(p.to) }), { to: undefined }) : '',
  ];
  const any = p.country || p.type || p.from || p.to;
  return any ? html`<ul class="chips" aria-label="${L.t('search.active')}">${chips}</ul>` : html``;
}

/** The search page body; `result` is null before a query is made. */
export function searchView(L: Locale, p: SearchParams, result: SearchResult | null, hits: HitView[]): Safe {
  const form = searchForm(L, p);
  if (!result) return html`<h1>${L.t('nav.search')}</h1>${form}`;
  const more = result.nextCursor
    ? html`<p class="more"><a rel="next" href="${L.href('/search')}${query({ ...p, cursor: result.nextCursor })}">${L.t('search.more')}</a></p>`
    : '';
  const n = result.total;
  const count = L.t(result.totalIsEstimate ? 'search.about' : 'map.stories', { count: n });
  return html`<h1>${L.t('nav.search')}</h1>${form}${activeFilters(L, p)}${followLinks(L, p)}
<div class="columns">
<section class="main-col" aria-labelledby="res-h"><h2 id="res-h">${count}</h2>
${hits.length ? html`<ol class="stories">${hits.map((h) => hitCard(L, h))}</ol>` : html`<p class="empty">${L.t('search.none')}</p>`}${more}</section>
<aside class="side-col facets" aria-label="${L.t('search.refine')}">${facetList(L, 'country', p, result)}${facetList(L, 'type', p, result)}</aside>
</div>`;
}
