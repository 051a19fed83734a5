// The story filter form (country, form, language, date range): a plain GET form that works without JavaScript.
import { EXPLOITATION_FORMS } from '../../model/analysis.ts';
import { html, type Safe } from '../html.ts';
import { LANGS, langNames } from '../i18n/langs.ts';
import type { Locale } from '../i18n/locale.ts';
import { formName } from './parts.ts';

/** Filter values as read from the query string (already validated). */
export interface StoryFilters {
  country?: string;
  type?: string;
  from?: string;
  to?: string;
  /** Only stories with a report in this language (ISO 639-1). */
  lang?: string;
}

/** Story languages offered: the reader's own first, then the other interface languages. */
function langOptions(L: Locale, chosen: string | undefined): Safe[] {
  const names = langNames();
  const order = [L.lang, ...LANGS.filter((l) => l !== L.lang)];
  return order.map(
    (l) => html`<option value="${l}" lang="${l}"${chosen === l ? ' selected' : ''}>${names[l]}</option>`,
  );
}

/** The filter form; country choices are the countries that have published stories. */
export function filterForm(
  L: Locale,
  action: string,
  f: StoryFilters,
  countries: { country: string; count: number }[],
): Safe {
  const cOpts = [...countries]
    .map((c) => ({ ...c, name: L.country(c.country) }))
    .sort((a, b) => L.compare(a.name, b.name))
    .map(
      (c) =>
        html`<option value="${c.country}"${f.country === c.country ? ' selected' : ''}>${c.name} (${L.num(c.count)})</option>`,
    );
  const fOpts = EXPLOITATION_FORMS.map(
    (t) => html`<option value="${t}"${f.type === t ? ' selected' : ''}>${formName(L, t)}</option>`,
  );
  const open = f.country || f.type || f.from || f.to || f.lang ? ' open' : '';
  return html`<details class="filter-box"${open}><summary>${L.t('filters.summary')}</summary>
<form class="filters" action="${action}" method="get" role="search" aria-label="${L.t('filters.label')}">
<div><label for="f-country">${L.t('filters.country')}</label><select id="f-country" name="country"><option value="">${L.t('filters.allCountries')}</option>${cOpts}</select></div>
<div><label for="f-type">${L.t('filters.form')}</label><select id="f-type" name="type"><option value="">${L.t('filters.allForms')}</option>${fOpts}</select></div>
<div><label for="f-lang">${L.t('filters.lang')}</label><select id="f-lang" name="lang"><option value="">${L.t('filters.allLangs')}</option>${langOptions(L, f.lang)}</select></div>
<div><label for="f-from">${L.t('filters.from')}</label><input id="f-from" name="from" type="date" value="${f.from ?? ''}"></div>
<div><label for="f-to">${L.t('filters.to')}</label><input id="f-to" name="to" type="date" value="${f.to ?? ''}"></div>
<div class="actions"><button type="submit">${L.t('filters.submit')}</button> <a href="${action}">${L.t('filters.clear')}</a></div>
</form></details>`;
}
