// Bytes → text for fetched bodies: the one decoder in lib/encoding.ts (the CLI's `extract` decodes the same way).
import { decodeBytes, headerCharset } from '../lib/encoding.ts';

/** Decodes a fetched body; a wrong or missing charset label falls back sensibly instead of failing. */
export function decodeBody(bytes: Buffer, contentType?: string | null): string {
  return decodeBytes(bytes, contentType).text;
}

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType?: string | null): string | null {
  return headerCharset(contentType)?.toLowerCase() ?? null;
}
