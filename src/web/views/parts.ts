// Small view pieces shared by several pages: story cards, credit lines, tags, sample badges, pagination.
import type { Article, Story } from '../../model/records.ts';
import { html, query, type Safe, safeUrl } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { formSlug } from '../labels.ts';

/** A published story with its lead article (for credit and excerpt). */
export interface StoryView {
  story: Story;
  lead: Article | null;
}

/** Name used in "Article from: <credit>". */
export function creditOf(a: Article): string {
  if (a.sourceCredit) return a.sourceCredit;
  if (a.siteName) return a.siteName;
  try {
    return new URL(a.url).hostname.replace(/^www\./, '');
  } catch {
    return 'unknown source';
  }
}

/** The label of a form of exploitation in the reader's language. */
export function formName(L: Locale, form: string): string {
  const key = `form.${form}`;
  return L.has(key) ? L.t(key) : form;
}

/** "Article from: <outlet>" with a link to the original (the outlet's name isolated: it may be either direction). */
export function creditLine(L: Locale, a: Article | null): Safe {
  if (!a) return html``;
  const outlet = html`<a href="${safeUrl(a.url)}" rel="noopener nofollow"><bdi>${creditOf(a)}</bdi></a>`;
  return html`<p class="credit">${L.tx('story.articleFrom', { outlet })}</p>`;
}

/** An ISO date in the reader's locale (UTC), inside a <time> element. */
export function dateTag(L: Locale, iso: string | null): Safe {
  if (!iso) return html``;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return html``;
  return html`<time datetime="${d.toISOString()}">${L.date(d.toISOString())}</time>`;
}

/** The badge shown on every fictional sample story. */
export function sampleBadge(L: Locale, story: Story): Safe {
  return story.isSample
    ? html`<span class="sample" title="${L.t('story.sampleTitle')}">${L.t('story.sampleBadge')}</span>`
    : html``;
}

/** Country and form tags, each linking to its page. */
export function tags(L: Locale, story: Pick<Story, 'countries' | 'types'>): Safe {
  const c = story.countries.map(
    (cc) => html`<li><a class="tag country" href="${L.href(`/country/${cc.toLowerCase()}`)}">${L.country(cc)}</a></li>`,
  );
  const f = story.types.map(
    (t) => html`<li><a class="tag form" href="${L.href(`/form/${formSlug(t)}`)}">${formName(L, t)}</a></li>`,
  );
  return c.length || f.length ? html`<ul class="tags" aria-label="${L.t('story.tagsLabel')}">${c}${f}</ul>` : html``;
}

/** "· 3 reports" after a date, when a story has more than one report. */
export function reportCount(L: Locale, n: number): Safe {
  return n > 1 ? html` · ${L.t('story.reports', { count: n })}` : html``;
}

/** One story in a list; the title keeps its own language and direction. */
export function storyCard(L: Locale, { story, lead }: StoryView): Safe {
  const lang = lead?.language ? html` lang="${lead.language}"` : '';
  return html`<li class="card">
<h3${lang} dir="auto"><a href="${L.href(`/stories/${story.slug}`)}">${story.title}</a></h3>
<p class="meta">${sampleBadge(L, story)} ${dateTag(L, story.publishedAt ?? story.lastSeenAt)}${reportCount(L, story.articleCount)}</p>
${creditLine(L, lead)}
${tags(L, story)}
</li>`;
}

/** A list of story cards, or a friendly empty state. */
export function storyList(L: Locale, items: StoryView[], empty = L.t('list.empty')): Safe {
  return items.length
    ? html`<ol class="stories">${items.map((i) => storyCard(L, i))}</ol>`
    : html`<p class="empty">${empty}</p>`;
}

/** "Older stories" link carrying the current filters and the next cursor. */
export function nextLink(
  L: Locale,
  path: string,
  params: Record<string, string | undefined>,
  cursor: string | null,
): Safe {
  if (!cursor) return html``;
  return html`<p class="more"><a href="${L.href(path)}${query({ ...params, cursor })}" rel="next">${L.t('list.older')}</a></p>`;
}
