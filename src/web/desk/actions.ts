// Turns a posted action form into a DeskAction (a field that does not parse is an input error for the form).
import type { DeskAction, FactsPatch } from '../../desk/types.ts';
import { inputError } from '../../lib/errors.ts';
import type { ExploitationForm } from '../../model/analysis.ts';

/** The actions a form may post, by their URL segment. */
export const ACTION_KINDS = [
  'publish',
  'reject',
  'unpublish',
  'edit-facts',
  'edit-text',
  'correct',
  'merge',
  'split',
  'remove',
] as const;

/** A posted form: each field's value(s) as text. */
export type FormValues = Record<string, string | string[]>;

/** The one text value of a field ('' when absent; the first when repeated). */
function one(form: FormValues, name: string): string {
  const v = form[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

/** Every value of a repeated field (checkboxes). */
function many(form: FormValues, name: string): string[] {
  const v = form[name];
  return v === undefined ? [] : [v].flat();
}

/** A positive whole number typed into a field, or an input error naming it. */
function idOf(raw: string, what: string): number {
  const n = Number(raw.trim());
  if (!raw.trim() || !Number.isSafeInteger(n) || n <= 0) throw inputError(`${what}: expected a story number`);
  return n;
}

/** The DeskAction a form posts for a story. */
export function actionOf(kind: string, storyId: number, form: FormValues): DeskAction {
  switch (kind) {
    case 'publish':
      return { kind, storyId };
    case 'reject':
    case 'unpublish':
      return { kind, storyId, reason: one(form, 'reason') };
    case 'remove':
      return { kind, storyId, reason: one(form, 'reason') };
    case 'correct':
      return { kind, storyId, note: one(form, 'note') };
    case 'edit-text':
      return { kind, storyId, title: one(form, 'title'), summary: one(form, 'summary') };
    case 'edit-facts':
      return { kind, storyId, facts: factsOf(form) };
    case 'merge':
      return { kind, storyId, intoStoryId: idOf(one(form, 'into'), 'merge into') };
    case 'split': {
      const ids = many(form, 'articles').map((a) => Number(a));
      if (!ids.length) throw inputError('split: tick at least one article to move');
      return { kind, storyId, articleIds: ids };
    }
    default:
      throw inputError(`action "${kind.slice(0, 40)}": unknown`);
  }
}

const TRI: Record<string, boolean | null> = { yes: true, no: false, unknown: null };

/** The facts form as a patch (the desk checks forms and codes). */
function factsOf(form: FormValues): FactsPatch {
  const countries = one(form, 'countries')
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const victimsRaw = one(form, 'victims').trim();
  const victims = victimsRaw === '' ? null : Number(victimsRaw);
  if (victims !== null && !Number.isInteger(victims)) throw inputError('victims: expected a whole number, or empty');
  const minors = one(form, 'minors') || 'unknown';
  if (!Object.hasOwn(TRI, minors)) throw inputError('children: expected yes, no or unknown');
  const incident = one(form, 'incident') || 'no';
  if (incident !== 'yes' && incident !== 'no') throw inputError('incident: expected yes or no');
  return {
    types: many(form, 'types') as ExploitationForm[],
    countries,
    minors: TRI[minors],
    victims,
    incident: incident === 'yes',
  };
}
