// The desk's alerts page: the signed-in user's saved searches (feed link, e-mail, remove) and a form to follow one.
import { alertFeedUrl } from '../../../alerts/create.ts';
import type { Alert } from '../../../model/alerts.ts';
import { CADENCES } from '../../../model/alerts.ts';
import { EXPLOITATION_FORMS } from '../../../model/analysis.ts';
import { html, type Safe } from '../../html.ts';
import { formLabel } from '../../labels.ts';
import type { SignedIn } from '../context.ts';
import { csrfField } from './layout.ts';

/** What the new-alert form shows (prefilled from a search, or as typed when refused). */
export interface AlertFormValues {
  query: string;
  country: string;
  type: string;
  email: string;
  cadence: string;
  atom: boolean;
}

function alertItem(a: Alert, who: SignedIn, base: string): Safe {
  const filters = [...(a.filters.country ?? []), ...(a.filters.type ?? []).map(formLabel)].join(', ');
  return html`<li><strong>${a.query || '(filters only)'}</strong>${filters ? html` · ${filters}` : ''}
${a.email ? html` · e-mail to ${a.email} (${a.cadence})` : ''}${a.atom ? html` · <a href="${alertFeedUrl(base, a)}">private Atom feed</a>` : ''}
<form method="post" action="/desk/alerts/${a.id}/delete" class="inline">${csrfField(who)}<button type="submit" class="button danger">Remove</button></form></li>`;
}

function newForm(who: SignedIn, v: AlertFormValues, error: string | null): Safe {
  const form = (t: string) => html`<option value="${t}"${v.type === t ? html` selected` : ''}>${formLabel(t)}</option>`;
  const cadence = (c: string) => html`<option value="${c}"${v.cadence === c ? html` selected` : ''}>${c}</option>`;
  return html`<section aria-labelledby="h-new"><h2 id="h-new">Follow a search</h2>
<form method="post" action="/desk/alerts"${error ? html` aria-describedby="err-alert"` : ''}>
${csrfField(who)}
${error ? html`<p class="error" id="err-alert" role="alert">${error}</p>` : ''}
<p><label for="a-query">Search words</label> <input id="a-query" name="query" value="${v.query}" maxlength="1000"></p>
<p><label for="a-country">Country code</label> <input id="a-country" name="country" value="${v.country}" maxlength="2" size="3"></p>
<p><label for="a-type">Form</label> <select id="a-type" name="type"><option value="">any</option>${EXPLOITATION_FORMS.map(form)}</select></p>
<p><label for="a-email">E-mail to (empty: none)</label> <input id="a-email" name="email" type="email" value="${v.email}" maxlength="254"></p>
<p><label for="a-cadence">How often</label> <select id="a-cadence" name="cadence">${CADENCES.map(cadence)}</select></p>
<p><label><input type="checkbox" name="atom" value="1"${v.atom ? html` checked` : ''}> Private Atom feed</label></p>
<button type="submit" class="button">Save alert</button>
</form></section>`;
}

/** The whole alerts page. */
export function alertsBody(who: SignedIn, mine: Alert[], base: string, v: AlertFormValues, error: string | null): Safe {
  const list = mine.length
    ? html`<ul class="alerts">${mine.map((a) => alertItem(a, who, base))}</ul>`
    : html`<p>You follow no searches yet.</p>`;
  return html`<h1>Alerts</h1><p>New published stories that match a saved search reach you by e-mail or in a private feed.</p>
${list}${newForm(who, v, error)}`;
}
