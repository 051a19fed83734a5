// Desk sessions: a random token in the cookie, only its SHA-256 in the store; absolute and idle expiry.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Session, User } from '../model/records.ts';
import type { AccountStore } from '../store/roles/accounts.ts';

/** A session ends this long after its last use, whatever its absolute expiry (ms). */
export const IDLE_MS = 2 * 60 * 60 * 1000;
/** Last-seen is written at most this often (ms), so reading a page is not a write each time. */
const TOUCH_EVERY_MS = 60 * 1000;

/** The Store methods sessions use. */
export interface SessionStore {
  accounts: Pick<
    AccountStore,
    'addSession' | 'getSession' | 'deleteSession' | 'touchSession' | 'getUser' | 'deleteUserSessions'
  >;
}

/** A new random token (32 bytes, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a session token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two secrets in constant time (false when lengths differ). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Starts a session for a user; returns the token for the cookie (never stored) and the stored session. */
export async function startSession(
  store: SessionStore,
  user: User,
  opts: { hours: number; userAgent: string | null; now?: Date },
): Promise<{ token: string; session: Session }> {
  const now = opts.now ?? new Date();
  const token = newToken();
  const session: Session = {
    idHash: hashToken(token),
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + opts.hours * 3600_000).toISOString(),
    csrfToken: newToken(),
    lastSeenAt: now.toISOString(),
    userAgent: opts.userAgent?.slice(0, 200) ?? null,
  };
  await store.accounts.addSession(session);
  return { token, session };
}

/** The signed-in user and session for a cookie token, or null when unknown, expired, idle too long or disabled. */
export async function resumeSession(
  store: SessionStore,
  token: string | undefined,
  now = new Date(),
): Promise<{ user: User; session: Session } | null> {
  if (!token || token.length > 100) return null;
  const session = await store.accounts.getSession(hashToken(token));
  if (!session) return null;
  const last = Date.parse(session.lastSeenAt ?? session.createdAt);
  if (Date.parse(session.expiresAt) <= now.getTime() || now.getTime() - last > IDLE_MS) {
    await store.accounts.deleteSession(session.idHash);
    return null;
  }
  const user = await store.accounts.getUser(session.userId);
  if (!user || user.disabled) return null;
  if (now.getTime() - last > TOUCH_EVERY_MS) await store.accounts.touchSession(session.idHash, now.toISOString());
  return { user, session };
}
