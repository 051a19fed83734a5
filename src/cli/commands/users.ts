// `lantern users add|list|remove|reset-password`: desk accounts (passwords from a prompt or stdin, never argv).
import { hashPassword } from '../../accounts/passwords.ts';
import { inputError, usageError } from '../../lib/errors.ts';
import { ROLES, type Role, type User } from '../../model/records.ts';
import type { Store } from '../../store/store.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../command.ts';
import { readNewPassword, refusePasswordArgument } from '../password-input.ts';
import { withStore } from '../store-io.ts';

/** Manages desk accounts. */
export const usersCommand: Command = {
  name: 'users',
  help: `
Usage: lantern users add EMAIL --role editor|admin|viewer [--name NAME]
       lantern users list [--json]
       lantern users remove EMAIL|ID
       lantern users reset-password EMAIL|ID

Accounts sign in to the editorial desk at /desk:
  viewer   reads the review queue and stories
  editor   also publishes, rejects, corrects, edits, merges, splits and removes stories
  admin    also reads the audit log

The password is never an argument: in a terminal you are asked for it twice
(nothing is shown as you type); otherwise the first line of standard input is
read, e.g.  printf '%s\\n' "$PW" | lantern users add ed@example.org --role editor
At least 12 characters. It is stored only as an argon2id hash.

reset-password also ends the account's sessions and lifts a lockout.
Exit codes: 0 ok, 1 bad usage or input, 2 internal error.
`,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const handler = sub ? SUBCOMMANDS[sub] : undefined;
    if (!handler) throw usageError('users: expected add, list, remove or reset-password (see: lantern users --help)');
    refusePasswordArgument(`users ${sub}`, rest);
    return handler(rest, io);
  },
};

type Sub = (argv: string[], io: CliIo) => Promise<number>;

const SUBCOMMANDS: Record<string, Sub> = {
  async add(argv, io) {
    const { values, positionals } = parseCommandArgs('users add', argv, {
      role: { type: 'string' },
      name: { type: 'string' },
    });
    if (positionals.length !== 1) throw usageError('users add: expected one EMAIL');
    const role = roleOf(values.role);
    // Asked before the store is opened, so a typo at the prompt leaves nothing half done.
    const passwordHash = await hashPassword(await readNewPassword(io));
    return withStore(io, async (store) => {
      const email = positionals[0]!;
      const name = (values.name ?? email.split('@')[0] ?? email).slice(0, 100);
      const user = await store.accounts.addUser({ email, name, role, passwordHash });
      await store.accounts.addAudit({ userId: null, action: 'user-add', target: `user:${user.id}`, detail: { role } });
      io.stdout.write(`added ${user.role} #${user.id} ${user.email}\n`);
      return 0;
    });
  },

  async list(argv, io) {
    const { values, positionals } = parseCommandArgs('users list', argv, { json: { type: 'boolean' } });
    if (positionals.length) throw usageError('users list: takes no arguments');
    return withStore(io, async (store) => {
      const users = (await store.accounts.listUsers()).map(publicFields);
      if (values.json) io.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
      else io.stdout.write(table(users));
      return 0;
    });
  },

  async remove(argv, io) {
    const { positionals } = parseCommandArgs('users remove', argv, {});
    if (positionals.length !== 1) throw usageError('users remove: expected one EMAIL or ID');
    return withStore(io, async (store) => {
      const user = await findUser(store, positionals[0]!);
      await store.accounts.removeUser(user.id);
      await store.accounts.addAudit({ userId: null, action: 'user-remove', target: `user:${user.id}`, detail: null });
      io.stdout.write(`removed #${user.id} ${user.email} (and their sessions)\n`);
      return 0;
    });
  },

  async 'reset-password'(argv, io) {
    const { positionals } = parseCommandArgs('users reset-password', argv, {});
    if (positionals.length !== 1) throw usageError('users reset-password: expected one EMAIL or ID');
    // Check the account exists before asking for a password.
    await withStore(io, (store) => findUser(store, positionals[0]!));
    const passwordHash = await hashPassword(await readNewPassword(io));
    return withStore(io, async (store) => {
      const user = await findUser(store, positionals[0]!);
      await store.accounts.updateUser(user.id, { passwordHash, failedLogins: 0, lockedUntil: null });
      const ended = await store.accounts.deleteUserSessions(user.id);
      await store.accounts.addAudit({
        userId: null,
        action: 'password-reset',
        target: `user:${user.id}`,
        detail: null,
      });
      io.stdout.write(`new password set for #${user.id} ${user.email}; ${ended} session(s) ended\n`);
      return 0;
    });
  },
};

function roleOf(value: string | undefined): Role {
  if (!value) throw usageError(`users add: --role is required (${ROLES.join(', ')})`);
  if (!(ROLES as readonly string[]).includes(value))
    throw usageError(`users add: --role "${value}": expected ${ROLES.join(', ')}`);
  return value as Role;
}

async function findUser(store: Store, key: string): Promise<User> {
  const user = /^\d+$/.test(key) ? await store.accounts.getUser(Number(key)) : await store.accounts.getUserByEmail(key);
  if (!user) throw inputError(`${key}: no such user`);
  return user;
}

/** What `list` shows: never the hash. */
function publicFields(u: User) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, disabled: u.disabled, lockedUntil: u.lockedUntil };
}

function table(users: ReturnType<typeof publicFields>[]): string {
  if (!users.length) return 'no users yet: lantern users add EMAIL --role admin\n';
  const rows = users.map((u) => {
    const state = u.disabled ? 'disabled' : u.lockedUntil && Date.parse(u.lockedUntil) > Date.now() ? 'locked' : '';
    return `${String(u.id).padStart(4)}  ${u.role.padEnd(6)}  ${u.email}${state ? `  (${state})` : ''}`;
  });
  return `${rows.join('\n')}\n`;
}
