// /login, /logout, /account: sign-in with a login token cookie, a fresh session each time, sign out everywhere.
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { hashToken, sameSecret } from '../../accounts/sessions.ts';
import { signIn } from '../../accounts/sign-in.ts';
import type { DeskCtx, DeskEnv } from './context.ts';
import { clientAddress, isHttps, safeNext } from './http.ts';
import { forbidden, sendPage, setFlash, takeFlash } from './render.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from './session.ts';
import { accountBody, loginBody } from './views/login.ts';

/** Cookie holding the sign-in form's token (there is no session yet to hold it). */
const LOGIN_COOKIE = 'lantern_login';

const REFUSALS = {
  invalid: [401, 'Wrong e-mail or password.'],
  locked: [429, 'Too many wrong passwords: this account is locked for 15 minutes.'],
  rate: [429, 'Too many sign-in attempts from your address. Wait 15 minutes and try again.'],
} as const;

/** GET /login: the form (a signed-in user goes straight to the desk). */
export function loginPage(ctx: DeskCtx) {
  return (c: Context<DeskEnv>) => {
    if (c.get('who')) return c.redirect(safeNext(c.req.query('next')), 302);
    return showLogin(c, ctx, { next: safeNext(c.req.query('next')), email: '', error: null });
  };
}

function showLogin(
  c: Context<DeskEnv>,
  ctx: DeskCtx,
  p: { next: string; email: string; error: string | null; status?: number },
): Response {
  const token = randomBytes(24).toString('base64url');
  setCookie(c, LOGIN_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/login',
    secure: isHttps(c, ctx.config.trustProxy),
    maxAge: 3600,
  });
  const body = loginBody({ token, next: p.next, email: p.email, error: p.error });
  return sendPage(c, { title: 'Sign in', body, status: p.status, flash: takeFlash(c, ctx) });
}

/** POST /login: checks the form token, then e-mail and password; a new session id on success (no fixation). */
export function loginPost(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const form = await c.req.parseBody();
    const sent = typeof form.csrf === 'string' ? form.csrf : '';
    const cookie = getCookie(c, LOGIN_COOKIE) ?? '';
    if (!sent || !cookie || !sameSecret(sent, cookie)) {
      return forbidden(c, 'The sign-in form expired or did not come from this site. Open the sign-in page again.');
    }
    const email = typeof form.email === 'string' ? form.email.slice(0, 254) : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const next = safeNext(typeof form.next === 'string' ? form.next : null);
    const r = await signIn(
      ctx.store,
      ctx.limiter,
      {
        email,
        password,
        ip: clientAddress(c, ctx.config.trustProxy),
        userAgent: c.req.header('user-agent') ?? null,
        hours: ctx.config.sessionHours,
      },
      ctx.now(),
    );
    if (!r.ok) {
      const [status, error] = REFUSALS[r.reason];
      return showLogin(c, ctx, { next, email, error, status });
    }
    // Whatever session the browser held before is ended: the new one has a new id.
    const old = sessionToken(c);
    if (old) await ctx.store.accounts.deleteSession(hashToken(old));
    setSessionCookie(c, ctx, r.token);
    deleteCookie(c, LOGIN_COOKIE, { path: '/login', secure: isHttps(c, ctx.config.trustProxy) });
    return c.redirect(next, 303);
  };
}

/** POST /logout: ends this session (with its token checked) and goes back to the sign-in page. */
export function logoutPost(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const who = c.get('who');
    if (who) {
      await ctx.store.accounts.deleteSession(who.session.idHash);
      setFlash(c, ctx, 'You are signed out.');
    }
    clearSessionCookie(c, ctx);
    return c.redirect('/login', 303);
  };
}

/** GET /account: who am I, and my live sessions. */
export function accountPage(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const who = c.get('who')!;
    const sessions = await ctx.store.accounts.listUserSessions(who.user.id);
    return sendPage(c, { title: 'Account', body: accountBody(who, who.user, sessions), flash: takeFlash(c, ctx) });
  };
}

/** POST /account/sign-out-everywhere: ends every session of this user, this one included. */
export function signOutEverywhere(ctx: DeskCtx) {
  return async (c: Context<DeskEnv>) => {
    const who = c.get('who')!;
    const n = await ctx.store.accounts.deleteUserSessions(who.user.id);
    await ctx.store.accounts.addAudit({
      userId: who.user.id,
      action: 'logout-everywhere',
      target: null,
      detail: { sessions: n },
    });
    clearSessionCookie(c, ctx);
    setFlash(c, ctx, `Signed out everywhere (${n} session${n === 1 ? '' : 's'} ended).`);
    return c.redirect('/login', 303);
  };
}
