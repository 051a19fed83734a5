// Entry point of the CLI: dispatches to a command and maps errors to exit codes (0 ok, 1 usage/input, 2 internal).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanternError, messageOf } from '../lib/errors.ts';
import { ROOT } from '../lib/paths.ts';
import type { CliIo, Command } from './command.ts';
import { COMMANDS } from './commands.ts';

/** Lantern's version, from package.json. */
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** Runs `lantern argv...` and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') return print(io, `lantern ${VERSION}\n`);
  if (!name || name === '--help' || name === '-h' || name === 'help') return print(io, overview());
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`lantern: unknown command "${name}" (see: lantern --help)\n`);
    return 1;
  }
  const loaded = await command.load();
  if (rest.includes('--help') || rest.includes('-h')) return print(io, `${loaded.help.trim()}\n`);
  return runCommand(loaded, rest, io);
}

async function runCommand(command: Command, argv: string[], io: CliIo): Promise<number> {
  try {
    return await command.run(argv, io);
  } catch (err) {
    if (err instanceof LanternError && err.kind !== 'internal') {
      io.stderr.write(`lantern ${command.name}: ${err.message}\n`);
      return 1;
    }
    io.stderr.write(`lantern ${command.name}: internal error: ${messageOf(err)}\n`);
    if (io.env.LANTERN_DEBUG) io.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    return 2;
  }
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `lantern ${VERSION} — trafficking-in-persons news monitor\n\nUsage: lantern <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nOptions:\n  --help, -h     help for lantern or for a command (lantern <command> --help)\n  --version, -V  print the version\n`;
}

function print(io: CliIo, text: string): number {
  io.stdout.write(text);
  return 0;
}

function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTTY: !!process.stdout.isTTY,
  };
}
