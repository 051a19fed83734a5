// "Report trafficking": the reader's country first (picker, no JS), international contacts, then every country
// by region in <details>; each number with its source, and an honest fallback where no dedicated line was found.
import type { CountryHotlines, Hotline, Hotlines, HotlineTerm } from '../hotlines.ts';
import { html, type Safe } from '../html.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locale.ts';
import { countryRegion } from '../labels.ts';
import { quickExit } from './quick-exit.ts';

const TERM_LABELS: Record<HotlineTerm, MessageKey> = {
  free: 'report.termFree',
  confidential: 'report.termConfidential',
  anonymous: 'report.termAnonymous',
  '24h': 'report.term24h',
};

function termsOf(L: Locale, l: Hotline): Safe | string {
  if (!l.terms?.length) return '';
  return html`<br><span class="terms">${l.terms.map((t) => L.t(TERM_LABELS[t])).join(' · ')}</span>`;
}

function sourceLink(L: Locale, url: string): Safe {
  const link = html`<a href="${url}" rel="noopener"><bdi>${new URL(url).hostname}</bdi></a>`;
  return html`<span class="source">${L.tx('report.source', { link })}</span>`;
}

/** A phone number: always left to right, even inside a right-to-left page. */
function phone(n: string, tel: string | undefined, scheme = 'tel'): Safe {
  return tel ? html`<a href="${scheme}:${tel}" dir="ltr">${n}</a>` : html`<bdi dir="ltr">${n}</bdi>`;
}

/** English text from the hotline file inside a page in another language, marked as English. */
function en(L: Locale, text: string, cls = 'note'): Safe {
  return L.lang === 'en'
    ? html`<span class="${cls}">${text}</span>`
    : html`<span class="${cls}" lang="en" dir="ltr">${text}</span>`;
}

function lineItem(L: Locale, l: Hotline): Safe {
  const sms = l.text ? html` · ${L.t('report.text')} ${phone(l.text, l.text, 'sms')}` : '';
  return html`<li><strong><bdi>${l.name}</bdi></strong>: ${phone(l.number, l.tel)}${sms}${termsOf(L, l)}${l.note ? html`<br>${en(L, l.note)}` : ''}
<br>${sourceLink(L, l.source)}</li>`;
}

function emergencyOf(L: Locale, c: CountryHotlines | undefined, h: Hotlines): Safe {
  if (c?.emergency && c.emergencySource)
    return html`<p class="emergency">${L.t('report.emergency')} <strong>${phone(c.emergency, undefined)}</strong> <span class="source">(${sourceLink(L, c.emergencySource)})</span></p>`;
  return html`<p class="emergency">${L.t('report.emergency')} ${L.t('report.noEmergency')} ${en(L, h.fallback.emergency, 'fallback')} <span class="source">(${sourceLink(L, h.fallback.source)})</span>.</p>`;
}

/** The international contacts, as a short list (shown wherever no dedicated line was found). */
export function internationalList(L: Locale, h: Hotlines): Safe {
  const items = h.international.map(
    (i) =>
      html`<li><a href="${i.url}" rel="noopener"><strong><bdi>${i.name}</bdi></strong></a>: ${en(L, i.note)}<br>${sourceLink(L, i.source)}</li>`,
  );
  return html`<ul class="hotlines international">${items}</ul>`;
}

/** Where to report in one country: its own entry, or the honest fallback when there is none. */
export function countryHelp(L: Locale, code: string, h: Hotlines): Safe {
  const c = h.forCountry(code);
  const name = L.country(code);
  if (!c)
    return html`${emergencyOf(L, undefined, h)}<p class="no-line">${L.t('report.noEntry', { country: name })}</p>${internationalList(L, h)}`;
  const honest = c.dedicated ? '' : html`<p class="no-line">${L.t('report.noDedicated', { country: name })}</p>`;
  const note = c.note ? html`<p>${en(L, c.note)}</p>` : '';
  const lines = c.lines.length ? html`<ul class="hotlines">${c.lines.map((l) => lineItem(L, l))}</ul>` : '';
  const intl = c.dedicated ? '' : html`<p class="note">${L.t('report.intlHelp')}</p>${internationalList(L, h)}`;
  return html`${emergencyOf(L, c, h)}${honest}${note}${lines}${intl}<p class="small">${L.t('report.checked', { date: L.month(c.checked) })}</p>`;
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

function byName(L: Locale, codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort((a, b) => L.compare(L.country(a), L.country(b)));
}

function picker(L: Locale, codes: string[], chosen: string | undefined): Safe {
  const opts = codes.map(
    (cc) => html`<option value="${cc.toLowerCase()}"${cc === chosen ? html` selected` : ''}>${L.country(cc)}</option>`,
  );
  return html`<form class="country-pick" method="get" action="${L.href('/report')}"><label for="country-pick">${L.t('report.yourCountry')}</label>
<select id="country-pick" name="country"><option value="">${L.t('report.choose')}</option>${opts}</select> <button type="submit">${L.t('report.show')}</button></form>`;
}

function yours(L: Locale, m: ReportModel, h: Hotlines): Safe {
  if (m.problem) return html`<p class="problem" role="alert">${L.t('report.problem', { given: m.problem })}</p>`;
  if (!m.chosen) return html``;
  return html`<section class="callout yours" id="yours" aria-labelledby="yours-h"><h2 id="yours-h">${L.country(m.chosen)}</h2>${countryHelp(L, m.chosen, h)}</section>`;
}

function azIndex(L: Locale, codes: string[]): Safe {
  const links = codes.map(
    (cc) => html`<li><a href="${L.href('/report')}?country=${cc.toLowerCase()}">${L.country(cc)}</a></li>`,
  );
  return html`<nav aria-labelledby="az-h"><h2 id="az-h">${L.t('report.az')}</h2><ul class="toc">${links}</ul></nav>`;
}

const REGION_KEYS: Record<string, MessageKey> = {
  Africa: 'region.africa',
  Americas: 'region.americas',
  Asia: 'region.asia',
  Europe: 'region.europe',
  Oceania: 'region.oceania',
  Antarctic: 'region.antarctic',
};

function regionName(L: Locale, r: string): string {
  return L.t(REGION_KEYS[r] ?? 'region.other');
}

function regions(L: Locale, codes: string[], h: Hotlines): Safe {
  const groups = new Map<string, string[]>();
  for (const cc of codes) groups.set(countryRegion(cc), [...(groups.get(countryRegion(cc)) ?? []), cc]);
  const parts = [...groups.keys()]
    .sort((a, b) => L.compare(regionName(L, a), regionName(L, b)))
    .map((r) => {
      const list = groups.get(r) ?? [];
      const sections = list.map(
        (cc) => html`<section class="country-hotlines" id="${cc.toLowerCase()}" aria-labelledby="h-${cc}">
<h3 id="h-${cc}">${L.country(cc)}</h3>${countryHelp(L, cc, h)}</section>`,
      );
      return html`<details class="region"><summary>${regionName(L, r)} (${L.t('report.countries', { count: list.length })})</summary>${sections}</details>`;
    });
  return html`<h2>${L.t('report.byRegion')}</h2>${parts}`;
}

/** The report page body. */
export function reportView(L: Locale, h: Hotlines, m: ReportModel): Safe {
  const codes = byName(L, [...h.countries.map((c) => c.country), ...m.storyCountries]);
  const dedicated = h.countries.filter((c) => c.dedicated).length;
  const signs = html`<a href="${L.href('/kb/signs')}">${L.t('report.signsLink')}</a>`;
  return html`${quickExit(L)}<h1>${L.t('layout.report')}</h1>
<div class="callout urgent"><p><strong>${L.t('report.danger')}</strong></p></div>
${picker(L, codes, m.chosen)}
${yours(L, m, h)}
<p>${L.tx('report.intro', { signs })}</p>
<section aria-labelledby="intl-h"><h2 id="intl-h">${L.t('report.anywhere')}</h2>${internationalList(L, h)}</section>
${azIndex(L, codes)}
${regions(L, codes, h)}
<p class="small">${L.t('report.summary', { countries: codes.length, dedicated, date: L.month(h.checked) })}</p>`;
}
