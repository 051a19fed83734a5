// Bytes → HTML string for the CLI: the one decoder in lib/encoding.ts, under the names extract's callers use.
import { decodeBytes } from '../lib/encoding.ts';

/** Decodes a page's bytes to a string; contentType is the HTTP Content-Type header when known. Pure. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  return decodeBytes(bytes, contentType).text;
}

/** Like decodeHtml, and says which charset was used. Pure. */
export function decodeHtmlWithCharset(
  bytes: Uint8Array,
  contentType?: string | null,
): { html: string; charset: string } {
  const { text, charset } = decodeBytes(bytes, contentType);
  return { html: text, charset };
}
