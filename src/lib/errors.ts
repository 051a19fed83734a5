// One error type for the whole program; the CLI maps its kind to an exit code.

/** usage and input errors are the caller's to fix (exit 1); internal ones are ours (exit 2). */
export type ErrorKind = 'usage' | 'input' | 'internal';

/** An expected failure with a message that says what, where and why. */
export class LanternError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'LanternError';
  }
}

/** Shorthand for an input error. */
export function inputError(message: string): LanternError {
  return new LanternError('input', message);
}

/** Shorthand for a usage error. */
export function usageError(message: string): LanternError {
  return new LanternError('usage', message);
}

/** The message of any thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
