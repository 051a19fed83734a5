// Splits a byte stream into lines with a per-line cap: a line over the cap is counted and skipped as it
// streams past (its bytes are never kept), so one huge line costs no memory and the next line is not lost.

/** One line of input, or the size of a line that was skipped for being too long. */
export type Line = { text: string } | { tooLong: number };

const LF = 0x0a;

/** Lines of `input` (UTF-8, LF or CRLF), each at most `maxBytes`. */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  for await (const raw of input) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    for (let nl = chunk.indexOf(LF); nl !== -1; nl = chunk.indexOf(LF)) {
      const head = chunk.subarray(0, nl);
      size += head.length;
      if (skipping || size > maxBytes) yield { tooLong: size };
      else yield { text: decode([...parts, head]) };
      parts = [];
      size = 0;
      skipping = false;
      chunk = chunk.subarray(nl + 1);
    }
    size += chunk.length;
    if (size > maxBytes) {
      skipping = true;
      parts = [];
    } else if (chunk.length) parts.push(Buffer.from(chunk));
  }
  if (skipping) yield { tooLong: size };
  else if (size > 0) yield { text: decode(parts) };
}

function decode(parts: Buffer[]): string {
  const s = (parts.length === 1 ? parts[0]! : Buffer.concat(parts)).toString('utf8');
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}
