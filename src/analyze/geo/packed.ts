// The gazetteer's lookup tables packed for a fast start (build/gazetteer.bin): each table's keys sorted for a
// binary search, each key's aliases and each place kept as JSON bytes and parsed the first time a text needs them.
// Loading reads one file and splits three key lists instead of parsing 5 MB of JSON and filling maps of 60,000 keys.
import { GAZETTEER_VERSION, type GazetteerData } from './gazetteer.ts';
import { type AliasRec, type AliasTable, buildTables, type Entry, type GeoIndex, toEntry } from './lookup.ts';
import type { GeoWords } from './words.ts';

/** Bumped whenever the packed layout changes. */
const PACKED_FORMAT = 4;
const TABLES = ['cased', 'lower', 'stems'] as const;
/** Between the keys of a table; no key holds it. */
const SEP = '\n';

/** Byte start and length of each section of the file. */
type Sections = Record<string, [number, number]>;

/** What the file's header (JSON after a 4-byte length) holds: the small tables whole, and where the sections are. */
interface Header {
  format: number;
  gazetteer: number;
  lowerLangs: string[];
  common: [string, string[]][];
  country: [string, number][];
  capital: [string, number][];
  sections: Sections;
}

/** The compiled gazetteer in the packed layout. */
export function pack(data: GazetteerData): Buffer {
  const t = buildTables(data);
  const parts: Buffer[] = [];
  const sections: Sections = {};
  let at = 0;
  const add = (name: string, bytes: Buffer | Uint8Array): void => {
    const pad = (4 - (at % 4)) % 4; // offsets are read as Uint32Array views, which need 4-byte alignment
    if (pad) parts.push(Buffer.alloc(pad));
    at += pad;
    sections[name] = [at, bytes.byteLength];
    parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    at += bytes.byteLength;
  };
  add('filter', t.filter);
  addRecords(add, 'entries', data.entries);
  for (const name of TABLES) {
    const keys = [...t[name].keys()].sort();
    if (keys.some((k) => k.includes(SEP))) throw new Error(`gazetteer key with a line break in ${name}`);
    add(`${name}.keys`, Buffer.from(keys.join(SEP)));
    addRecords(
      add,
      name,
      keys.map((k) => t[name].get(k)!),
    );
  }
  const header: Header = {
    format: PACKED_FORMAT,
    gazetteer: GAZETTEER_VERSION,
    lowerLangs: [...t.lowerLangs],
    common: [...t.common].map(([lang, set]) => [lang, [...set]]),
    country: [...t.country],
    capital: [...t.capital],
    sections,
  };
  const head = Buffer.from(JSON.stringify(header));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  const start = 4 + head.length;
  const lead = Buffer.alloc((4 - (start % 4)) % 4, 0x20); // body starts 4-byte aligned
  return Buffer.concat([size, head, lead, ...parts]);
}

/** Each record as JSON bytes, and the byte offset of each (one more offset than records, for the last one's end). */
function addRecords(add: (name: string, bytes: Uint8Array) => void, name: string, records: unknown[]): void {
  const chunks = records.map((r) => Buffer.from(JSON.stringify(r)));
  const offsets = new Uint32Array(chunks.length + 1);
  chunks.forEach((c, i) => {
    offsets[i + 1] = offsets[i]! + c.length;
  });
  add(`${name}.offsets`, new Uint8Array(offsets.buffer));
  add(`${name}.data`, Buffer.concat(chunks));
}

/** The index over a packed file's bytes, or undefined when they are not a packed gazetteer of this version. */
export function unpack(buf: Buffer, words: GeoWords): GeoIndex | undefined {
  if (buf.length < 4) return undefined;
  const headLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, 4 + headLength)) as Header;
  if (header.format !== PACKED_FORMAT || header.gazetteer !== GAZETTEER_VERSION) return undefined;
  const body = buf.subarray(4 + headLength + ((4 - ((4 + headLength) % 4)) % 4));
  const section = (name: string): Buffer => {
    const [start, length] = header.sections[name] ?? [0, -1];
    if (length < 0 || start + length > body.length) throw new Error(`packed gazetteer: no section ${name}`);
    return body.subarray(start, start + length);
  };
  const entries = records<Entry>(section, 'entries', (row) => toEntry(row as Parameters<typeof toEntry>[0]));
  const table = (name: (typeof TABLES)[number]): AliasTable => {
    const keys = section(`${name}.keys`).toString('utf8');
    return aliasTable(
      keys ? keys.split(SEP) : [],
      records<AliasRec[]>(section, name, (v) => v as AliasRec[]),
    );
  };
  return {
    entry: entries,
    cased: table('cased'),
    lower: table('lower'),
    stems: table('stems'),
    country: new Map(header.country),
    capital: new Map(header.capital),
    lowerLangs: new Set(header.lowerLangs),
    common: new Map(header.common.map(([lang, list]) => [lang, new Set(list)])),
    filter: new Uint8Array(section('filter')),
    words,
  };
}

/** Record i of a section, parsed on first use and then kept, so each call returns the same object. */
function records<T>(section: (name: string) => Buffer, name: string, make: (parsed: unknown) => T): (i: number) => T {
  const offsets = uint32s(section(`${name}.offsets`));
  const data = section(`${name}.data`);
  const made: (T | undefined)[] = [];
  return (i) => {
    let r = made[i];
    if (r === undefined) {
      if (!(i >= 0 && i + 1 < offsets.length)) throw new RangeError(`packed gazetteer: no ${name} record ${i}`);
      r = make(JSON.parse(data.toString('utf8', offsets[i], offsets[i + 1])));
      made[i] = r;
    }
    return r;
  };
}

/** Words remembered per table (hits and misses) before the memo starts over, so a long-running worker stays small. */
const MEMO_LIMIT = 100_000;

/**
 * Aliases by first word: a binary search of the sorted keys (UTF-16 order, as Array.prototype.sort leaves them),
 * its answer remembered, since the same words come back in article after article.
 */
function aliasTable(keys: string[], recs: (i: number) => AliasRec[]): AliasTable {
  const memo = new Map<string, AliasRec[] | null>();
  return {
    get(key) {
      const known = memo.get(key);
      if (known !== undefined) return known ?? undefined;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      const i = search(keys, key);
      const found = i < 0 ? undefined : recs(i);
      memo.set(key, found ?? null);
      return found;
    },
  };
}

function search(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A section of 32-bit offsets as numbers (a view where aligned, else a copy). */
function uint32s(bytes: Buffer): Uint32Array {
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
