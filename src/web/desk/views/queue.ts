// The review queue: status tabs, then each story with its urgency, reasons, flags, facts, quotes and source.
import type { QueueItem, StoryStatus } from '../../../desk/types.ts';
import { STORY_STATUSES } from '../../../model/records.ts';
import { html, query, type Safe } from '../../html.ts';
import { localeFor } from '../../i18n/locale.ts';
import { dateTag, sampleBadge } from '../../views/parts.ts';
import { evidenceList, factList, flagList, reasonList, sourceLine, urgencyBadge } from './item.ts';

/** Tab labels for each story status. */
export const STATUS_LABELS: Record<StoryStatus, string> = {
  review: 'Waiting for review',
  published: 'Published',
  rejected: 'Rejected',
  removed: 'Removed for safety',
  merged: 'Merged',
};

/** The queue page body for one status. */
export function queueBody(status: StoryStatus, items: QueueItem[], nextCursor: string | null): Safe {
  const tabs = STORY_STATUSES.map(
    (s) =>
      html`<li><a href="/desk${query({ status: s === 'review' ? undefined : s })}"${s === status ? html` aria-current="page"` : ''}>${STATUS_LABELS[s]}</a></li>`,
  );
  const list = items.length
    ? html`<ol class="queue">${items.map(queueCard)}</ol>`
    : html`<p class="empty">No stories here${status === 'review' ? ': the queue is clear' : ''}.</p>`;
  const more = nextCursor
    ? html`<p class="more"><a href="/desk${query({ status: status === 'review' ? undefined : status, cursor: nextCursor })}">Next page</a></p>`
    : '';
  return html`<h1>Review queue</h1>
<p class="hint">Most urgent first (children, then identifying details, victims, language), then newest.</p>
<nav aria-label="Story status" class="tabs"><ul>${tabs}</ul></nav>
<h2 class="visually-hidden">${STATUS_LABELS[status]}</h2>
${list}${more}`;
}

function queueCard(item: QueueItem): Safe {
  const s = item.story;
  const lead = item.articles[0];
  return html`<li class="qcard${item.flags.some((f) => f.kind === 'privacy') ? ' has-privacy' : ''}">
<h3><a href="/desk/stories/${s.id}">${s.publicTitle ?? s.title}</a></h3>
<p class="meta">${urgencyBadge(item.urgency)} ${sampleBadge(localeFor('en'), s)} Story ${s.id} · ${s.articleCount} article(s) · last seen ${dateTag(localeFor('en'), s.lastSeenAt)}</p>
${reasonList(item.reasons)}
${sourceLine(lead)}
${flagList(item.flags)}
<details><summary>Facts and evidence quotes</summary>
${factList(item)}
${evidenceList(lead)}
</details>
<p><a class="button" href="/desk/stories/${s.id}">Review story ${s.id}</a></p>
</li>`;
}
