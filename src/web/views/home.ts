// Home: the latest published stories (filterable), the world map and where to report.
import { html, raw, type Safe } from '../html.ts';
import { countryName, formLabel } from '../labels.ts';
import { filterForm, type StoryFilters } from './filters.ts';
import { nextLink, type StoryView, storyList } from './parts.ts';

/** Everything the home page shows. */
export interface HomeModel {
  filters: StoryFilters;
  items: StoryView[];
  nextCursor: string | null;
  countries: { country: string; count: number }[];
  mapSvg: string;
}

function heading(f: StoryFilters): string {
  const bits = [f.type ? formLabel(f.type) : '', f.country ? `in ${countryName(f.country)}` : ''].filter(Boolean);
  return bits.length ? `Stories: ${bits.join(' ')}` : 'Latest stories';
}

/** The home page body. */
export function homeView(m: HomeModel): Safe {
  const params = { country: m.filters.country, type: m.filters.type, from: m.filters.from, to: m.filters.to };
  return html`<section class="intro">
<h1>Trafficking-in-persons news, with every source credited</h1>
<p>Lantern reads the news for trafficking in persons and shows what each story reports: the forms of exploitation, the countries and places, and whether children are among the people harmed. Each story links to the outlet that published it.</p>
</section>
<div class="columns">
<section class="main-col" aria-labelledby="latest">
<h2 id="latest">${heading(m.filters)}</h2>
${filterForm('/', m.filters, m.countries)}
${storyList(m.items)}
${nextLink('/', params, m.nextCursor)}
</section>
<aside class="side-col">
<section aria-labelledby="map-h">
<h2 id="map-h">Stories by country</h2>
${raw(m.mapSvg)}
<p><a href="/map">Map and list of all countries</a> · <a href="/trends">Trends over time</a></p>
</section>
<section class="callout" aria-labelledby="report-h">
<h2 id="report-h">Report trafficking</h2>
<p>If you suspect trafficking, a hotline can help — confidentially. In an emergency call the local emergency number.</p>
<p><a href="/report">Hotlines by country</a></p>
</section>
</aside>
</div>`;
}
