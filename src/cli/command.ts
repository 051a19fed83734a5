// The shape of one CLI command and the I/O it is given.
import type { Readable, Writable } from 'node:stream';

/** Streams and environment a command runs with (tests pass their own). */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/** One `lantern <name>` command. */
export interface Command {
  name: string;
  /** Full help text, printed by `lantern <name> --help`. */
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
