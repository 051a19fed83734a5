// The accounts role of the store: desk users, their sessions and the audit log.
import type { AuditEvent, Role, Session, User } from '../../model/records.ts';

/** What may change on a user account. */
export type UserPatch = Partial<
  Pick<User, 'name' | 'role' | 'passwordHash' | 'disabled' | 'failedLogins' | 'lockedUntil'>
>;

/** Users, sessions and the audit log. */
export interface AccountStore {
  addUser(user: { email: string; name: string; role: Role; passwordHash: string }): Promise<User>;
  getUser(id: number): Promise<User | null>;
  getUserByEmail(email: string): Promise<User | null>;
  listUsers(): Promise<User[]>;
  updateUser(id: number, patch: UserPatch): Promise<void>;
  /** Deletes a user with their sessions; false when unknown. */
  removeUser(id: number): Promise<boolean>;
  /** Counts a wrong password; the `max`-th in a row locks the account until `lockUntil` (and restarts the count). */
  recordLoginFailure(id: number, opts: { max: number; lockUntil: string }): Promise<User | null>;
  /** Ends every session of a user but `keep` (an id hash); returns how many ended. */
  deleteUserSessions(userId: number, keep?: string): Promise<number>;
  /** A user's live sessions, most recently used first. */
  listUserSessions(userId: number): Promise<Session[]>;
  /** Records when a session was last used. */
  touchSession(idHash: string, at: string): Promise<void>;
  addSession(session: Session): Promise<void>;
  getSession(idHash: string): Promise<Session | null>;
  deleteSession(idHash: string): Promise<void>;
  addAudit(event: Omit<AuditEvent, 'id' | 'at'> & { at?: string }): Promise<void>;
  listAudit(opts: { limit: number; before?: number }): Promise<AuditEvent[]>;
}
