// One story for review: what it says and why it waits, then the action forms (or a note for viewers).
import { mayAct } from '../../../desk/rules.ts';
import type { QueueItem } from '../../../desk/types.ts';
import { html, type Safe, safeUrl } from '../../html.ts';
import { localeFor } from '../../i18n/locale.ts';
import { creditOf, dateTag, sampleBadge } from '../../views/parts.ts';
import type { SignedIn } from '../context.ts';
import { actionForms, type FormError } from './forms.ts';
import { evidenceList, factList, flagList, reasonList, sourceLine, urgencyBadge } from './item.ts';
import { STATUS_LABELS } from './queue.ts';

/** Characters of each article's text shown to the editor. */
const EXCERPT = 600;

/** The review page body for one story. */
export function storyBody(item: QueueItem, who: SignedIn, err: FormError | null): Safe {
  const s = item.story;
  const lead = item.articles[0];
  const publicLink = s.status === 'published' ? html` · <a href="/stories/${s.slug}">See the public page</a>` : html``;
  return html`<p><a href="/desk">← Back to the queue</a></p>
<h1>${s.title}</h1>
<p class="meta">${urgencyBadge(item.urgency)} ${sampleBadge(localeFor('en'), s)} Story ${s.id} · <strong>${STATUS_LABELS[s.status]}</strong>${s.mergedInto ? ` into story ${s.mergedInto}` : ''}${publicLink}</p>
${s.publicTitle ? html`<p>Public title: <strong>${s.publicTitle}</strong></p>` : ''}
${s.correction ? html`<p class="correction">Correction shown: ${s.correction}</p>` : ''}
${reasonList(item.reasons)}
${mayAct(who.user.role) ? html`<p class="jump"><a href="#decide">Go to the actions</a></p>` : ''}
<div class="review">
<div class="review-main">
${sourceLine(lead)}
<h2>Flags</h2>
${flagList(item.flags)}
<h2>Facts</h2>
${factList(item)}
<h2>Evidence quotes</h2>
${evidenceList(lead)}
<h2>Articles (${item.articles.length})</h2>
${articleList(item)}
</div>
<div class="review-actions">
<h2 id="decide">Decide</h2>
${actionsOrNote(item, who, err)}
</div>
</div>`;
}

function articleList(item: QueueItem): Safe {
  if (!item.articles.length) return html`<p class="hint">No articles left.</p>`;
  const rows = item.articles.map(
    (a, i) => html`<li><h3>${i === 0 ? 'Lead: ' : ''}${a.title}</h3>
<p class="meta"><a href="${safeUrl(a.url)}" rel="noopener nofollow noreferrer">${creditOf(a)}</a> ${dateTag(localeFor('en'), a.publishedAt ?? a.fetchedAt)} · article ${a.id} · ${a.status}</p>
<p class="excerpt">${a.text.slice(0, EXCERPT)}${a.text.length > EXCERPT ? '…' : ''}</p></li>`,
  );
  return html`<ul class="articles">${rows}</ul>`;
}

function actionsOrNote(item: QueueItem, who: SignedIn, err: FormError | null): Safe {
  if (!mayAct(who.user.role)) {
    return html`<p class="hint">Your role (${who.user.role}) may read the desk but not act. Ask an editor.</p>`;
  }
  const forms = actionForms(item, who, err);
  if (!forms.length) return html`<p class="hint">No actions: this story was ${item.story.status}.</p>`;
  return html`${forms}`;
}
