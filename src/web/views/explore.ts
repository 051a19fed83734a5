// The map page (choropleth plus the same numbers as a table) and the trends page.
import type { MonthlyCount } from '../../store/store.ts';
import { html, raw, type Safe } from '../html.ts';
import { countryName, formLabel } from '../labels.ts';
import { trendFigure } from '../svg/charts.ts';

/** The map page body. */
export function mapView(mapSvg: string, counts: { country: string; count: number }[]): Safe {
  const rows = [...counts]
    .sort((a, b) => b.count - a.count || countryName(a.country).localeCompare(countryName(b.country)))
    .map(
      (c) =>
        html`<tr><th scope="row"><a href="/country/${c.country.toLowerCase()}">${countryName(c.country)}</a></th><td>${c.count}</td></tr>`,
    );
  return html`<h1>Stories by country</h1>
<p>Darker countries have more published stories. Select a country to open its page.</p>
<div class="bigmap">${raw(mapSvg)}</div>
<ul class="legend scale" aria-hidden="true"><li><span class="key m1"></span>fewer</li><li><span class="key m3"></span></li><li><span class="key m5"></span>more stories</li></ul>
<h2>All countries with stories</h2>
${rows.length ? html`<div class="scroll"><table class="counts"><caption>Published stories per country</caption><thead><tr><th scope="col">Country</th><th scope="col">Stories</th></tr></thead><tbody>${rows}</tbody></table></div>` : html`<p>No published stories yet.</p>`}`;
}

/** The trends page body. */
export function trendsView(byType: MonthlyCount[], byCountry: MonthlyCount[]): Safe {
  return html`<h1>Trends</h1>
<p>Published stories per month. A story counts once for each form and each country it involves. News coverage reflects what gets reported, not how much trafficking takes place.</p>
<div class="trends">
${trendFigure(byType, formLabel, 'Stories per month, by form of exploitation')}
${trendFigure(byCountry, countryName, 'Stories per month, by country (most frequent countries)')}
</div>`;
}
