// The story filter form (country, form, date range): a plain GET form that works without JavaScript.
import { EXPLOITATION_FORMS } from '../../model/analysis.ts';
import { html, type Safe } from '../html.ts';
import { countryName, formLabel } from '../labels.ts';

/** Filter values as read from the query string (already validated). */
export interface StoryFilters {
  country?: string;
  type?: string;
  from?: string;
  to?: string;
}

/** The filter form; country choices are the countries that have published stories. */
export function filterForm(action: string, f: StoryFilters, countries: { country: string; count: number }[]): Safe {
  const cOpts = [...countries]
    .map((c) => ({ ...c, name: countryName(c.country) }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (c) =>
        html`<option value="${c.country}"${f.country === c.country ? ' selected' : ''}>${c.name} (${c.count})</option>`,
    );
  const fOpts = EXPLOITATION_FORMS.map(
    (t) => html`<option value="${t}"${f.type === t ? ' selected' : ''}>${formLabel(t)}</option>`,
  );
  return html`<form class="filters" action="${action}" method="get" role="search" aria-label="Filter stories">
<div><label for="f-country">Country</label><select id="f-country" name="country"><option value="">All countries</option>${cOpts}</select></div>
<div><label for="f-type">Form of exploitation</label><select id="f-type" name="type"><option value="">All forms</option>${fOpts}</select></div>
<div><label for="f-from">From</label><input id="f-from" name="from" type="date" value="${f.from ?? ''}"></div>
<div><label for="f-to">To</label><input id="f-to" name="to" type="date" value="${f.to ?? ''}"></div>
<div class="actions"><button type="submit">Show stories</button> <a href="${action}">Clear</a></div>
</form>`;
}
