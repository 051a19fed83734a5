// Small view pieces shared by several pages: story cards, credit lines, tags, sample badges, pagination.
import type { Article, Story } from '../../model/records.ts';
import { html, query, type Safe, safeUrl } from '../html.ts';
import { countryName, formLabel, formSlug } from '../labels.ts';

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

/** "Article from: <outlet>" with a link to the original. */
export function creditLine(a: Article | null): Safe {
  if (!a) return html``;
  return html`<p class="credit">Article from: <a href="${safeUrl(a.url)}" rel="noopener nofollow">${creditOf(a)}</a></p>`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date as "29 Nov 2026" (UTC), inside a <time> element (no Intl: it is slow on hot pages). */
export function dateTag(iso: string | null): Safe {
  if (!iso) return html``;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return html``;
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return html`<time datetime="${d.toISOString()}">${text}</time>`;
}

/** The badge shown on every fictional sample story. */
export function sampleBadge(story: Story): Safe {
  return story.isSample
    ? html`<span class="sample" title="Fictional example written by the Lantern team">Sample · fictional</span>`
    : html``;
}

/** Country and form tags, each linking to its page. */
export function tags(story: Pick<Story, 'countries' | 'types'>): Safe {
  const c = story.countries.map(
    (cc) => html`<li><a class="tag country" href="/country/${cc.toLowerCase()}">${countryName(cc)}</a></li>`,
  );
  const f = story.types.map((t) => html`<li><a class="tag form" href="/form/${formSlug(t)}">${formLabel(t)}</a></li>`);
  return c.length || f.length ? html`<ul class="tags" aria-label="Countries and forms">${c}${f}</ul>` : html``;
}

/** One story in a list. */
export function storyCard({ story, lead }: StoryView): Safe {
  return html`<li class="card">
<h3><a href="/stories/${story.slug}">${story.title}</a></h3>
<p class="meta">${sampleBadge(story)} ${dateTag(story.publishedAt ?? story.lastSeenAt)}${story.articleCount > 1 ? html` · ${story.articleCount} reports` : ''}</p>
${creditLine(lead)}
${tags(story)}
</li>`;
}

/** A list of story cards, or a friendly empty state. */
export function storyList(items: StoryView[], empty = 'No published stories match.'): Safe {
  return items.length ? html`<ol class="stories">${items.map(storyCard)}</ol>` : html`<p class="empty">${empty}</p>`;
}

/** "Older stories" link carrying the current filters and the next cursor. */
export function nextLink(path: string, params: Record<string, string | undefined>, cursor: string | null): Safe {
  if (!cursor) return html``;
  return html`<p class="more"><a href="${path}${query({ ...params, cursor })}" rel="next">Older stories</a></p>`;
}
