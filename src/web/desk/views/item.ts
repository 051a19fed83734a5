// One story as editors see it: urgency, why it waits, flags highlighted, facts, evidence quotes, credited source.

import { URGENCY } from '../../../desk/rules.ts';
import type { QueueItem } from '../../../desk/types.ts';
import type { Flag } from '../../../model/analysis.ts';
import type { Article } from '../../../model/records.ts';
import { html, type Safe, safeUrl } from '../../html.ts';
import { localeFor } from '../../i18n/locale.ts';
import { countryName, formLabel } from '../../labels.ts';
import { creditOf, dateTag } from '../../views/parts.ts';

/** Evidence quotes shown per story (the rest are on the original article). */
const MAX_QUOTES = 6;

/** The urgency tiers a priority holds, in words, most urgent first. */
export function urgencyWords(priority: number): string[] {
  const words: string[] = [];
  if (priority & URGENCY.minors) words.push('children');
  if (priority & URGENCY.privacy) words.push('identifying details');
  if (priority & URGENCY.victims) words.push('victims reported');
  if (priority & URGENCY.language) words.push('language to check');
  return words;
}

/** The urgency badge: "Urgent" for children or identifying details, else "Check" or nothing. */
export function urgencyBadge(priority: number): Safe {
  const words = urgencyWords(priority);
  if (!words.length) return html``;
  const urgent = (priority & (URGENCY.minors | URGENCY.privacy)) !== 0;
  return html`<span class="badge ${urgent ? 'urgent-badge' : 'check-badge'}">${urgent ? 'Urgent' : 'Check'}: ${words.join(', ')}</span>`;
}

/** Privacy and language flags, each with its quote; privacy first. */
export function flagList(flags: readonly Flag[]): Safe {
  if (!flags.length) return html`<p class="hint">No privacy or language flags.</p>`;
  const sorted = [...flags].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'privacy' ? -1 : 1));
  const items = sorted
    .slice(0, 20)
    .map((f) =>
      f.kind === 'privacy'
        ? html`<li class="flag privacy"><strong>Privacy${f.what ? ` (${f.what})` : ''}:</strong> <q>${f.quote}</q>${f.note ? html` <span class="hint">${f.note}</span>` : ''}</li>`
        : html`<li class="flag language"><strong>Language:</strong> <q>${f.quote}</q>${f.suggestion ? html` → suggest <q>${f.suggestion}</q>` : ''}</li>`,
    );
  return html`<ul class="flags">${items}</ul>`;
}

/** The story's facts as a definition list. */
export function factList(item: QueueItem): Safe {
  const s = item.story;
  const yesNo = (v: boolean | null) => (v === null ? 'unknown' : v ? 'yes' : 'no');
  return html`<dl class="deskfacts">
<dt>Forms</dt><dd>${s.types.length ? s.types.map(formLabel).join(', ') : 'none set'}</dd>
<dt>Countries</dt><dd>${s.countries.length ? s.countries.map((c) => `${countryName(c)} (${c})`).join(', ') : 'none set'}</dd>
<dt>Children among victims</dt><dd>${yesNo(s.minors)}</dd>
<dt>Victims</dt><dd>${s.victims ?? 'unknown'}</dd>
<dt>A specific incident</dt><dd>${s.incident ? 'yes' : 'no'}</dd>
<dt>Relevance</dt><dd>${s.relevance.toFixed(2)}</dd>
</dl>`;
}

/** Evidence quotes from the lead article's analysis (what each fact rests on). */
export function evidenceList(lead: Article | undefined): Safe {
  const ev = lead?.analysis?.evidence ?? [];
  if (!ev.length) return html`<p class="hint">No evidence quotes recorded.</p>`;
  const items = ev
    .slice(0, MAX_QUOTES)
    .map((e) => html`<li><span class="field">${e.field}: ${String(e.value)}</span> <q>${e.quote}</q></li>`);
  return html`<ul class="quotes">${items}</ul>`;
}

/** "Article from: <outlet>" for the lead, with its date. */
export function sourceLine(lead: Article | undefined): Safe {
  if (!lead) return html`<p class="hint">No article left in this story.</p>`;
  return html`<p class="credit">Source: <a href="${safeUrl(lead.url)}" rel="noopener nofollow noreferrer">${creditOf(lead)}</a> ${dateTag(localeFor('en'), lead.publishedAt ?? lead.fetchedAt)}</p>`;
}

/** Why the story waits (empty when decided). */
export function reasonList(reasons: readonly string[]): Safe {
  if (!reasons.length) return html``;
  return html`<ul class="reasons">${reasons.map((r) => html`<li>${r}</li>`)}</ul>`;
}
