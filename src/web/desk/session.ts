// The desk's session cookie: HttpOnly, SameSite=Lax, Path=/, Secure over https; read once per request.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { resumeSession, sameSecret } from '../../accounts/sessions.ts';
import type { DeskCtx, DeskEnv, SignedIn } from './context.ts';
import { isHttps } from './http.ts';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'lantern_session';

/** Sets the session cookie for a new session (lives as long as the session's absolute lifetime). */
export function setSessionCookie(c: Context, ctx: DeskCtx, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c, ctx.config.trustProxy),
    maxAge: Math.round(ctx.config.sessionHours * 3600),
  });
}

/** Clears the session cookie in the browser. */
export function clearSessionCookie(c: Context, ctx: DeskCtx): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c, ctx.config.trustProxy) });
}

/** The session token the browser sent, if any. */
export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/** Resumes the session named by the cookie (expired or idle ones end) and sets `who` for the handlers. */
export function loadSession(ctx: DeskCtx): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    const token = sessionToken(c);
    const who = token ? await resumeSession(ctx.store, token, ctx.now()) : null;
    // A stale cookie is dropped so the browser stops sending it.
    if (token && !who) clearSessionCookie(c, ctx);
    c.set('who', who);
    await next();
  };
}

/** Whether a form's synchronizer token is this session's (compared in constant time). */
export function tokenMatches(who: SignedIn, sent: unknown): boolean {
  return typeof sent === 'string' && sent.length > 0 && sameSecret(sent, who.session.csrfToken);
}
