// /desk/alerts: a signed-in user follows a search from the portal (the search page links here with its query),
// sees and removes their alerts. Posts carry the session's CSRF token; bad input is shown by the form, nothing stored.
import type { Context } from 'hono';
import { createAlert } from '../../alerts/create.ts';
import { LanternError } from '../../lib/errors.ts';
import type { AlertFilters, Cadence } from '../../model/alerts.ts';
import type { DeskCtx, DeskEnv } from './context.ts';
import { requestOrigin } from './http.ts';
import { sendPage, setFlash, takeFlash } from './render.ts';
import { type AlertFormValues, alertsBody } from './views/alerts.ts';
import { messageBody } from './views/layout.ts';

const owner = (c: Context<DeskEnv>) => ({ kind: 'user' as const, id: c.get('who')!.user.id });
const base = (c: Context<DeskEnv>, ctx: DeskCtx) => ctx.config.publicUrl || requestOrigin(c, ctx.config.trustProxy);

async function show(c: Context<DeskEnv>, ctx: DeskCtx, v: AlertFormValues, error: string | null, flash: string | null) {
  const mine = await ctx.store.alerts.list(owner(c));
  const body = alertsBody(c.get('who')!, mine, base(c, ctx), v, error);
  return sendPage(c, { title: 'Alerts', body, status: error ? 400 : 200, flash });
}

/** GET /desk/alerts[?q=…&country=…&type=…]: the user's alerts and the form, prefilled from a search. */
export function alertsPage(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const q = (k: string) => (c.req.query(k) ?? '').slice(0, 1000);
    const v = { query: q('q'), country: q('country'), type: q('type'), cadence: 'daily', atom: true };
    return show(c, ctx, { ...v, email: c.get('who')!.user.email }, null, takeFlash(c, ctx));
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** POST /desk/alerts: saves the alert (e-mail and/or private feed; webhooks are for API keys). */
export function alertsPost(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const f = await c.req.parseBody();
    const v: AlertFormValues = {
      query: text(f.query),
      country: text(f.country).toUpperCase(),
      type: text(f.type),
      email: text(f.email),
      cadence: text(f.cadence) || 'daily',
      atom: f.atom === '1',
    };
    const filters: AlertFilters = {
      ...(v.country ? { country: [v.country] } : {}),
      ...(v.type ? { type: [v.type] } : {}),
    };
    try {
      if (!v.email && !v.atom) throw new LanternError('input', 'choose e-mail, the private feed, or both');
      const req = { query: v.query, filters, email: v.email || null, atom: v.atom, cadence: v.cadence as Cadence };
      const a = await createAlert(ctx.store.alerts, owner(c), req, { allowPrivateWebhooks: false });
      setFlash(c, ctx, `Alert #${a.id} saved.`);
      return c.redirect('/desk/alerts', 303);
    } catch (err) {
      if (!(err instanceof LanternError) || err.kind !== 'input') throw err;
      return show(c, ctx, v, err.message, null);
    }
  };
}

/** POST /desk/alerts/:id/delete: removes one of the user's own alerts. */
export function alertDeletePost(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const id = Number(c.req.param('id'));
    const ok = Number.isSafeInteger(id) && id > 0 && (await ctx.store.alerts.remove(id, owner(c)));
    if (!ok) {
      const body = messageBody('Alert not found', 'You have no alert with that number.', ['/desk/alerts', 'Back']);
      return sendPage(c, { title: 'Not found', body, status: 404 });
    }
    setFlash(c, ctx, `Alert #${id} removed.`);
    return c.redirect('/desk/alerts', 303);
  };
}
