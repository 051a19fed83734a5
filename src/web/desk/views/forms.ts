// One form per desk action (labels on every field, the error shown next to the form it belongs to).
import { DESK_LIMITS } from '../../../desk/desk.ts';
import type { QueueItem } from '../../../desk/types.ts';
import { EXPLOITATION_FORMS } from '../../../model/analysis.ts';
import { html, type Safe } from '../../html.ts';
import { formLabel } from '../../labels.ts';
import type { SignedIn } from '../context.ts';
import { csrfField } from './layout.ts';

/** What a failed post sends back to its form: which action, the message, and what was typed. */
export interface FormError {
  action: string;
  message: string;
  values: Record<string, string | string[]>;
}

interface FormSpec {
  kind: string;
  heading: string;
  button: string;
  fields: Safe;
  danger?: boolean;
  help?: string;
}

function actionForm(item: QueueItem, who: SignedIn, spec: FormSpec, err: FormError | null): Safe {
  const mine = err?.action === spec.kind ? err : null;
  const errId = `err-${spec.kind}`;
  return html`<section class="action${spec.danger ? ' danger' : ''}" aria-labelledby="h-${spec.kind}">
<h3 id="h-${spec.kind}">${spec.heading}</h3>
${spec.help ? html`<p class="hint">${spec.help}</p>` : ''}
<form method="post" action="/desk/stories/${item.story.id}/${spec.kind}"${mine ? html` aria-describedby="${errId}"` : ''}>
${csrfField(who)}
${mine ? html`<p class="error" id="${errId}" role="alert">${mine.message}</p>` : ''}
${spec.fields}
<button type="submit" class="${spec.danger ? 'button danger' : 'button'}">${spec.button}</button>
</form>
</section>`;
}

const val = (err: FormError | null, kind: string, name: string, fallback: string): string => {
  const v = err?.action === kind ? err.values[name] : undefined;
  return typeof v === 'string' ? v : fallback;
};

function textArea(kind: string, name: string, label: string, value: string, max: number, required = false): Safe {
  return html`<p><label for="${kind}-${name}">${label}</label><br>
<textarea id="${kind}-${name}" name="${name}" rows="3" maxlength="${max}"${required ? html` required` : ''}>${value}</textarea></p>`;
}

/** Every action form that fits the story's status, for an editor or admin. */
export function actionForms(item: QueueItem, who: SignedIn, err: FormError | null): Safe[] {
  const s = item.story;
  if (s.status === 'removed' || s.status === 'merged') return [];
  const forms: FormSpec[] = [];
  if (s.status !== 'published') forms.push(publishSpec(item));
  forms.push(textSpec(item, err), factsSpec(item, err));
  if (s.status === 'published') {
    forms.push({
      kind: 'correct',
      heading: 'Correct with a note',
      button: 'Add the correction note',
      help: 'The note is shown on the public story page.',
      fields: textArea(
        'correct',
        'note',
        'What was corrected',
        val(err, 'correct', 'note', ''),
        DESK_LIMITS.note,
        true,
      ),
    });
    forms.push(reasonSpec('unpublish', 'Unpublish', 'Unpublish (back to review)', err, false));
  }
  if (s.status === 'review') forms.push(reasonSpec('reject', 'Reject', 'Reject the story', err, false));
  forms.push(mergeSpec(err));
  if (item.articles.length > 1) forms.push(splitSpec(item));
  forms.push({
    ...reasonSpec('remove', 'Remove for safety', 'Remove for safety', err, true),
    danger: true,
    help: 'Deletes its articles from every page, feed, search and sitemap, and never fetches them again. Cannot be undone.',
  });
  return forms.map((f) => actionForm(item, who, f, err));
}

function publishSpec(item: QueueItem): FormSpec {
  const privacy = item.flags.some((f) => f.kind === 'privacy');
  return {
    kind: 'publish',
    heading: 'Publish',
    button: 'Publish the story',
    help: privacy
      ? 'Identifying details flagged above are withheld on the public pages ("[name withheld]").'
      : 'The story appears on the public pages, feeds and search.',
    fields: html``,
  };
}

function textSpec(item: QueueItem, err: FormError | null): FormSpec {
  const s = item.story;
  return {
    kind: 'edit-text',
    heading: 'Public title and summary',
    button: 'Save title and summary',
    help: 'Left empty, the public title is the lead article’s, with flagged details withheld.',
    fields: html`<p><label for="edit-text-title">Public title</label><br>
<input id="edit-text-title" name="title" type="text" maxlength="${DESK_LIMITS.title}" value="${val(err, 'edit-text', 'title', s.publicTitle ?? '')}"></p>
${textArea('edit-text', 'summary', 'Public summary', val(err, 'edit-text', 'summary', s.publicSummary ?? ''), DESK_LIMITS.summary)}`,
  };
}

function factsSpec(item: QueueItem, err: FormError | null): FormSpec {
  const s = item.story;
  const sent = err?.action === 'edit-facts' ? err.values : null;
  const types = sent ? [sent.types ?? []].flat() : s.types;
  const boxes = EXPLOITATION_FORMS.map(
    (f) =>
      html`<li><input type="checkbox" id="form-${f}" name="types" value="${f}"${types.includes(f) ? html` checked` : ''}> <label for="form-${f}">${formLabel(f)}</label></li>`,
  );
  const minors = val(err, 'edit-facts', 'minors', s.minors === null ? 'unknown' : s.minors ? 'yes' : 'no');
  const incident = val(err, 'edit-facts', 'incident', s.incident ? 'yes' : 'no');
  return {
    kind: 'edit-facts',
    heading: 'Facts',
    button: 'Save the facts',
    fields: html`<fieldset><legend>Forms of exploitation</legend><ul class="checks">${boxes}</ul></fieldset>
<p><label for="facts-countries">Countries (two-letter codes, comma-separated)</label><br>
<input id="facts-countries" name="countries" type="text" maxlength="300" value="${val(err, 'edit-facts', 'countries', s.countries.join(', '))}"></p>
${radios('minors', 'Children among the victims', ['yes', 'no', 'unknown'], minors)}
<p><label for="facts-victims">Victims (empty: unknown)</label><br>
<input id="facts-victims" name="victims" type="number" min="0" max="1000000" inputmode="numeric" value="${val(err, 'edit-facts', 'victims', s.victims === null ? '' : String(s.victims))}"></p>
${radios('incident', 'Reports a specific incident', ['yes', 'no'], incident)}`,
  };
}

function radios(name: string, legend: string, options: string[], current: string): Safe {
  const items = options.map(
    (o) =>
      html`<span class="radio"><input type="radio" id="${name}-${o}" name="${name}" value="${o}"${o === current ? html` checked` : ''}> <label for="${name}-${o}">${o}</label></span>`,
  );
  return html`<fieldset><legend>${legend}</legend>${items}</fieldset>`;
}

function reasonSpec(kind: string, heading: string, button: string, err: FormError | null, required: boolean): FormSpec {
  const label = required ? 'Reason (kept in the audit log)' : 'Reason (optional, kept in the audit log)';
  return {
    kind,
    heading,
    button,
    fields: textArea(kind, 'reason', label, val(err, kind, 'reason', ''), DESK_LIMITS.reason, required),
  };
}

function mergeSpec(err: FormError | null): FormSpec {
  return {
    kind: 'merge',
    heading: 'Merge into another story',
    button: 'Merge',
    help: 'Moves every article to the other story; this story’s address then leads there.',
    fields: html`<p><label for="merge-into">Number of the story to merge into</label><br>
<input id="merge-into" name="into" type="number" min="1" inputmode="numeric" required value="${val(err, 'merge', 'into', '')}"></p>`,
  };
}

function splitSpec(item: QueueItem): FormSpec {
  const boxes = item.articles.map(
    (a) =>
      html`<li><input type="checkbox" id="split-${a.id}" name="articles" value="${a.id}"> <label for="split-${a.id}">${a.title} (${a.sourceCredit ?? a.siteName ?? 'unknown source'})</label></li>`,
  );
  return {
    kind: 'split',
    heading: 'Split articles out',
    button: 'Split into a new story',
    help: 'The articles you tick form a new story that waits for review.',
    fields: html`<fieldset><legend>Articles to move</legend><ul class="checks">${boxes}</ul></fieldset>`,
  };
}
