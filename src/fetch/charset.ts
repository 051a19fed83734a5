// Bytes → text: BOM, then the Content-Type charset, then the XML declaration or HTML <meta>, then UTF-8 (or windows-1252 when not UTF-8).
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Decodes a fetched body; a wrong or missing charset label falls back sensibly instead of failing. */
export function decodeBody(bytes: Buffer, contentType?: string | null): string {
  const bom = sniffBom(bytes);
  if (bom) return iconv.decode(bytes.subarray(bom.length), bom.encoding);
  const declared = charsetOf(contentType) ?? declaredInDocument(bytes);
  if (declared && iconv.encodingExists(declared) && !isUtf8Label(declared)) {
    // A page labelled latin-1 that is really UTF-8 is common; trust valid multi-byte UTF-8 over the label.
    if (looksUtf8(bytes) && hasHighBytes(bytes)) return bytes.toString('utf8');
    return iconv.decode(bytes, declared);
  }
  if (looksUtf8(bytes)) return bytes.toString('utf8');
  return iconv.decode(bytes, 'windows-1252');
}

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType?: string | null): string | null {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function sniffBom(b: Buffer): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf16be', length: 2 };
  return null;
}

function declaredInDocument(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

function isUtf8Label(label: string): boolean {
  return /^utf-?8$/i.test(label);
}

function hasHighBytes(b: Buffer): boolean {
  for (const x of b) if (x >= 0x80) return true;
  return false;
}

function looksUtf8(b: Buffer): boolean {
  return isUtf8(b);
}
