// Country pages and form-of-exploitation pages: stories, a trend chart, and what to read or whom to call.
import type { MonthlyCount } from '../../store/store.ts';
import type { Hotlines } from '../hotlines.ts';
import { html, raw, type Safe } from '../html.ts';
import type { KbPage } from '../kb.ts';
import { countryName, formLabel, formSlug } from '../labels.ts';
import { trendFigure } from '../svg/charts.ts';
import { nextLink, type StoryView, storyList } from './parts.ts';
import { countryHelp } from './report.ts';

/** What a country page shows. */
export interface CountryModel {
  code: string;
  items: StoryView[];
  nextCursor: string | null;
  trend: MonthlyCount[];
  hotlines: Hotlines;
}

function feedLinks(base: string): Safe {
  return html`<p class="feeds">Follow: <a href="${base}.rss">RSS</a> · <a href="${base}.atom">Atom</a> · <a href="${base}.json">JSON Feed</a></p>`;
}

/** The country page body. */
export function countryView(m: CountryModel): Safe {
  const name = countryName(m.code);
  const cc = m.code.toLowerCase();
  return html`<h1>${name}</h1>
<section class="callout report-first" aria-labelledby="ch-h"><h2 id="ch-h">Report trafficking in ${name}</h2>
${countryHelp(m.code, m.hotlines)}
<p><a href="/report">Hotlines in other countries</a></p></section>
${feedLinks(`/feeds/country/${cc}`)}
<div class="columns">
<section class="main-col" aria-labelledby="cs-h"><h2 id="cs-h">Stories in ${name}</h2>
${storyList(m.items, `No published stories about ${name} yet.`)}
${nextLink(`/country/${cc}`, {}, m.nextCursor)}</section>
<aside class="side-col">
${trendFigure(m.trend, formLabel, `Stories about ${name} per month, by form of exploitation`, 400)}
</aside>
</div>`;
}

/** What a form page shows. */
export interface FormModel {
  form: string;
  page: KbPage | undefined;
  items: StoryView[];
  nextCursor: string | null;
  trend: MonthlyCount[];
}

/** The form-of-exploitation page body. */
export function formView(m: FormModel): Safe {
  const label = formLabel(m.form);
  const slug = formSlug(m.form);
  return html`<h1>${label}</h1>
${m.page ? html`<div class="kb-intro">${raw(m.page.html)}</div>` : ''}
${feedLinks(`/feeds/form/${slug}`)}
<div class="columns">
<section class="main-col" aria-labelledby="fs-h"><h2 id="fs-h">Stories</h2>
${storyList(m.items, 'No published stories of this form yet.')}
${nextLink(`/form/${slug}`, {}, m.nextCursor)}</section>
<aside class="side-col">${trendFigure(m.trend, countryName, `${label}: stories per month, by country`, 400)}</aside>
</div>`;
}
