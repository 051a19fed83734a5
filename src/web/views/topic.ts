// Country pages and form-of-exploitation pages: stories, a trend chart, and what to read or whom to call.
import type { MonthlyCount } from '../../store/store.ts';
import type { Hotlines } from '../hotlines.ts';
import { html, raw, type Safe } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import type { KbPage } from '../kb.ts';
import { formSlug } from '../labels.ts';
import { trendFigure } from '../svg/charts.ts';
import { formName, nextLink, type StoryView, storyList } from './parts.ts';
import { countryHelp } from './report.ts';

/** What a country page shows. */
export interface CountryModel {
  code: string;
  items: StoryView[];
  nextCursor: string | null;
  trend: MonthlyCount[];
  hotlines: Hotlines;
}

function feedLinks(L: Locale, base: string): Safe {
  return html`<p class="feeds">${L.t('topic.follow')} <a href="${base}.rss">RSS</a> · <a href="${base}.atom">Atom</a> · <a href="${base}.json">JSON Feed</a></p>`;
}

/** The country page body. */
export function countryView(L: Locale, m: CountryModel): Safe {
  const name = L.country(m.code);
  const cc = m.code.toLowerCase();
  return html`<h1>${name}</h1>
<section class="callout report-first" aria-labelledby="ch-h"><h2 id="ch-h">${L.t('topic.reportIn', { country: name })}</h2>
${countryHelp(L, m.code, m.hotlines)}
<p><a href="${L.href('/report')}">${L.t('topic.otherHotlines')}</a></p></section>
${feedLinks(L, `/feeds/country/${cc}`)}
<div class="columns">
<section class="main-col" aria-labelledby="cs-h"><h2 id="cs-h">${L.t('topic.storiesIn', { country: name })}</h2>
${storyList(L, m.items, L.t('topic.noneIn', { country: name }))}
${nextLink(L, `/country/${cc}`, {}, m.nextCursor)}</section>
<aside class="side-col">
${trendFigure(L, m.trend, (k) => formName(L, k), L.t('topic.countryTrend', { country: name }), 400)}
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
export function formView(L: Locale, m: FormModel): Safe {
  const label = formName(L, m.form);
  const slug = formSlug(m.form);
  return html`<h1>${label}</h1>
${m.page ? html`<div class="kb-intro"${m.page.lang !== L.lang ? html` lang="${m.page.lang}" dir="ltr"` : ''}>${raw(m.page.html)}</div>` : ''}
${feedLinks(L, `/feeds/form/${slug}`)}
<div class="columns">
<section class="main-col" aria-labelledby="fs-h"><h2 id="fs-h">${L.t('nav.stories')}</h2>
${storyList(L, m.items, L.t('topic.noneForm'))}
${nextLink(L, `/form/${slug}`, {}, m.nextCursor)}</section>
<aside class="side-col">${trendFigure(L, m.trend, L.country, L.t('topic.formTrend', { form: label }), 400)}</aside>
</div>`;
}
