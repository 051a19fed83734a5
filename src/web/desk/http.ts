// Request facts the desk trusts: the scheme, origin and client address (from X-Forwarded-* only behind a trusted proxy).
import type { Context } from 'hono';
import { hasControls } from '../../lib/text.ts';

/** First value of a comma-separated forwarded header, or null. */
function forwarded(c: Context, name: string): string | null {
  const v = c.req.header(name)?.split(',')[0]?.trim();
  return v ? v.slice(0, 200) : null;
}

/** Whether the browser reached us over https (X-Forwarded-Proto counts only when the proxy is trusted). */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && forwarded(c, 'x-forwarded-proto')?.toLowerCase() === 'https';
}

/** The origin the browser sees (scheme and host), for the CSRF origin check. */
export function requestOrigin(c: Context, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  const host = (trustProxy && forwarded(c, 'x-forwarded-host')) || url.host;
  return `${isHttps(c, trustProxy) ? 'https' : 'http'}://${host}`;
}

/** The client's address: the proxy's last X-Forwarded-For hop when trusted, else the socket's peer. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((h) => h.trim());
    const last = hops.filter(Boolean).at(-1);
    if (last) return last.slice(0, 100);
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** A same-site relative path to go back to after signing in, else /desk (never //host or a scheme). */
export function safeNext(next: string | undefined | null): string {
  if (!next || next.length > 500) return '/desk';
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/desk';
  if (hasControls(next) || next.includes('\\')) return '/desk';
  return next;
}
