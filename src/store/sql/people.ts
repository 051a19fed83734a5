// Users, sessions, audit events and the key/value meta table.
import { inputError } from '../../lib/errors.ts';
import { type AuditEvent, ROLES, type Role, type Session, type User } from '../../model/records.ts';
import { fromRow, insertParts, setClause } from './columns.ts';
import type { Db, Row } from './db.ts';
import { isUniqueViolation } from './dialect.ts';
import { clampLimit } from './sources.ts';
import { AUDIT, SESSION, USER } from './tables.ts';

const toUser = (r: Row) => fromRow<User>(USER, r);

/** Creates a user; e-mail addresses are unique, case-insensitively. */
export async function addUser(
  db: Db,
  u: { email: string; name: string; role: Role; passwordHash: string },
): Promise<User> {
  if (typeof u?.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(u.email))
    throw inputError(`user email "${u?.email}": not an address`);
  if (!ROLES.includes(u.role)) throw inputError(`user role "${u.role}": expected ${ROLES.join(', ')}`);
  const rec = {
    ...u,
    email: u.email.toLowerCase(),
    createdAt: new Date().toISOString(),
    disabled: false,
    failedLogins: 0,
    lockedUntil: null,
  };
  const { names, marks, params } = insertParts(USER, rec);
  try {
    return toUser((await db.get(`INSERT INTO users (${names}) VALUES (${marks}) RETURNING *`, params))!);
  } catch (err) {
    if (isUniqueViolation(err)) throw inputError(`user ${rec.email}: already exists`);
    throw err;
  }
}

/** One user by id. */
export async function getUser(db: Db, id: number): Promise<User | null> {
  const r = await db.get('SELECT * FROM users WHERE id = ?', [id]);
  return r ? toUser(r) : null;
}

/** One user by e-mail (case-insensitive). */
export async function getUserByEmail(db: Db, email: string): Promise<User | null> {
  const r = await db.get('SELECT * FROM users WHERE email = ?', [String(email).toLowerCase()]);
  return r ? toUser(r) : null;
}

/** Every user, by id. */
export async function listUsers(db: Db): Promise<User[]> {
  return (await db.all('SELECT * FROM users ORDER BY id')).map(toUser);
}

const UPDATABLE = ['name', 'role', 'passwordHash', 'disabled', 'failedLogins', 'lockedUntil'];

/** Changes name, role, password hash, disabled or the wrong-password state. */
export async function updateUser(db: Db, id: number, patch: Record<string, unknown>): Promise<void> {
  const bad = Object.keys(patch).find((k) => !UPDATABLE.includes(k));
  if (bad) throw inputError(`user: cannot update field "${bad}"`);
  if (patch.role !== undefined && !ROLES.includes(patch.role as Role))
    throw inputError(`user role "${patch.role}": unknown`);
  const { sql, params } = setClause(USER, patch, 'user');
  if (!sql) return;
  if (!(await db.run(`UPDATE users SET ${sql} WHERE id = ?`, [...params, id])))
    throw inputError(`user ${id}: not found`);
}

/** Deletes a user (their sessions and saved searches go with them; audit events keep the id). */
export async function removeUser(db: Db, id: number): Promise<boolean> {
  return (await db.run('DELETE FROM users WHERE id = ?', [id])) > 0;
}

/** Counts one wrong password; the `max`-th in a row locks the account until `lockUntil` and restarts the count. */
export async function recordLoginFailure(
  db: Db,
  id: number,
  opts: { max: number; lockUntil: string },
): Promise<User | null> {
  const r = await db.get(
    `UPDATE users SET
       locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END,
       failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END
     WHERE id = ? RETURNING *`,
    [opts.max, opts.lockUntil, opts.max, id],
  );
  return r ? toUser(r) : null;
}

/** Stores a session. */
export async function addSession(db: Db, s: Session): Promise<void> {
  const rec = { ...s, lastSeenAt: s.lastSeenAt ?? null, userAgent: s.userAgent?.slice(0, 200) ?? null };
  const { names, marks, params } = insertParts(SESSION, rec);
  await db.run(`INSERT INTO sessions (${names}) VALUES (${marks})`, params);
}

/** One session by the hash of its id. */
export async function getSession(db: Db, idHash: string): Promise<Session | null> {
  const r = await db.get('SELECT * FROM sessions WHERE id_hash = ?', [idHash]);
  return r ? fromRow<Session>(SESSION, r) : null;
}

/** Deletes one session. */
export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
}

/** Deletes every session of a user, but `keep` (a session id hash) when given; returns how many. */
export async function deleteUserSessions(db: Db, userId: number, keep?: string): Promise<number> {
  return db.run('DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?', [userId, keep ?? '']);
}

/** A user's live sessions, most recently used first. */
export async function listUserSessions(db: Db, userId: number): Promise<Session[]> {
  const rows = await db.all(
    'SELECT * FROM sessions WHERE user_id = ? ORDER BY COALESCE(last_seen_at, created_at) DESC LIMIT 100',
    [userId],
  );
  return rows.map((r) => fromRow<Session>(SESSION, r));
}

/** Records that a session was used at `at`. */
export async function touchSession(db: Db, idHash: string, at: string): Promise<void> {
  await db.run('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', [at, idHash]);
}

/** Appends an audit event. */
export async function addAudit(db: Db, e: Omit<AuditEvent, 'id' | 'at'> & { at?: string }): Promise<void> {
  if (typeof e?.action !== 'string' || !e.action) throw inputError('audit action: expected a string');
  const rec = {
    ...e,
    userId: e.userId ?? null,
    target: e.target ?? null,
    detail: e.detail ?? null,
    at: e.at ?? new Date().toISOString(),
  };
  const { names, marks, params } = insertParts(AUDIT, rec);
  await db.run(`INSERT INTO audit_events (${names}) VALUES (${marks})`, params);
}

/** Audit events, newest first, before an id when paging. */
export async function listAudit(db: Db, opts: { limit: number; before?: number }): Promise<AuditEvent[]> {
  const rows = await db.all('SELECT * FROM audit_events WHERE id < ? ORDER BY id DESC LIMIT ?', [
    opts.before ?? 2 ** 31 - 1,
    clampLimit(opts.limit),
  ]);
  return rows.map((r) => fromRow<AuditEvent>(AUDIT, r));
}

/** A meta value. */
export async function getMeta(db: Db, key: string): Promise<string | null> {
  return (await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]))?.value ?? null;
}

/** Sets a meta value. */
export async function setMeta(db: Db, key: string, value: string): Promise<void> {
  await db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
    key,
    value,
  ]);
}
