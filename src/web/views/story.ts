// Story page: excerpt and source link, facts box (each fact with the outlets stating it; differing reports shown as
// such), locator map, other coverage, and the sentences behind every fact.

import { analysedText } from '../../lib/analysed-text.ts';
import type { Evidence, Place } from '../../model/analysis.ts';
import type { Article, Story } from '../../model/records.ts';
import { type FactSource, type StoryFact, sentenceAround, storyFacts } from '../../pipeline/story-facts.ts';
import { html, raw, type Safe, safeUrl } from '../html.ts';
import { countryName, formLabel } from '../labels.ts';
import { creditLine, creditOf, dateTag, sampleBadge, tags } from './parts.ts';

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

function body(m: StoryModel): Safe {
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
<p><a class="button" href="${safeUrl(m.lead.url)}" rel="noopener nofollow">Read the full article at ${creditOf(m.lead)}</a></p>`;
}

function yesNo(v: boolean | null, yes: string, no: string): string {
  return v === null ? 'Not stated' : v ? yes : no;
}

function placesOf(a: Article | null): Place[] {
  const seen = new Set<string>();
  return (a?.analysis?.places ?? []).filter((p) => p.kind !== 'country' && !seen.has(p.id) && seen.add(p.id));
}

function factsBox(s: Story, lead: Article | null, facts: StoryFact[]): Safe {
  const places = placesOf(lead);
  const fact = (f: StoryFact['field']) => facts.find((x) => x.field === f);
  return html`<section class="facts" aria-labelledby="facts-h">
<h2 id="facts-h">Facts</h2>
<dl>
<dt>Forms of exploitation</dt><dd>${s.types.length ? s.types.map(formLabel).join(', ') : 'Not stated'}</dd>
<dt>Countries</dt><dd>${s.countries.length ? s.countries.map(countryName).join(', ') : 'Not stated'}</dd>
${places.length ? html`<dt>Places</dt><dd>${places.map((p) => p.name).join(', ')}</dd>` : ''}
<dt>Children among those affected</dt><dd>${factValue(fact('minors'), yesNo(s.minors, 'Yes', 'No'))}</dd>
<dt>People affected</dt><dd>${factValue(fact('victims'), s.victims === null ? 'Not stated' : String(s.victims))}</dd>
<dt>Specific case reported</dt><dd>${s.incident ? 'Yes (for example an arrest, rescue, trial or a survivor’s account)' : 'No (a general or policy report)'}</dd>
</dl>
</section>`;
}

/** One fact: its value with the outlets that state it, or every value when reports differ. */
function factValue(f: StoryFact | undefined, fallback: string): Safe {
  if (!f) return html`${fallback}`;
  const one = (v: StoryFact['values'][number]) =>
    html`${shownValue(f.field, v.value)} <span class="fact-src">(${v.sources.map((x) => creditOf(x.article)).join(', ')})</span>`;
  if (!f.conflict) return one(f.values[0]!);
  return html`<strong>Reports differ:</strong> ${f.values.map((v, i) => html`${i ? ' · ' : ''}${one(v)}`)}`;
}

function shownValue(field: StoryFact['field'], v: string | number | boolean): string {
  if (field === 'minors') return v === true ? 'Yes' : 'No';
  if (field === 'types') return formLabel(String(v));
  return String(v);
}

/** A sentence with its cue marked. */
function marked(x: FactSource): Safe {
  const s = x.sentence;
  return html`“${s.slice(0, x.cueStart)}<mark>${s.slice(x.cueStart, x.cueEnd)}</mark>${s.slice(x.cueEnd)}”`;
}

const FIELD_LABELS: Record<Evidence['field'], string> = {
  relevance: 'About trafficking in persons',
  incident: 'A specific case',
  types: 'Form of exploitation',
  countries: 'Country',
  minors: 'Children affected',
  victims: 'Number of people affected',
  negative: 'Points against',
};

function evidenceValue(e: Evidence): string {
  if (e.field === 'types') return formLabel(String(e.value));
  if (e.field === 'countries') return countryName(String(e.value));
  return typeof e.value === 'boolean' ? (e.value ? 'yes' : 'no') : String(e.value);
}

function evidence(m: StoryModel, facts: StoryFact[]): Safe {
  const fromFacts = facts.flatMap((f) =>
    f.values.map(
      (
        v,
      ) => html`<li><strong>${FIELD_LABELS[f.field]}: ${shownValue(f.field, v.value)}</strong>${f.conflict ? html` <em>(reports differ)</em>` : ''}
<ul>${v.sources.map((x) => html`<li>${marked(x)} — ${creditOf(x.article)} ${dateTag(x.article.publishedAt)}</li>`)}</ul></li>`,
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
    return html`<li><strong>${FIELD_LABELS[e.field] ?? e.field}: ${evidenceValue(e)}</strong> — ${quote}</li>`;
  });
  if (!fromFacts.length && !others.length) return html``;
  return html`<section aria-labelledby="why-h"><h2 id="why-h">Why Lantern classified it so</h2>
<p>These sentences of the reports led to the facts above, each with its outlet. Lantern reads stories automatically; an editor may correct them.</p>
<ul class="evidence">${fromFacts}${others}</ul></section>`;
}

function coverage(m: StoryModel): Safe {
  const others = m.articles.filter((a) => a.id !== m.lead?.id && a.duplicateOf === null);
  const copies = m.articles.filter((a) => a.id !== m.lead?.id && a.duplicateOf !== null);
  if (!others.length && !copies.length) return html``;
  const li = (a: Article) =>
    html`<li><a href="${safeUrl(a.url)}" rel="noopener nofollow">${a.title}</a> — ${creditOf(a)} ${dateTag(a.publishedAt)}</li>`;
  return html`<section aria-labelledby="cov-h"><h2 id="cov-h">Coverage by other outlets</h2>
<ul class="coverage">${[...others, ...copies].map(li)}</ul></section>`;
}

/** The editors' correction, with its date, shown at the top of the story. */
export function correctionNote(s: Story): Safe {
  if (!s.correction) return html``;
  const when = s.correctedAt ? html` (<time datetime="${s.correctedAt}">${s.correctedAt.slice(0, 10)}</time>)` : '';
  return html`<aside class="correction" role="note" aria-label="Correction"><p><strong>Correction${when}:</strong> ${s.correction}</p></aside>`;
}

/** The story page body. */
export function storyView(m: StoryModel): Safe {
  const s = m.story;
  const facts = storyFacts(m.articles);
  return html`<article class="story">
<header>
<h1>${s.title}</h1>
${s.isSample ? html`<p class="sample-note" role="note">${sampleBadge(s)} This story is a fictional sample written by the Lantern team to show how the portal works. It describes no real people or events.</p>` : ''}
<p class="meta">${dateTag(s.publishedAt ?? s.lastSeenAt)}${s.articleCount > 1 ? html` · ${s.articleCount} reports` : ''}</p>
${creditLine(m.lead)}
${tags(s)}
${s.publicSummary ? html`<p class="summary">${s.publicSummary}</p>` : ''}
${correctionNote(s)}
</header>
<div class="story-grid">
<div>${body(m)}${evidence(m, facts)}${coverage(m)}</div>
<aside>${factsBox(s, m.lead, facts)}${m.mapSvg ? html`<figure class="locator-fig">${raw(m.mapSvg)}<figcaption>Where the story takes place</figcaption></figure>` : ''}
<p class="callout"><a href="/report">Report trafficking</a> — hotlines by country.</p></aside>
</div>
</article>`;
}
