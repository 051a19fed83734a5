// Search page: a query box with date and sort controls and help, facet links, and one card per story with its
// credit and a highlighted snippet (markers escaped, then marked up).

import type { Story } from '../../model/records.ts';
import { MARK_OPEN } from '../../store/search/snippet.ts';
import type { SearchResult } from '../../store/store.ts';
import { escapeHtml, html, query, raw, type Safe } from '../html.ts';
import { countryName, formLabel } from '../labels.ts';
import { dateTag, tags } from './parts.ts';

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

function facetList(name: 'country' | 'type', p: SearchParams, r: SearchResult): Safe {
  const values = (r.facets[name] ?? []).slice(0, 12);
  if (!values.length) return html``;
  const label = name === 'country' ? countryName : formLabel;
  const items = values.map((v) => {
    const on = p[name] === v.value;
    const href = `/search${query({ ...p, cursor: undefined, [name]: on ? undefined : v.value })}`;
    return html`<li><a href="${href}"${on ? html` aria-current="true" class="on"` : ''}>${label(v.value)} (${v.count})</a></li>`;
  });
  return html`<section><h3>${name === 'country' ? 'Country' : 'Form'}</h3><ul class="facet">${items}</ul></section>`;
}

const HELP = html`<details class="help"><summary>How to search</summary>
<dl>
<dt><code>forced labour fishing</code></dt><dd>stories with all of these words (trafficked also finds trafficking and traffickers; labor finds labour)</dd>
<dt><code>"forced labour"</code></dt><dd>the exact phrase (spelling variants included)</dd>
<dt><code>kiln OR quarry</code></dt><dd>either word</dd>
<dt><code>-fishing</code></dt><dd>leave out stories with this word</dd>
<dt><code>scam*</code></dt><dd>words starting with scam</dd>
<dt><code>title:rescued</code></dt><dd>the word in a title</dd>
<dt><code>country:NG</code> <code>type:labour</code> <code>lang:fr</code> <code>minors:yes</code></dt><dd>filters inside the query; <code>-country:NG</code> leaves a country out</dd>
</dl>
<p>Or use the country, form and date controls. Results are stories: a story told by several outlets shows once, credited to the outlet that published it.</p>
</details>`;

function searchForm(p: SearchParams): Safe {
  const sort = (v: 'relevance' | 'newest', label: string) =>
    html`<option value="${v}"${p.sort === v ? html` selected` : ''}>${label}</option>`;
  return html`<form class="searchbox" action="/search" method="get" role="search">
<label for="q">Search published stories</label>
<div class="row"><input id="q" name="q" type="search" value="${p.q}" placeholder="e.g. forced labour fishing" maxlength="200">
${p.country ? html`<input type="hidden" name="country" value="${p.country}">` : ''}${p.type ? html`<input type="hidden" name="type" value="${p.type}">` : ''}
<button type="submit">Search</button></div>
<div class="row controls"><label>From <input name="from" type="date" value="${p.from ?? ''}"></label>
<label>To <input name="to" type="date" value="${p.to ?? ''}"></label>
<label>Sort <select name="sort">${sort('relevance', 'Best match')}${sort('newest', 'Newest first')}</select></label></div>
<p class="hint">Use "quotes" for phrases, OR between alternatives, and -word to leave a word out.</p>
</form>${HELP}`;
}

/** The query string that a search's feed and alert links carry (no cursor, no sort: feeds are newest first). */
export function followQuery(p: SearchParams): string {
  return query({ q: p.q || undefined, country: p.country, type: p.type, from: p.from, to: p.to });
}

/** Follow this search: its feeds for anyone, and an alert (e-mail or private feed) for signed-in staff. */
function followLinks(p: SearchParams): Safe {
  const qs = followQuery(p);
  return html`<p class="follow">Follow this search: <a href="/feeds/search.rss${qs}">RSS</a> · <a href="/feeds/search.atom${qs}">Atom</a> · <a href="/feeds/search.json${qs}">JSON Feed</a> · <a href="/desk/alerts${qs}" rel="nofollow">e-mail alert</a> (staff sign-in)</p>`;
}

function hitCard(h: HitView): Safe {
  const where = tags({ countries: h.countries, types: h.types as Story['types'] });
  return html`<li class="card"><h3>${h.slug ? html`<a href="/stories/${h.slug}">${h.title}</a>` : h.title}</h3>
<p class="meta">${h.isSample ? html`<span class="sample">Sample · fictional</span> ` : ''}${dateTag(h.publishedAt)}${h.articleCount > 1 ? html` · ${h.articleCount} reports` : ''}</p>
${h.credit ? html`<p class="credit">Article from: ${h.credit}</p>` : ''}
<p>${highlight(h.snippet)}</p>${where}</li>`;
}

function activeFilters(p: SearchParams): Safe {
  const chip = (label: string, without: Partial<SearchParams>) =>
    html`<li><a href="/search${query({ ...p, cursor: undefined, ...without })}">${label} <span aria-hidden="true">×</span><span class="visually-hidden"> (remove)</span></a></li>`;
  const chips = [
    p.country ? chip(`Country: ${countryName(p.country)}`, { country: undefined }) : '',
    p.type ? chip(`Form: ${formLabel(p.type)}`, { type: undefined }) : '',
    p.from ? chip(`From ${p.from}`, { from: undefined }) : '',
    p.to ? chip(`To ${p.to}`, { to: undefined }) : '',
  ];
  const any = p.country || p.type || p.from || p.to;
  return any ? html`<ul class="chips" aria-label="Active filters">${chips}</ul>` : html``;
}

/** The search page body; `result` is null before a query is made. */
export function searchView(p: SearchParams, result: SearchResult | null, hits: HitView[]): Safe {
  const form = searchForm(p);
  if (!result) return html`<h1>Search</h1>${form}`;
  const more = result.nextCursor
    ? html`<p class="more"><a rel="next" href="/search${query({ ...p, cursor: result.nextCursor })}">More results</a></p>`
    : '';
  const n = result.total;
  return html`<h1>Search</h1>${form}${activeFilters(p)}${followLinks(p)}
<div class="columns">
<section class="main-col" aria-labelledby="res-h"><h2 id="res-h">${result.totalIsEstimate ? 'About ' : ''}${n} ${n === 1 ? 'story' : 'stories'}</h2>
${hits.length ? html`<ol class="stories">${hits.map(hitCard)}</ol>` : html`<p class="empty">No published stories match. Try fewer or other words.</p>`}${more}</section>
<aside class="side-col facets" aria-label="Refine">${facetList('country', p, result)}${facetList('type', p, result)}</aside>
</div>`;
}
