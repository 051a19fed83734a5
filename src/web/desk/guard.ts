// The desk's middleware: no-store and noindex headers, body limit, origin check, sign-in, token and role checks.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { mayAct } from '../../desk/rules.ts';
import type { DeskCtx, DeskEnv } from './context.ts';
import { requestOrigin } from './http.ts';
import { forbidden, toLogin, tooLarge } from './render.ts';
import { tokenMatches } from './session.ts';

/** Largest form post the desk reads (bytes). */
export const MAX_FORM_BYTES = 64 * 1024;

type Mw = MiddlewareHandler<DeskEnv>;

/** Desk pages are never cached nor indexed. */
export const deskHeaders: Mw = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
  c.res.headers.set('X-Robots-Tag', 'noindex, nofollow');
};

/** Refuses form posts over MAX_FORM_BYTES with a 413 page. */
export const formLimit: Mw = bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => tooLarge(c) });

/** Hono's csrf() origin check (Origin or Sec-Fetch-Site must be ours), answered with the desk's 403 page. */
export function originCheck(ctx: DeskCtx): Mw {
  // The configured public address (when set) is also a good origin; without it, only the request's own.
  const allowed = new Set(ctx.config.publicUrl ? [new URL(ctx.config.publicUrl).origin] : []);
  const check = csrf({
    origin: (origin, c) => origin === requestOrigin(c, ctx.config.trustProxy) || allowed.has(origin),
  });
  return async (c, next) => {
    let passed = false;
    try {
      await check(c, async () => {
        passed = true;
      });
    } catch {
      // csrf() throws a 403 HTTPException; the desk answers with its own page below.
    }
    if (!passed)
      return forbidden(c, 'This form did not come from the Lantern desk (origin check). Nothing was changed.');
    await next();
  };
}

/** Sends a visitor who is not signed in to /login (a GET comes back to the same page; a POST to the desk). */
export const requireUser: Mw = async (c, next) => {
  if (!c.get('who')) {
    const url = new URL(c.req.url);
    return toLogin(c, c.req.method === 'GET' ? url.pathname + url.search : '/desk');
  }
  await next();
};

/** A form post must carry this session's synchronizer token. */
export const requireToken: Mw = async (c, next) => {
  const who = c.get('who');
  const form = await c.req.parseBody({ all: true }).catch(() => ({}) as Record<string, unknown>);
  if (!who || !tokenMatches(who, form.csrf)) {
    return forbidden(c, 'The form’s security token is missing or out of date. Reload the page and try again.');
  }
  await next();
};

/** Only editors and admins act on stories. */
export const requireActor: Mw = async (c, next) => {
  const who = c.get('who');
  if (!who || !mayAct(who.user.role)) {
    return forbidden(c, `Your role (${who?.user.role ?? 'none'}) may read the desk but not act on stories.`);
  }
  await next();
};

/** Only admins read the audit log. */
export const requireAdmin: Mw = async (c, next) => {
  if (c.get('who')?.user.role !== 'admin') return forbidden(c, 'Only admins may read the audit log.');
  await next();
};
