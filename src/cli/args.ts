// Argument parsing on node:util parseArgs, with usage errors that name the bad option.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { usageError } from '../lib/errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv strictly; unknown options become a usage error. */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw usageError(`${command}: ${(err as Error).message.split('\n')[0]} (see: lantern ${command} --help)`);
  }
}
