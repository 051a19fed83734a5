// "Report trafficking": hotlines by country, each with its source, and the emergency number.
import type { CountryHotlines, Hotline, Hotlines, HotlineTerm } from '../hotlines.ts';
import { html, type Safe } from '../html.ts';
import { countryName } from '../labels.ts';
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

/** The hotlines of one country as a list (used on the report page and on country pages). */
export function hotlineList(c: CountryHotlines): Safe {
  const lines = c.lines.map(
    (
      l,
    ) => html`<li><strong>${l.name}</strong>: ${l.tel ? html`<a href="tel:${l.tel}">${l.number}</a>` : l.number}${l.text ? html` · text <a href="sms:${l.text}">${l.text}</a>` : ''}${termsOf(l)}${l.note ? html`<br><span class="note">${l.note}</span>` : ''}
<br><span class="source">Source: <a href="${l.source}" rel="noopener">${new URL(l.source).hostname}</a></span></li>`,
  );
  return html`<p class="emergency">Emergency: <strong>${c.emergency}</strong></p><ul class="hotlines">${lines}</ul>`;
}

/** The report page body. */
export function reportView(h: Hotlines): Safe {
  const sections = [...h.countries]
    .sort((a, b) => countryName(a.country).localeCompare(countryName(b.country)))
    .map(
      (c) => html`<section class="country-hotlines" id="${c.country.toLowerCase()}" aria-labelledby="h-${c.country}">
<h2 id="h-${c.country}">${countryName(c.country)}</h2>${hotlineList(c)}</section>`,
    );
  const toc = [...h.countries]
    .sort((a, b) => countryName(a.country).localeCompare(countryName(b.country)))
    .map((c) => html`<li><a href="#${c.country.toLowerCase()}">${countryName(c.country)}</a></li>`);
  return html`${quickExit()}<h1>Report trafficking</h1>
<div class="callout urgent"><p><strong>If someone is in immediate danger, call the local emergency number now.</strong></p></div>
<p>If you think someone is being exploited — made to work, sell sex, beg, commit crimes or marry against their will, or unable to leave — a hotline can listen, advise and pass on information, usually confidentially and in many languages. You do not need to be sure: describe what you saw. Do not confront anyone you suspect of exploiting others.</p>
<p>Learn the <a href="/kb/signs">signs to look for</a>.</p>
<nav aria-label="Countries"><ul class="toc">${toc}</ul></nav>
${sections}
<p class="small">Numbers checked ${h.checked} against the organisations’ own pages (linked beside each number). If your country is missing, contact the local police or a trusted local organisation.</p>`;
}
