// Streams JSON Lines: one result line per input line, in order, a bad line never stops the batch.
import type { Writable } from 'node:stream';
import { messageOf } from './errors.ts';
import { readLines } from './lines.ts';

/** Longest input line accepted (a 20 MB page plus JSON escaping). */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** Handles one parsed line; returns the object to print (its id is echoed by the caller). */
export type LineHandler = (row: Record<string, unknown>, lineNo: number) => Promise<object> | object;

/** Reads JSONL from input and writes one JSON line per non-empty input line to output. */
export async function mapJsonl(
  input: NodeJS.ReadableStream,
  output: Writable,
  handle: LineHandler,
  maxLineBytes = MAX_LINE_BYTES,
): Promise<number> {
  let lineNo = 0;
  let count = 0;
  for await (const line of readLines(input as AsyncIterable<Buffer>, maxLineBytes)) {
    lineNo++;
    if ('text' in line && !line.text.trim()) continue;
    const result =
      'text' in line
        ? await handleLine(line.text, lineNo, handle)
        : { id: null, error: `line ${lineNo}: longer than ${maxLineBytes} bytes (${line.tooLong} bytes), skipped` };
    count++;
    if (!output.write(`${JSON.stringify(result)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return count;
}

async function handleLine(line: string, lineNo: number, handle: LineHandler): Promise<object> {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `line ${lineNo}: not valid JSON (${messageOf(err)})` };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { id: null, error: `line ${lineNo}: expected a JSON object` };
  }
  const id = (row as Record<string, unknown>).id ?? null;
  try {
    return { id, ...(await handle(row as Record<string, unknown>, lineNo)) };
  } catch (err) {
    return { id, error: `line ${lineNo}: ${messageOf(err)}` };
  }
}
