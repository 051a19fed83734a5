// Story page: excerpt and source link, facts box (each fact with the outlets stating it; differing reports shown as
// such), locator map, other coverage, and the sentences behind every fact.

import { analysedText } from '../../lib/analysed-text.ts';
import type { Evidence, Place } from '../../model/analysis.ts';
import type { Article, Story } from '../../model/records.ts';
import { type FactSource, type StoryFact, sentenceAround, storyFacts } from '../../pipeline/story-facts.ts';
import { html, raw, type Safe, safeUrl } from '../html.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locale.ts';
import { creditLine, creditOf, dateTag, formName, reportCount, sampleBadge, tags } from './parts.ts';

/** Characters of the lead article shown when republishing is not allowed. */
export const EXCERPT_CHARS = 420;

/** Everything the story page shows. */
export interface StoryModel {
  story: Story;
  lead: Article | null;
  articles: Article[];
  allowRepublish: boolean;
  mapSvg: string;
}

/** The first sentences of the text up to about `max` characters, cut at a word boundary. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  return sentence > max * 0.5 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

function body(L: Locale, m: StoryModel): Safe {
  if (!m.lead) return html``;
  const text = m.lead.text.startsWith(m.lead.title) ? m.lead.text.slice(m.lead.title.length) : m.lead.text;
  if (m.allowRepublish) {
    const paras = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return html`<div class="fulltext">${paras.map((p) => html`<p>${p}</p>`)}</div>`;
  }
  return html`<blockquote class="excerpt"><p>${excerpt(text)}</p></blockquote>
<p><a class="button" href="${safeUrl(m.lead.url)}" rel="noopener nofollow">${L.tx('story.readFull', { outlet: html`<bdi>${creditOf(m.lead)}</bdi>` })}</a></p>`;
}

function yesNo(L: Locale, v: boolean | null): string {
  return v === null ? L.t('story.notStated') : L.t(v ? 'story.yes' : 'story.no');
}

function placesOf(a: Article | null): Place[] {
  const seen = new Set<string>();
  return (a?.analysis?.places ?? []).filter((p) => p.kind !== 'country' && !seen.has(p.id) && seen.add(p.id));
}

function factsBox(L: Locale, s: Story, lead: Article | null, facts: StoryFact[]): Safe {
  const places = placesOf(lead);
  const fact = (f: StoryFact['field']) => facts.find((x) => x.field === f);
  return html`<section class="facts" aria-labelledby="facts-h">
<h2 id="facts-h">${L.t('story.facts')}</h2>
<dl>
<dt>${L.t('story.forms')}</dt><dd>${s.types.length ? s.types.map((t) => formName(L, t)).join(L.t('common.listSep')) : L.t('story.notStated')}</dd>
<dt>${L.t('story.countries')}</dt><dd>${s.countries.length ? s.countries.map(L.country).join(L.t('common.listSep')) : L.t('story.notStated')}</dd>
${places.length ? html`<dt>${L.t('story.places')}</dt><dd>${places.map((p) => html`<bdi>${p.name}</bdi>`).map((p, i) => html`${i ? L.t('common.listSep') : ''}${p}`)}</dd>` : ''}
<dt>${L.t('story.children')}</dt><dd>${factValue(L, fact('minors'), yesNo(L, s.minors))}</dd>
<dt>${L.t('story.people')}</dt><dd>${factValue(L, fact('victims'), s.victims === null ? L.t('story.notStated') : L.num(s.victims))}</dd>
<dt>${L.t('story.incident')}</dt><dd>${s.incident ? L.t('story.incidentYes') : L.t('story.incidentNo')}</dd>
</dl>
</section>`;
}

/** One fact: its value with the outlets that state it, or every value when reports differ. */
function factValue(L: Locale, f: StoryFact | undefined, fallback: string): Safe {
  if (!f) return html`${fallback}`;
  const one = (v: StoryFact['values'][number]) =>
    html`${shownValue(L, f.field, v.value)} <span class="fact-src">${L.t('story.factSources')} ${v.sources.map((x, i) => html`${i ? L.t('common.listSep') : ''}<bdi>${creditOf(x.article)}</bdi>`)}</span>`;
  if (!f.conflict) return one(f.values[0]!);
  return html`<strong>${L.t('story.differ')}</strong> ${f.values.map((v, i) => html`${i ? ' · ' : ''}${one(v)}`)}`;
}

function shownValue(L: Locale, field: StoryFact['field'], v: string | number | boolean): string {
  if (field === 'minors') return L.t(v === true ? 'story.yes' : 'story.no');
  if (field === 'types') return formName(L, String(v));
  return typeof v === 'number' ? L.num(v) : String(v);
}

/** A sentence with its cue marked. */
function marked(x: FactSource): Safe {
  const s = x.sentence;
  return html`“${s.slice(0, x.cueStart)}<mark>${s.slice(x.cueStart, x.cueEnd)}</mark>${s.slice(x.cueEnd)}”`;
}

const FIELD_LABELS: Record<Evidence['field'], MessageKey> = {
  relevance: 'field.relevance',
  incident: 'field.incident',
  types: 'field.types',
  countries: 'field.countries',
  minors: 'field.minors',
  victims: 'field.victims',
  negative: 'field.negative',
};

function fieldLabel(L: Locale, field: string): string {
  const key = FIELD_LABELS[field as Evidence['field']];
  return key ? L.t(key) : field;
}

function evidenceValue(L: Locale, e: Evidence): string {
  if (e.field === 'types') return formName(L, String(e.value));
  if (e.field === 'countries') return L.country(String(e.value));
  return typeof e.value === 'boolean' ? L.t(e.value ? 'story.yes' : 'story.no') : String(e.value);
}

function evidence(L: Locale, m: StoryModel, facts: StoryFact[]): Safe {
  const fromFacts = facts.flatMap((f) =>
    f.values.map(
      (
        v,
      ) => html`<li><strong>${fieldLabel(L, f.field)}: ${shownValue(L, f.field, v.value)}</strong>${f.conflict ? html` <em>${L.t('story.differNote')}</em>` : ''}
<ul>${v.sources.map((x) => html`<li>${marked(x)} — <bdi>${creditOf(x.article)}</bdi> ${dateTag(L, x.article.publishedAt)}</li>`)}</ul></li>`,
    ),
  );
  // Other decisions of the lead article (why it is about trafficking, where), each label once.
  const seen = new Set<string>();
  const rest = (m.lead?.analysis?.evidence ?? []).filter((e) => {
    if (e.field === 'victims' || e.field === 'minors' || e.field === 'types') return false;
    const key = `${e.field}|${e.value}`;
    return !seen.has(key) && !!seen.add(key);
  });
  const text = m.lead ? analysedText(m.lead.title, m.lead.text).text : '';
  const others = rest.slice(0, 20).map((e) => {
    const cue = text.slice(e.start, e.end) === e.quote ? sentenceAround(text, e.start, e.end) : null;
    const quote = cue ? marked({ article: m.lead!, ...cue }) : html`“${e.quote}”`;
    return html`<li><strong>${fieldLabel(L, e.field)}: ${evidenceValue(L, e)}</strong> — ${quote}</li>`;
  });
  if (!fromFacts.length && !others.length) return html``;
  return html`<section aria-labelledby="why-h"><h2 id="why-h">${L.t('story.why')}</h2>
<p>${L.t('story.whyText')}</p>
<ul class="evidence" dir="auto">${fromFacts}${others}</ul></section>`;
}

function coverage(L: Locale, m: StoryModel): Safe {
  const others = m.articles.filter((a) => a.id !== m.lead?.id && a.duplicateOf === null);
  const copies = m.articles.filter((a) => a.id !== m.lead?.id && a.duplicateOf !== null);
  if (!others.length && !copies.length) return html``;
  const li = (a: Article) =>
    html`<li><a href="${safeUrl(a.url)}" rel="noopener nofollow"${a.language ? html` lang="${a.language}"` : ''} dir="auto">${a.title}</a> — <bdi>${creditOf(a)}</bdi> ${dateTag(L, a.publishedAt)}</li>`;
  return html`<section aria-labelledby="cov-h"><h2 id="cov-h">${L.t('story.coverage')}</h2>
<ul class="coverage">${[...others, ...copies].map(li)}</ul></section>`;
}

/** The editors' correction, with its date, shown at the top of the story. */
export function correctionNote(L: Locale, s: Story): Safe {
  if (!s.correction) return html``;
  const when = s.correctedAt ? html` (${dateTag(L, s.correctedAt)})` : '';
  return html`<aside class="correction" role="note" aria-label="${L.t('story.correction')}"><p><strong>${L.t('story.correction')}${when}:</strong> <span dir="auto">${s.correction}</span></p></aside>`;
}

/** The story page body: on a phone the facts box comes right after the header, before the evidence it explains. */
export function storyView(L: Locale, m: StoryModel): Safe {
  const s = m.story;
  const facts = storyFacts(m.articles);
  const lang = m.lead?.language ? html` lang="${m.lead.language}"` : '';
  return html`<article class="story">
<header>
<h1${lang} dir="auto">${s.title}</h1>
${s.isSample ? html`<p class="sample-note" role="note">${sampleBadge(L, s)} ${L.t('story.sampleNote')}</p>` : ''}
<p class="meta">${dateTag(L, s.publishedAt ?? s.lastSeenAt)}${reportCount(L, s.articleCount)}</p>
${creditLine(L, m.lead)}
${tags(L, s)}
${s.publicSummary ? html`<p class="summary" dir="auto">${s.publicSummary}</p>` : ''}
${correctionNote(L, s)}
</header>
<div class="story-grid">
<aside class="story-side">${factsBox(L, s, m.lead, facts)}${m.mapSvg ? html`<figure class="locator-fig">${raw(m.mapSvg)}<figcaption>${L.t('story.where')}</figcaption></figure>` : ''}
<p class="callout"><a href="${L.href('/report')}">${L.t('layout.report')}</a> — ${L.t('story.hotlines')}</p></aside>
<div class="story-main"${lang} dir="auto">${body(L, m)}</div>
<div class="story-why">${evidence(L, m, facts)}${coverage(L, m)}</div>
</div>
</article>`;
}
