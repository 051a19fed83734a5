// /desk and /desk/stories/:id: the review queue, one story, and its action posts (303 back with a message).
import type { Context } from 'hono';
import type { StoryStatus } from '../../desk/types.ts';
import { LanternError } from '../../lib/errors.ts';
import { STORY_STATUSES } from '../../model/records.ts';
import { ACTION_KINDS, actionOf, type FormValues } from './actions.ts';
import type { DeskCtx, DeskEnv } from './context.ts';
import { forbidden, sendPage, setFlash, takeFlash } from './render.ts';
import type { FormError } from './views/forms.ts';
import { messageBody } from './views/layout.ts';
import { queueBody, STATUS_LABELS } from './views/queue.ts';
import { storyBody } from './views/story.ts';

/** Stories per queue page. */
export const QUEUE_PAGE = 20;

/** GET /desk: the queue for one status (review by default), cursor-paged. */
export function queuePage(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const status = (c.req.query('status') ?? 'review') as StoryStatus;
    if (!STORY_STATUSES.includes(status)) return badRequest(c, `status "${status.slice(0, 40)}": unknown`);
    const cursor = c.req.query('cursor');
    try {
      const page = await ctx.desk.queue({ status, limit: QUEUE_PAGE, cursor: cursor || undefined });
      const body = queueBody(status, page.items, page.nextCursor);
      return sendPage(c, { title: `Queue: ${STATUS_LABELS[status]}`, body, flash: takeFlash(c, ctx) });
    } catch (err) {
      if (err instanceof LanternError && err.kind === 'input') return badRequest(c, err.message);
      throw err;
    }
  };
}

/** GET /desk/stories/:id: the story with one form per action. */
export function storyPage(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => showStory(c, ctx, idOf(c.req.param('id')), null, takeFlash(c, ctx));
}

async function showStory(
  c: Context<DeskEnv>,
  ctx: DeskCtx,
  id: number,
  err: FormError | null,
  flash: string | null,
): Promise<Response> {
  const item = id ? await ctx.desk.item(id) : null;
  if (!item) return notFound(c);
  const body = storyBody(item, c.get('who')!, err);
  return sendPage(c, { title: `Story ${id}`, body, status: err ? 400 : 200, flash });
}

/** POST /desk/stories/:id/:action: carries the action out; on a refusal the story page shows it by its form. */
export function actionPost(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const id = idOf(c.req.param('id'));
    const kind = c.req.param('action') ?? '';
    if (!id || !(ACTION_KINDS as readonly string[]).includes(kind)) return notFound(c);
    const form = formValues(await c.req.parseBody({ all: true }));
    const who = c.get('who')!;
    try {
      const done = await ctx.desk.act({ userId: who.user.id, role: who.user.role }, actionOf(kind, id, form));
      ctx.onChange({ action: kind, storyId: id, userId: who.user.id });
      setFlash(c, ctx, done.message);
      return c.redirect(kind === 'remove' ? '/desk' : `/desk/stories/${id}`, 303);
    } catch (err) {
      if (!(err instanceof LanternError) || err.kind !== 'input') throw err;
      if (err.message.startsWith('forbidden')) return forbidden(c, err.message);
      if (/^story \d+: not found$/.test(err.message)) return notFound(c);
      return showStory(c, ctx, id, { action: kind, message: err.message, values: form }, null);
    }
  };
}

/** Text fields of a parsed form (uploaded files are ignored). */
function formValues(body: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

function idOf(raw: string | undefined): number {
  const n = Number(raw);
  return raw && /^\d{1,15}$/.test(raw) && Number.isSafeInteger(n) && n > 0 ? n : 0;
}

function notFound(c: Context<DeskEnv>): Response {
  const body = messageBody('Story not found', 'There is no story with that number.', ['/desk', 'Back to the queue']);
  return sendPage(c, { title: 'Not found', body, status: 404 });
}

function badRequest(c: Context<DeskEnv>, why: string): Response {
  return sendPage(c, {
    title: 'Bad request',
    body: messageBody('Bad request', why, ['/desk', 'Back to the queue']),
    status: 400,
  });
}
