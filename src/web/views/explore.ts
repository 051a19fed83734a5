// The map page (choropleth plus the same numbers as a table) and the trends page.
import { EXPLOITATION_FORMS } from '../../model/analysis.ts';
import type { MonthlyCount } from '../../store/store.ts';
import { html, raw, type Safe } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { MAP_PERIODS, type MapPeriod } from '../params.ts';
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
/** What the map shows: one form of exploitation (or all) over one period. */
export interface MapFilter {
  type?: string;
  period: MapPeriod;
}

const PERIOD_KEYS = { all: 'map.periodAll', '30d': 'map.period30d', '12m': 'map.period12m' } as const;

/** The map's filters: a plain GET form (form of exploitation, period) that works without JavaScript. */
function mapFilters(L: Locale, f: MapFilter): Safe {
  const forms = EXPLOITATION_FORMS.map(
    (t) => html`<option value="${t}"${f.type === t ? ' selected' : ''}>${formName(L, t)}</option>`,
  );
  const periods = MAP_PERIODS.map(
    (p) => html`<option value="${p}"${f.period === p ? ' selected' : ''}>${L.t(PERIOD_KEYS[p])}</option>`,
  );
  const filtered = f.type || f.period !== 'all';
  return html`<form class="filters map-filters" action="${L.href('/map')}" method="get" aria-label="${L.t('map.filters')}">
<div><label for="m-type">${L.t('filters.form')}</label><select id="m-type" name="type"><option value="">${L.t('filters.allForms')}</option>${forms}</select></div>
<div><label for="m-period">${L.t('map.period')}</label><select id="m-period" name="period">${periods}</select></div>
<div class="actions"><button type="submit">${L.t('map.show')}</button>${filtered ? html` <a href="${L.href('/map')}">${L.t('filters.clear')}</a>` : ''}</div>
</form>`;
}

/** The map page body: filters, the choropleth with its numbered legend, and the same counts as a table. */
export function mapView(
  L: Locale,
  mapSvg: string,
  counts: { country: string; count: number }[],
  unplaced = 0,
  filter: MapFilter = { period: 'all' },
): Safe {
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
${mapFilters(L, filter)}
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
