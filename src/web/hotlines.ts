// Hotlines by country from data/hotlines.json, validated on load: every number names the page it came from.
import { readFileSync, statSync } from 'node:fs';
import { inputError } from '../lib/errors.ts';
import { dataPath } from '../lib/paths.ts';
import { isCountryCode } from './labels.ts';

/** Terms a source may state about a line. */
export const HOTLINE_TERMS = ['free', 'confidential', 'anonymous', '24h'] as const;

/** One of HOTLINE_TERMS. */
export type HotlineTerm = (typeof HOTLINE_TERMS)[number];

/** One phone or text line. */
export interface Hotline {
  name: string;
  number: string;
  /** tel: link target: international (+…) or a national short code. */
  tel?: string;
  /** SMS short code, when the line takes texts. */
  text?: string;
  note?: string;
  /** What the source page itself says of the line (free to call, confidential…); absent when it says nothing. */
  terms?: HotlineTerm[];
  /** The page the number was taken from. */
  source: string;
}

/** Where to report in one country. */
export interface CountryHotlines {
  country: string;
  /** When the entry was last compared with its sources (YYYY-MM). */
  checked: string;
  /** Whether a line set up for trafficking or exploitation reports was found. */
  dedicated: boolean;
  /** The emergency number(s), only where a source named them. */
  emergency?: string;
  emergencySource?: string;
  note?: string;
  lines: Hotline[];
}

/** An international organisation or directory (a web contact, no phone number). */
export interface Contact {
  name: string;
  url: string;
  note: string;
  source: string;
}

/** What the page says for a country without its own emergency number. */
export interface Fallback {
  emergency: string;
  source: string;
}

/** The whole hotline file. */
export interface Hotlines {
  checked: string;
  fallback: Fallback;
  international: Contact[];
  countries: CountryHotlines[];
  forCountry(code: string): CountryHotlines | undefined;
}

/** Largest hotline file read (bytes). */
export const MAX_HOTLINES_BYTES = 1_000_000;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** E.164-ish: an optional +, then 3 to 15 digits (national short codes such as 1343 or 116 000 included). */
const TEL = /^\+?\d{3,15}$/;

type Raw = Record<string, unknown>;

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function https(v: unknown): boolean {
  return /^https:\/\/[^\s/]+\.[^\s]+$/.test(str(v));
}

function checkLine(where: string, l: Raw): void {
  if (!str(l.name) || !str(l.number)) throw inputError(`${where}: a line lacks a name or number`);
  const at = `${where} "${str(l.name)}"`;
  if (!https(l.source)) throw inputError(`${at} has no https source`);
  if (l.tel !== undefined && !TEL.test(str(l.tel)))
    throw inputError(`${at}: tel ${JSON.stringify(l.tel)} is not a dialable number (+ and 3–15 digits)`);
  if (l.text !== undefined && !/^\d{3,10}$/.test(str(l.text))) throw inputError(`${at}: bad text short code`);
  if (l.terms !== undefined && !Array.isArray(l.terms)) throw inputError(`${at}: terms must be a list`);
  for (const t of (l.terms as unknown[] | undefined) ?? [])
    if (!(HOTLINE_TERMS as readonly unknown[]).includes(t))
      throw inputError(`${at}: unknown term ${JSON.stringify(t)} (${HOTLINE_TERMS.join(', ')})`);
}

function checkCountry(file: string, c: Raw, seen: Set<string>): void {
  const code = str(c.country);
  if (!/^[A-Z]{2}$/.test(code) || !isCountryCode(code))
    throw inputError(`${file}: bad country code ${JSON.stringify(c.country)} (ISO 3166-1 alpha-2, upper case)`);
  if (seen.has(code)) throw inputError(`${file}: ${code} appears twice`);
  seen.add(code);
  const where = `${file}: ${code}`;
  if (!MONTH.test(str(c.checked))) throw inputError(`${where}: checked ${JSON.stringify(c.checked)} is not YYYY-MM`);
  if (typeof c.dedicated !== 'boolean') throw inputError(`${where}: dedicated must be true or false`);
  if (c.emergency !== undefined && (!str(c.emergency) || !https(c.emergencySource)))
    throw inputError(`${where}: an emergency number needs an https emergencySource`);
  if (!Array.isArray(c.lines)) throw inputError(`${where}: lines must be a list`);
  if (c.dedicated && !c.lines.length) throw inputError(`${where}: dedicated but no line`);
  for (const l of c.lines) checkLine(where, (l ?? {}) as Raw);
}

function checkTop(file: string, d: Raw): void {
  if (!MONTH.test(str(d.checked))) throw inputError(`${file}: checked ${JSON.stringify(d.checked)} is not YYYY-MM`);
  const fb = (d.fallback ?? {}) as Raw;
  if (!str(fb.emergency) || !https(fb.source))
    throw inputError(`${file}: fallback needs emergency and an https source`);
  if (!Array.isArray(d.international) || !d.international.length)
    throw inputError(`${file}: international needs at least one contact`);
  for (const i of d.international as Raw[])
    if (!str(i.name) || !https(i.url) || !https(i.source) || !str(i.note))
      throw inputError(
        `${file}: international contact ${JSON.stringify(i.name)} needs name, note, https url and source`,
      );
  if (!Array.isArray(d.countries)) throw inputError(`${file}: countries must be a list`);
}

/** Loads and checks the hotline file; a clear input error names the first bad entry. */
export function loadHotlines(file = dataPath('hotlines.json')): Hotlines {
  if (statSync(file).size > MAX_HOTLINES_BYTES) throw inputError(`${file}: larger than ${MAX_HOTLINES_BYTES} bytes`);
  let data: Raw;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Raw;
  } catch (err) {
    throw inputError(`${file}: not JSON (${(err as Error).message})`);
  }
  if (!data || typeof data !== 'object') throw inputError(`${file}: not an object`);
  checkTop(file, data);
  const seen = new Set<string>();
  for (const c of data.countries as Raw[]) checkCountry(file, (c ?? {}) as Raw, seen);
  const d = data as unknown as Omit<Hotlines, 'forCountry'>;
  const by = new Map(d.countries.map((c) => [c.country, c]));
  return {
    checked: d.checked,
    fallback: d.fallback,
    international: d.international,
    countries: d.countries,
    forCountry: (code) => by.get(code.toUpperCase()),
  };
}
