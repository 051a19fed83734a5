// The map page (choropleth plus the same numbers as a table) and the trends page.
import type { MonthlyCount } from '../../store/store.ts';
import { html, raw, type Safe } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { trendFigure } from '../svg/charts.ts';
import { quantileBreaks, shadeRanges } from '../svg/world-map.ts';
import { formName } from './parts.ts';

/** The map legend: one swatch per colour class in use (quantiles of the counts), with its range of story counts. */
export function mapLegend(L: Locale, counts: number[]): Safe {
  const items = shadeRanges(quantileBreaks(counts)).map(
    (r) =>
      html`<li><span class="key m${r.shade}"></span>${r.lo === r.hi ? L.t('map.stories', { count: r.lo }) : L.t('map.range', { lo: r.lo, hi: r.hi })}</li>`,
  );
  return html`<ul class="legend scale" aria-label="${L.t('map.legend')}"><li><span class="key m0"></span>${L.t('map.none')}</li>${items}</ul>`;
}

/** The map page body; `unplaced` counts published stories with no country (not on the map). */
export function mapView(L: Locale, mapSvg: string, counts: { country: string; count: number }[], unplaced = 0): Safe {
  const rows = [...counts]
    .sort((a, b) => b.count - a.count || L.compare(L.country(a.country), L.country(b.country)))
    .map(
      (c) =>
        html`<tr><th scope="row"><a href="${L.href(`/country/${c.country.toLowerCase()}`)}">${L.country(c.country)}</a></th><td>${L.num(c.count)}</td></tr>`,
    );
  const none = unplaced
    ? html`<tr><th scope="row">${L.t('chart.none')} ${L.t('map.notOnMap')}</th><td>${L.num(unplaced)}</td></tr>`
    : '';
  return html`<h1>${L.t('home.mapHeading')}</h1>
<p>${L.t('map.intro')}</p>
<div class="bigmap">${raw(mapSvg)}</div>
${mapLegend(
  L,
  counts.map((c) => c.count),
)}
<h2>${L.t('map.all')}</h2>
${rows.length || unplaced ? html`<div class="scroll"><table class="counts"><caption>${L.t('map.caption')}</caption><thead><tr><th scope="col">${L.t('field.countries')}</th><th scope="col">${L.t('nav.stories')}</th></tr></thead><tbody>${rows}${none}</tbody></table></div>` : html`<p>${L.t('map.empty')}</p>`}`;
}

/** The trends page body: all stories (each once), then by form and by country. */
export function trendsView(
  L: Locale,
  byType: MonthlyCount[],
  byCountry: MonthlyCount[],
  totals: MonthlyCount[] = [],
): Safe {
  return html`<h1>${L.t('nav.trends')}</h1>
<p>${L.t('trends.intro', { none: L.t('chart.none') })}</p>
<div class="trends">
${totals.length ? trendFigure(L, totals, () => L.t('nav.stories'), L.t('trends.total')) : ''}
${trendFigure(L, byType, (k) => formName(L, k), L.t('trends.byForm'))}
${trendFigure(L, byCountry, L.country, L.t('trends.byCountry'))}
</div>`;
}
