// /desk/audit: the audit log for admins, newest first, paged by event id.
import type { Context } from 'hono';
import type { DeskCtx, DeskEnv } from './context.ts';
import { sendPage } from './render.ts';
import { auditBody } from './views/audit.ts';
import { messageBody } from './views/layout.ts';

/** Events per audit page. */
export const AUDIT_PAGE = 50;

/** GET /desk/audit[?before=ID]. */
export function auditPage(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const raw = c.req.query('before');
    const before = raw === undefined ? undefined : Number(raw);
    if (before !== undefined && !(Number.isSafeInteger(before) && before > 0)) {
      const body = messageBody('Bad request', 'before: expected an event number', ['/desk/audit', 'Newest events']);
      return sendPage(c, { title: 'Bad request', body, status: 400 });
    }
    const events = await ctx.desk.audit({ limit: AUDIT_PAGE, before });
    const users = new Map((await ctx.store.accounts.listUsers()).map((u) => [u.id, u.email]));
    const next = events.length === AUDIT_PAGE ? events.at(-1)!.id : null;
    return sendPage(c, { title: 'Audit log', body: auditBody(events, users, next) });
  };
}
