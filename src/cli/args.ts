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

/** Reads all of a stream as UTF-8 with a byte cap. */
export async function readAll(stream: NodeJS.ReadableStream, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw usageError(`${what}: larger than ${maxBytes} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
