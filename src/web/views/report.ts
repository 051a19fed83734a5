// "Report trafficking": the reader's country first (picker, no JS), international contacts, then every country
// by region in <details>; each number with its source, and an honest fallback where no dedicated line was found.
import type { CountryHotlines, Hotline, Hotlines, HotlineTerm } from '../hotlines.ts';
import { html, type Safe } from '../html.ts';
import { countryName, countryRegion } from '../labels.ts';
import { quickExit } from './quick-exit.ts';

const TERM_LABELS: Record<HotlineTerm, string> = {
  free: 'Free to call',
  confidential: 'Confidential',
  anonymous: 'Anonymous',
  '24h': '24 hours',
};

function termsOf(l: Hotline): Safe | string {
  if (!l.terms?.length) return '';
  return html`<br><span class="terms">${l.terms.map((t) => TERM_LABELS[t]).join(' · ')}</span>`;
}

function sourceLink(url: string): Safe {
  return html`<span class="source">Source: <a href="${url}" rel="noopener">${new URL(url).hostname}</a></span>`;
}

function lineItem(l: Hotline): Safe {
  const num = l.tel ? html`<a href="tel:${l.tel}">${l.number}</a>` : l.number;
  const sms = l.text ? html` · text <a href="sms:${l.text}">${l.text}</a>` : '';
  return html`<li><strong>${l.name}</strong>: ${num}${sms}${termsOf(l)}${l.note ? html`<br><span class="note">${l.note}</span>` : ''}
<br>${sourceLink(l.source)}</li>`;
}

function emergencyOf(c: CountryHotlines | undefined, h: Hotlines): Safe {
  if (c?.emergency && c.emergencySource)
    return html`<p class="emergency">Emergency: <strong>${c.emergency}</strong> <span class="source">(${sourceLink(c.emergencySource)})</span></p>`;
  return html`<p class="emergency">Emergency: we found no source for this country’s emergency number. Ask locally; ${h.fallback.emergency} <span class="source">(${sourceLink(h.fallback.source)})</span>.</p>`;
}

/** The international contacts, as a short list (shown wherever no dedicated line was found). */
export function internationalList(h: Hotlines): Safe {
  const items = h.international.map(
    (i) =>
      html`<li><a href="${i.url}" rel="noopener"><strong>${i.name}</strong></a>: ${i.note}<br>${sourceLink(i.source)}</li>`,
  );
  return html`<ul class="hotlines international">${items}</ul>`;
}

/** Where to report in one country: its own entry, or the honest fallback when there is none. */
export function countryHelp(code: string, h: Hotlines): Safe {
  const c = h.forCountry(code);
  const name = countryName(code);
  if (!c)
    return html`${emergencyOf(undefined, h)}<p class="no-line">No entry for ${name} yet: no dedicated trafficking line found in our sources. These international organisations can point you to local help:</p>${internationalList(h)}`;
  const honest = c.dedicated ? '' : html`<p class="no-line">No dedicated trafficking line found for ${name}.</p>`;
  const note = c.note ? html`<p class="note">${c.note}</p>` : '';
  const lines = c.lines.length ? html`<ul class="hotlines">${c.lines.map(lineItem)}</ul>` : '';
  const intl = c.dedicated
    ? ''
    : html`<p class="note">International organisations that can point you to local help:</p>${internationalList(h)}`;
  return html`${emergencyOf(c, h)}${honest}${note}${lines}${intl}<p class="small">Checked ${c.checked}.</p>`;
}

/** What the report page shows besides the hotline file. */
export interface ReportModel {
  /** The reader's country (upper case), when chosen and known. */
  chosen?: string;
  /** Why the ?country= given was not used. */
  problem?: string;
  /** Countries with published stories (each gets an entry, own or fallback). */
  storyCountries: string[];
}

function byName(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort((a, b) => countryName(a).localeCompare(countryName(b)));
}

function picker(codes: string[], chosen: string | undefined): Safe {
  const opts = codes.map(
    (cc) =>
      html`<option value="${cc.toLowerCase()}"${cc === chosen ? html` selected` : ''}>${countryName(cc)}</option>`,
  );
  return html`<form class="country-pick" method="get" action="/report"><label for="country-pick">Your country</label>
<select id="country-pick" name="country"><option value="">Choose…</option>${opts}</select> <button type="submit">Show hotlines</button></form>`;
}

function yours(m: ReportModel, h: Hotlines): Safe {
  if (m.problem) return html`<p class="problem" role="alert">${m.problem}</p>`;
  if (!m.chosen) return html``;
  return html`<section class="callout yours" id="yours" aria-labelledby="yours-h"><h2 id="yours-h">${countryName(m.chosen)}</h2>${countryHelp(m.chosen, h)}</section>`;
}

function azIndex(codes: string[]): Safe {
  const links = codes.map((cc) => html`<li><a href="/report?country=${cc.toLowerCase()}">${countryName(cc)}</a></li>`);
  return html`<nav aria-labelledby="az-h"><h2 id="az-h">Countries A–Z</h2><ul class="toc">${links}</ul></nav>`;
}

function regions(codes: string[], h: Hotlines): Safe {
  const groups = new Map<string, string[]>();
  for (const cc of codes) groups.set(countryRegion(cc), [...(groups.get(countryRegion(cc)) ?? []), cc]);
  const parts = [...groups.keys()].sort().map((r) => {
    const list = groups.get(r) ?? [];
    const sections = list.map(
      (cc) => html`<section class="country-hotlines" id="${cc.toLowerCase()}" aria-labelledby="h-${cc}">
<h3 id="h-${cc}">${countryName(cc)}</h3>${countryHelp(cc, h)}</section>`,
    );
    return html`<details class="region"><summary>${r} (${list.length} ${list.length === 1 ? 'country' : 'countries'})</summary>${sections}</details>`;
  });
  return html`<h2>By region</h2>${parts}`;
}

/** The report page body. */
export function reportView(h: Hotlines, m: ReportModel): Safe {
  const codes = byName([...h.countries.map((c) => c.country), ...m.storyCountries]);
  const dedicated = h.countries.filter((c) => c.dedicated).length;
  return html`${quickExit()}<h1>Report trafficking</h1>
<div class="callout urgent"><p><strong>If someone is in immediate danger, call the local emergency number now.</strong></p></div>
${picker(codes, m.chosen)}
${yours(m, h)}
<p>If you think someone is being exploited — made to work, sell sex, beg, commit crimes or marry against their will, or unable to leave — a hotline can listen, advise and pass on information. You do not need to be sure: describe what you saw. Do not confront anyone you suspect of exploiting others. Learn the <a href="/kb/signs">signs to look for</a>.</p>
<section aria-labelledby="intl-h"><h2 id="intl-h">Anywhere in the world</h2>${internationalList(h)}</section>
${azIndex(codes)}
${regions(codes, h)}
<p class="small">${codes.length} countries; a dedicated trafficking line found for ${dedicated}. Every number links the page it was taken from; a number we could not find in a source is left out. Entries checked up to ${h.checked}: numbers change, so check with the organisation too.</p>`;
}
