// Sending desk pages: the desk shell, refusals (302 to sign in, 403, 413), and the one-shot flash message.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Safe } from '../html.ts';
import type { DeskCtx, DeskEnv } from './context.ts';
import { isHttps } from './http.ts';
import { deskLayout, messageBody } from './views/layout.ts';

/** Cookie carrying the message of the last action to the page after the redirect. */
const FLASH_COOKIE = 'lantern_flash';
/** Longest flash message kept. */
const MAX_FLASH = 300;

/** Sends a desk page in the desk shell. */
export function sendPage(
  c: Context<DeskEnv>,
  p: { title: string; body: Safe; status?: number; flash?: string | null },
): Response {
  const page = deskLayout({
    title: p.title,
    path: c.req.path,
    who: c.get('who') ?? null,
    body: p.body,
    flash: p.flash,
  });
  return c.html(page.toString(), (p.status ?? 200) as 200);
}

/** 302 to the sign-in page, coming back to `next` afterwards. */
export function toLogin(c: Context, next: string): Response {
  return c.redirect(`/login?next=${encodeURIComponent(next)}`, 302);
}

/** The 403 page: signed in, but this role may not do that (or the form's token did not match). */
export function forbidden(c: Context<DeskEnv>, why: string): Response {
  return sendPage(c, {
    title: 'Not allowed',
    body: messageBody('Not allowed', why, ['/desk', 'Back to the desk']),
    status: 403,
  });
}

/** The 413 page for a form post over the size limit. */
export function tooLarge(c: Context<DeskEnv>): Response {
  const why = 'The form was too large (at most 64 KB). Nothing was changed.';
  return sendPage(c, { title: 'Too large', body: messageBody('Form too large', why), status: 413 });
}

/** Keeps a message for the next page the browser loads (HttpOnly, one minute). */
export function setFlash(c: Context, ctx: DeskCtx, message: string): void {
  setCookie(c, FLASH_COOKIE, message.slice(0, MAX_FLASH), {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c, ctx.config.trustProxy),
    maxAge: 60,
  });
}

/** Reads and clears the flash message. */
export function takeFlash(c: Context, ctx: DeskCtx): string | null {
  const v = getCookie(c, FLASH_COOKIE);
  if (v === undefined) return null;
  deleteCookie(c, FLASH_COOKIE, { path: '/', secure: isHttps(c, ctx.config.trustProxy) });
  return v.slice(0, MAX_FLASH) || null;
}
