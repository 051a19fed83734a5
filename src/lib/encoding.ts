// Bytes → text, one set of rules for every reader (the CLI's files and the monitor's fetches): a byte-order mark,
// then the HTTP Content-Type charset, then <meta charset> or the XML declaration, then sniffing (UTF-8, else
// windows-1252); labels mapped as browsers map them (WHATWG), decoded with iconv-lite.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** How many leading bytes are searched for a <meta> or XML charset declaration. */
const DECLARATION_SCAN_BYTES = 4096;

/** Charset labels that browsers treat as another encoding (WHATWG encoding standard). */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
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

/** Decoded text and the charset used. */
export interface Decoded {
  text: string;
  charset: string;
}

/** Decodes a page's bytes; contentType is the HTTP Content-Type header when known. Never throws on a bad label. */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomCharset(buf);
  if (bom) return { text: iconv.decode(buf.subarray(bom === 'utf-8' ? 3 : 2), bom), charset: bom };
  const declared = usable(headerCharset(contentType)) ?? usable(declaredInDocument(buf));
  const charset = chooseCharset(buf, declared);
  return { text: charset === 'utf-8' ? buf.toString('utf8') : iconv.decode(buf, charset), charset };
}

/** The charset parameter of a Content-Type header, as written, or null. */
export function headerCharset(contentType?: string | null): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

/** A declared label wins, except that valid multi-byte UTF-8 labelled as a legacy charset is UTF-8 (common). */
function chooseCharset(buf: Buffer, declared: string | null): string {
  const utf8 = isUtf8(buf);
  if (declared && declared !== 'utf-8') return utf8 && hasHighBytes(buf) ? 'utf-8' : declared;
  if (declared === 'utf-8' || utf8) return 'utf-8';
  return 'windows-1252';
}

function bomCharset(buf: Buffer): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

function declaredInDocument(buf: Buffer): string | null {
  const head = buf.subarray(0, DECLARATION_SCAN_BYTES).toString('latin1');
  const m =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

/** A label as the charset to decode with, or null when iconv-lite does not know it. */
function usable(label: string | null): string | null {
  if (!label) return null;
  const l = label.toLowerCase();
  const name = ALIASES[l] ?? l;
  // A page that says UTF-16 in a label but has no BOM is ASCII-compatible in practice.
  if (name.startsWith('utf-16')) return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

function hasHighBytes(buf: Buffer): boolean {
  for (const x of buf) if (x >= 0x80) return true;
  return false;
}
