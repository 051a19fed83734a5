// Reading a password for the CLI: a prompt without echo on a terminal, else the first line of standard input.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { usageError } from '../lib/errors.ts';
import type { CliIo } from './command.ts';

/** Most bytes read from standard input for a password. */
const MAX_STDIN = 4096;

/** Options that would put a password on the command line, refused by name. */
export const PASSWORD_FLAGS = /^--?(p|pw|pass|passwd|password)(=|$)/i;

/** Throws a usage error when argv tries to pass a password (it would land in shell history and `ps`). */
export function refusePasswordArgument(command: string, argv: string[]): void {
  if (argv.some((a) => PASSWORD_FLAGS.test(a)))
    throw usageError(
      `${command}: a password is never taken as an argument (shell history and process lists keep it); type it at the prompt or pipe it on standard input`,
    );
}

/** The new password: asked twice without echo on a terminal, else read as the first line of standard input. */
export async function readNewPassword(io: CliIo): Promise<string> {
  if (!io.isTTY) return firstLine(io);
  const first = await prompt(io, 'New password: ');
  const again = await prompt(io, 'Again: ');
  if (first !== again) throw usageError('the two passwords differ; nothing was changed');
  return first;
}

async function firstLine(io: CliIo): Promise<string> {
  let text = '';
  for await (const chunk of io.stdin) {
    text += String(chunk);
    if (text.length > MAX_STDIN || text.includes('\n')) break;
  }
  const line = text.slice(0, MAX_STDIN).split(/\r?\n/)[0] ?? '';
  if (!line) throw usageError('expected the password on the first line of standard input (or run in a terminal)');
  return line;
}

function prompt(io: CliIo, question: string): Promise<string> {
  io.stderr.write(question);
  // Typed characters go nowhere: the password is not echoed.
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: io.stdin, output: muted, terminal: true });
  return new Promise((resolve) => {
    rl.once('line', (line) => {
      rl.close();
      io.stderr.write('\n');
      resolve(line);
    });
  });
}
