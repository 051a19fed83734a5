// Passwords: argon2id hashes (@node-rs/argon2, OWASP parameters); the clear text is never stored or logged.
import { hash, verify } from '@node-rs/argon2';
import { inputError } from '../lib/errors.ts';

/** Shortest password accepted. */
export const MIN_PASSWORD = 12;
/** Longest password accepted (argon2 takes any length; this bounds the work per request). */
export const MAX_PASSWORD = 256;

// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane (also the package's defaults, said here so they cannot drift).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Throws an input error when a new password is too short, too long or holds control characters. */
export function checkNewPassword(password: string): void {
  if (password.length < MIN_PASSWORD) throw inputError(`password: at least ${MIN_PASSWORD} characters, please`);
  if (password.length > MAX_PASSWORD) throw inputError(`password: at most ${MAX_PASSWORD} characters`);
  if (/[\u0000-\u001f\u007f]/.test(password)) throw inputError('password: control characters are not allowed');
}

/** The argon2id hash (PHC string) of a password that passed checkNewPassword. */
export async function hashPassword(password: string): Promise<string> {
  checkNewPassword(password);
  return hash(password, OPTIONS);
}

// A real hash to verify against when the account is unknown, so that a wrong e-mail costs the same time.
let decoy: Promise<string> | null = null;

/** Whether `password` matches `stored` (false for a malformed hash or an over-long password, never a throw). */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD) return false;
  decoy ??= hash('lantern decoy password', OPTIONS);
  try {
    if (stored === null) {
      await verify(await decoy, password);
      return false;
    }
    return await verify(stored, password);
  } catch {
    return false;
  }
}
