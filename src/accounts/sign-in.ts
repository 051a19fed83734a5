// Signing in: per-address rate limit, per-account lockout, argon2id check, a fresh session, an audit event each.
import type { User } from '../model/records.ts';
import type { AccountStore } from '../store/roles/accounts.ts';
import { verifyPassword } from './passwords.ts';
import { startSession } from './sessions.ts';

/** Wrong passwords in a row that lock an account. */
export const MAX_FAILURES = 5;
/** How long a locked account stays locked (ms). */
export const LOCK_MS = 15 * 60 * 1000;
/** Sign-in attempts one address may make per window. */
export const ATTEMPTS_PER_WINDOW = 10;
/** The rate-limit window (ms). */
export const WINDOW_MS = 15 * 60 * 1000;
/** Longest e-mail address read. */
const MAX_EMAIL = 254;

/** Attempts per client address in fixed windows, in this process's memory (bounded). */
export class AttemptLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly max = ATTEMPTS_PER_WINDOW,
    private readonly windowMs = WINDOW_MS,
  ) {}

  /** Counts an attempt from `key`; false when it is over the limit. */
  allow(key: string, now = Date.now()): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size >= 10_000) this.prune(now);
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= this.max;
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
    // Still full (a flood of addresses): forget the oldest half rather than grow without bound.
    if (this.windows.size >= 10_000) for (const k of [...this.windows.keys()].slice(0, 5000)) this.windows.delete(k);
  }
}

/** What a sign-in attempt gives. */
export type SignInResult =
  | { ok: true; user: User; token: string; csrfToken: string }
  | { ok: false; reason: 'invalid' | 'locked' | 'rate' };

/** The Store methods signing in uses. */
export interface SignInStore {
  accounts: Pick<
    AccountStore,
    | 'getUserByEmail'
    | 'recordLoginFailure'
    | 'updateUser'
    | 'addAudit'
    | 'addSession'
    | 'getSession'
    | 'deleteSession'
    | 'touchSession'
    | 'getUser'
    | 'deleteUserSessions'
  >;
}

/** Checks e-mail and password and starts a new session; failures say no more than "invalid" or "locked". */
export async function signIn(
  store: SignInStore,
  limiter: AttemptLimiter,
  input: { email: string; password: string; ip: string; userAgent: string | null; hours: number },
  now = new Date(),
): Promise<SignInResult> {
  if (!limiter.allow(input.ip, now.getTime())) {
    await store.accounts.addAudit({
      userId: null,
      action: 'login-rate-limited',
      target: null,
      detail: { ip: input.ip },
    });
    return { ok: false, reason: 'rate' };
  }
  const email = input.email.trim().slice(0, MAX_EMAIL);
  const user = email ? await store.accounts.getUserByEmail(email) : null;
  const usable = user && !user.disabled ? user : null;
  if (usable?.lockedUntil && Date.parse(usable.lockedUntil) > now.getTime()) {
    await store.accounts.addAudit({
      userId: usable.id,
      action: 'login-locked',
      target: null,
      detail: { ip: input.ip },
    });
    return { ok: false, reason: 'locked' };
  }
  if (!(await verifyPassword(usable?.passwordHash ?? null, input.password)) || !usable) {
    if (usable) await countFailure(store, usable, input.ip, now);
    else
      await store.accounts.addAudit({ userId: null, action: 'login-failed', target: null, detail: { ip: input.ip } });
    return { ok: false, reason: 'invalid' };
  }
  if (usable.failedLogins || usable.lockedUntil)
    await store.accounts.updateUser(usable.id, { failedLogins: 0, lockedUntil: null });
  const { token, session } = await startSession(store, usable, { hours: input.hours, userAgent: input.userAgent, now });
  await store.accounts.addAudit({ userId: usable.id, action: 'login', target: null, detail: { ip: input.ip } });
  return { ok: true, user: usable, token, csrfToken: session.csrfToken };
}

async function countFailure(store: SignInStore, user: User, ip: string, now: Date): Promise<void> {
  const lockUntil = new Date(now.getTime() + LOCK_MS).toISOString();
  const after = await store.accounts.recordLoginFailure(user.id, { max: MAX_FAILURES, lockUntil });
  const locked = after?.lockedUntil === lockUntil;
  await store.accounts.addAudit({
    userId: user.id,
    action: locked ? 'account-locked' : 'login-failed',
    target: null,
    detail: { ip },
  });
}
