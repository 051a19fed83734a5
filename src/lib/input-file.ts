// Reading a user-named file or stream with a byte cap that holds for devices, FIFOs and pipes too
// (they report size 0, so the cap is counted while reading, never trusted from stat).
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { inputError } from './errors.ts';

/** Reads all of `file` ('-' for the given stdin) as bytes; refuses folders and anything over `maxBytes`. */
export async function readInput(file: string, maxBytes: number, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  if (file === '-') return readCapped(stdin, maxBytes, 'standard input');
  const handle = await openInput(file);
  try {
    return await readCapped(handle.createReadStream({ autoClose: false }), maxBytes, file);
  } finally {
    await handle.close();
  }
}

/** A stream of `file` ('-' for stdin), opened up front so a missing file or a folder is a clear input error. */
export async function streamInput(file: string, stdin: NodeJS.ReadableStream): Promise<NodeJS.ReadableStream> {
  if (file === '-') return stdin;
  const handle = await openInput(file);
  return handle.createReadStream() as Readable;
}

/** Reads a stream to its end, failing as soon as it passes `maxBytes` (never buffers more than that). */
export async function readCapped(stream: NodeJS.ReadableStream, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) {
      (stream as Readable).destroy?.();
      throw inputError(`${what}: larger than ${maxBytes} bytes`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function openInput(file: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw inputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const st = await handle.stat();
  if (st.isDirectory()) {
    await handle.close();
    throw inputError(`${file}: is a folder, expected a file`);
  }
  return handle;
}
