// Redaction: every identifying detail a privacy flag found is replaced on public text ("[name withheld]"). Pure.
import { escapeRegExp } from '../../lib/text/regexp.ts';
import type { Flag } from '../../model/analysis.ts';

/** What a redacted detail becomes on public pages, by what it identified. */
export const WITHHELD = {
  name: '[name withheld]',
  address: '[address withheld]',
  school: '[school withheld]',
  caption: '[name withheld]',
  detail: '[detail withheld]',
} as const;

/** One text to withhold and what replaces it. */
export interface Withhold {
  text: string;
  label: string;
}

/** Longest text a single flag may withhold (longer quotes are a mis-parse, not a name). */
const MAX_TERM = 200;
const LEADING_NAME = /^\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,3}/u;
const STREET = /^\d{1,5}[A-Za-z]? (.+)$/u;

/** What a privacy flag identifies: its `what`, else read from its note (analyses stored before `what` existed). */
export function withheldKind(flag: Flag): keyof typeof WITHHELD {
  if (flag.what) return flag.what;
  const note = flag.note ?? '';
  if (/address/i.test(note)) return 'address';
  if (/school/i.test(note)) return 'school';
  if (/named|name/i.test(note)) return 'name';
  return 'detail';
}

/**
 * The texts to withhold for these flags, longest first: a name also by each of its words (a later "Amina" or
 * "Hassan" alone), an address also without its house number. Language flags withhold nothing.
 */
export function withholdings(flags: readonly Flag[]): Withhold[] {
  const out = new Map<string, string>();
  const put = (text: string, label: string) => {
    const t = text.trim().replace(/[\s,;:(]+$/u, '');
    if (t.length >= 2 && t.length <= MAX_TERM && !out.has(t)) out.set(t, label);
  };
  for (const f of flags) {
    if (f.kind !== 'privacy' || typeof f.quote !== 'string') continue;
    const kind = withheldKind(f);
    const label = WITHHELD[kind];
    if (kind === 'name' || kind === 'caption') {
      const name = LEADING_NAME.exec(f.quote.trim())?.[0] ?? f.quote;
      put(name, label);
      for (const word of name.split(/[ -]/)) if (word.length >= 3) put(word, label);
    } else {
      put(f.quote, label);
      const street = kind === 'address' ? STREET.exec(f.quote.trim()) : null;
      if (street) put(street[1]!, label);
    }
  }
  return [...out].map(([text, label]) => ({ text, label })).sort((a, b) => b.text.length - a.text.length);
}

/** The text with every flagged identifying detail replaced by what withholds it ("[name withheld]"). */
export function redact(text: string, flags: readonly Flag[]): string {
  return redactWith(text, withholdings(flags));
}

/** The text with each withheld text (whole words, any spacing, exact letter case) replaced by its label. */
export function redactWith(text: string, list: readonly Withhold[]): string {
  if (!list.length || !text) return text;
  const labels = new Map(list.map((w) => [squash(w.text), w.label]));
  const alt = list.map((w) => escapeRegExp(w.text).replace(/\s+/g, '\\s+')).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(re, (m) => labels.get(squash(m)) ?? WITHHELD.detail);
}

/** The privacy flags of several analyses together (a story's reports: a name one flags is withheld in all). */
export function privacyFlagsOf(analyses: readonly ({ flags?: Flag[] } | null | undefined)[]): Flag[] {
  return analyses.flatMap((a) => (a?.flags ?? []).filter((f) => f.kind === 'privacy'));
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}
