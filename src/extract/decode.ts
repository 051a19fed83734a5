// Bytes → HTML string: charset from the HTTP header, a BOM, <meta charset> or sniffing, decoded with iconv-lite.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** How many leading bytes are searched for a <meta> charset declaration. */
const META_SCAN_BYTES = 4096;

/** Charset labels that browsers treat as another encoding (WHATWG encoding standard). */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'ks_c_5601-1987': 'euc-kr',
  'iso-8859-9': 'windows-1254',
  'tis-620': 'windows-874',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

/** Decodes a page's bytes to a string; contentType is the HTTP Content-Type header when known. Pure. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  return decodeHtmlWithCharset(bytes, contentType).html;
}

/** Like decodeHtml, and says which charset was used. Pure. */
export function decodeHtmlWithCharset(
  bytes: Uint8Array,
  contentType?: string | null,
): { html: string; charset: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomCharset(buf);
  const charset = bom ?? usable(headerCharset(contentType)) ?? usable(metaCharset(buf)) ?? sniff(buf);
  const start = bom === 'utf-8' ? 3 : bom ? 2 : 0;
  return { html: iconv.decode(buf.subarray(start), charset), charset };
}

function bomCharset(buf: Buffer): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

function headerCharset(contentType?: string | null): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

function metaCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, META_SCAN_BYTES).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

function usable(label: string | null): string | null {
  if (!label) return null;
  const l = label.toLowerCase();
  const name = ALIASES[l] ?? l;
  // A page that says UTF-16 in a meta tag but has no BOM is ASCII-compatible in practice.
  if (name.startsWith('utf-16')) return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

/** No declaration: UTF-8 when the bytes are valid UTF-8, else windows-1252 (the web's default). */
function sniff(buf: Buffer): string {
  return isUtf8(buf) ? 'utf-8' : 'windows-1252';
}
