// Home: the latest published stories (filterable), the world map and where to report.
import { html, raw, type Safe } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { filterForm, type StoryFilters } from './filters.ts';
import { formName, nextLink, type StoryView, storyList } from './parts.ts';
import { followQuery } from './search.ts';

/** Everything the home page shows. */
export interface HomeModel {
  filters: StoryFilters;
  items: StoryView[];
  nextCursor: string | null;
  countries: { country: string; count: number }[];
  mapSvg: string;
}

function heading(L: Locale, f: StoryFilters): string {
  if (f.type && f.country) return L.t('home.headingBoth', { form: formName(L, f.type), country: L.country(f.country) });
  if (f.type) return L.t('home.headingForm', { form: formName(L, f.type) });
  if (f.country) return L.t('home.headingCountry', { country: L.country(f.country) });
  return L.t('home.latest');
}

/** The home page body: stories first (the intro is one line), the map and where to report beside or after. */
/** A filtered view followed as a feed (the search feeds take the same country, form and dates). */
function followFiltered(L: Locale, f: StoryFilters): Safe | '' {
  if (!f.country && !f.type && !f.from && !f.to) return '';
  const qs = followQuery({ q: '', country: f.country, type: f.type, from: f.from, to: f.to });
  return html`<p class="follow">${L.t('home.follow')} <a href="/feeds/search.rss${qs}">RSS</a> · <a href="/feeds/search.atom${qs}">Atom</a> · <a href="/feeds/search.json${qs}">JSON Feed</a></p>`;
}

export function homeView(L: Locale, m: HomeModel): Safe {
  const f = m.filters;
  const params = { country: f.country, type: f.type, from: f.from, to: f.to, lang: f.lang };
  return html`<section class="intro">
<h1>${L.t('home.title')}</h1>
<p>${L.t('home.intro')}</p>
</section>
<div class="columns">
<section class="main-col" aria-labelledby="latest">
<h2 id="latest">${heading(L, f)}</h2>
${filterForm(L, L.href('/'), f, m.countries)}
${followFiltered(L, f)}
${storyList(L, m.items)}
${nextLink(L, '/', params, m.nextCursor)}
</section>
<aside class="side-col">
<section aria-labelledby="map-h">
<h2 id="map-h">${L.t('home.mapHeading')}</h2>
${raw(m.mapSvg)}
<p><a href="${L.href('/map')}">${L.t('home.mapLink')}</a> · <a href="${L.href('/trends')}">${L.t('home.trendsLink')}</a></p>
</section>
<section class="callout" aria-labelledby="report-h">
<h2 id="report-h">${L.t('layout.report')}</h2>
<p>${L.t('home.reportText')}</p>
<p><a href="${L.href('/report')}">${L.t('home.reportLink')}</a></p>
</section>
</aside>
</div>`;
}
