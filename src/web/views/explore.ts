// The map page (choropleth plus the same numbers as a table) and the trends page.
import type { MonthlyCount } from '../../store/store.ts';
import { html, raw, type Safe } from '../html.ts';
import { countryName, formLabel } from '../labels.ts';
import { NONE_LABEL, trendFigure } from '../svg/charts.ts';
import { shadeRanges } from '../svg/world-map.ts';

/** The map legend: one swatch per colour class in use, with its range of story counts. */
export function mapLegend(max: number): Safe {
  const items = shadeRanges(max).map(
    (r) =>
      html`<li><span class="key m${r.shade}"></span>${r.lo === r.hi ? r.lo : `${r.lo}–${r.hi}`} ${r.hi === 1 ? 'story' : 'stories'}</li>`,
  );
  return html`<ul class="legend scale" aria-label="Map colours: stories per country"><li><span class="key m0"></span>none</li>${items}</ul>`;
}

/** The map page body; `unplaced` counts published stories with no country (not on the map). */
export function mapView(mapSvg: string, counts: { country: string; count: number }[], unplaced = 0): Safe {
  const rows = [...counts]
    .sort((a, b) => b.count - a.count || countryName(a.country).localeCompare(countryName(b.country)))
    .map(
      (c) =>
        html`<tr><th scope="row"><a href="/country/${c.country.toLowerCase()}">${countryName(c.country)}</a></th><td>${c.count}</td></tr>`,
    );
  const none = unplaced ? html`<tr><th scope="row">${NONE_LABEL} (not on the map)</th><td>${unplaced}</td></tr>` : '';
  return html`<h1>Stories by country</h1>
<p>Darker countries have more published stories. Select a country to open its page.</p>
<div class="bigmap">${raw(mapSvg)}</div>
${mapLegend(Math.max(0, ...counts.map((c) => c.count)))}
<h2>All countries with stories</h2>
${rows.length || unplaced ? html`<div class="scroll"><table class="counts"><caption>Published stories per country</caption><thead><tr><th scope="col">Country</th><th scope="col">Stories</th></tr></thead><tbody>${rows}${none}</tbody></table></div>` : html`<p>No published stories yet.</p>`}`;
}

/** The trends page body: all stories (each once), then by form and by country. */
export function trendsView(byType: MonthlyCount[], byCountry: MonthlyCount[], totals: MonthlyCount[] = []): Safe {
  return html`<h1>Trends</h1>
<p>Published stories per month, by the date each story was first reported. Each story counts once in the total, and once for each form and each country it involves (a story in three countries is one story in each). Stories with no country or form are shown as "${NONE_LABEL}". The current month is still in progress. News coverage reflects what gets reported, not how much trafficking takes place.</p>
<div class="trends">
${totals.length ? trendFigure(totals, () => 'Stories', 'Stories per month (each story once)') : ''}
${trendFigure(byType, formLabel, 'Stories per month, by form of exploitation')}
${trendFigure(byCountry, countryName, 'Stories per month, by country (most frequent countries)')}
</div>`;
}
