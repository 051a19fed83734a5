// The audit log: who did what, when, and what changed (before → after).
import type { AuditEvent } from '../../../model/records.ts';
import { html, type Safe } from '../../html.ts';

/** Longest value shown in a change cell (characters). */
const MAX_CELL = 200;

/** The audit page body; `users` maps ids to e-mails. */
export function auditBody(events: AuditEvent[], users: Map<number, string>, nextBefore: number | null): Safe {
  const rows = events.map(
    (e) => html`<tr><td><time datetime="${e.at}">${e.at.replace('T', ' ').slice(0, 19)}</time></td>
<td>${e.userId === null ? '—' : (users.get(e.userId) ?? `user ${e.userId}`)}</td>
<td>${e.action}</td><td>${targetLink(e.target)}</td><td>${changes(e.detail)}</td></tr>`,
  );
  return html`<h1>Audit log</h1>
<p class="hint">Every sign-in and desk action, newest first.</p>
<div class="scroll"><table class="audit"><caption class="visually-hidden">Audit events</caption>
<thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Target</th><th scope="col">Change</th></tr></thead>
<tbody>${rows}</tbody></table></div>
${events.length ? '' : html`<p class="empty">No events yet.</p>`}
${nextBefore ? html`<p class="more"><a href="/desk/audit?before=${nextBefore}">Older events</a></p>` : ''}`;
}

function targetLink(target: string | null): Safe | string {
  const m = /^story:(\d+)$/.exec(target ?? '');
  return m ? html`<a href="/desk/stories/${m[1]}">story ${m[1]}</a>` : (target ?? '');
}

const show = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? '—' : s.length > MAX_CELL ? `${s.slice(0, MAX_CELL)}…` : s;
};

/** Fields that differ between detail.before and detail.after, then any other detail. */
function changes(detail: Record<string, unknown> | null): Safe {
  if (!detail) return html``;
  const before = (detail.before ?? {}) as Record<string, unknown>;
  const after = (detail.after ?? {}) as Record<string, unknown>;
  const diff = Object.keys(after)
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => html`<li>${k}: ${show(before[k])} → ${show(after[k])}</li>`);
  const rest = Object.entries(detail)
    .filter(([k]) => k !== 'before' && k !== 'after')
    .map(([k, v]) => html`<li>${k}: ${show(v)}</li>`);
  return html`<ul class="changes">${diff}${rest}</ul>`;
}
