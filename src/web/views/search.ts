// Search page: a query box, facet links and hits with highlighted snippets (markers escaped, then marked up).

import { MARK_OPEN } from '../../store/search/snippet.ts';
import type { SearchResult } from '../../store/store.ts';
import { escapeHtml, html, query, raw, type Safe } from '../html.ts';
import { countryName, formLabel } from '../labels.ts';
import { dateTag } from './parts.ts';

/** The search request as read from the query string. */
export interface SearchParams {
  q: string;
  country?: string;
  type?: string;
  cursor?: string;
}

/** A hit with the slug of its story (null when the article is not in a published story). */
export interface HitView {
  title: string;
  snippet: string;
  publishedAt: string | null;
  slug: string | null;
  isSample: boolean;
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

/** The search page body; `result` is null before a query is made. */
export function searchView(p: SearchParams, result: SearchResult | null, hits: HitView[]): Safe {
  const form = html`<form class="searchbox" action="/search" method="get" role="search">
<label for="q">Search published stories</label>
<div class="row"><input id="q" name="q" type="search" value="${p.q}" placeholder="e.g. forced labour fishing" maxlength="200">
${p.country ? html`<input type="hidden" name="country" value="${p.country}">` : ''}${p.type ? html`<input type="hidden" name="type" value="${p.type}">` : ''}
<button type="submit">Search</button></div>
<p class="hint">Use "quotes" for phrases, OR between alternatives, and -word to leave a word out.</p>
</form>`;
  if (!result) return html`<h1>Search</h1>${form}`;
  const list = hits.map(
    (h) => html`<li class="card"><h3>${h.slug ? html`<a href="/stories/${h.slug}">${h.title}</a>` : h.title}</h3>
<p class="meta">${h.isSample ? html`<span class="sample">Sample · fictional</span> ` : ''}${dateTag(h.publishedAt)}</p><p>${highlight(h.snippet)}</p></li>`,
  );
  const more = result.nextCursor
    ? html`<p class="more"><a rel="next" href="/search${query({ ...p, cursor: result.nextCursor })}">More results</a></p>`
    : '';
  const chips = [
    p.country
      ? html`<li><a href="/search${query({ q: p.q, type: p.type })}">Country: ${countryName(p.country)} <span aria-hidden="true">×</span><span class="visually-hidden"> (remove)</span></a></li>`
      : '',
    p.type
      ? html`<li><a href="/search${query({ q: p.q, country: p.country })}">Form: ${formLabel(p.type)} <span aria-hidden="true">×</span><span class="visually-hidden"> (remove)</span></a></li>`
      : '',
  ];
  const active = p.country || p.type ? html`<ul class="chips" aria-label="Active filters">${chips}</ul>` : '';
  return html`<h1>Search</h1>${form}${active}
<div class="columns">
<section class="main-col" aria-labelledby="res-h"><h2 id="res-h">${result.totalIsEstimate ? 'About ' : ''}${result.total} ${result.total === 1 ? 'result' : 'results'}</h2>
${hits.length ? html`<ol class="stories">${list}</ol>` : html`<p class="empty">No published stories match. Try fewer or other words.</p>`}${more}</section>
<aside class="side-col facets" aria-label="Refine">${facetList('country', p, result)}${facetList('type', p, result)}</aside>
</div>`;
}
