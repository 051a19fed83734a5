// Victim privacy: flags details that could identify a victim (a named child with an age, a named victim, an address, a school).
import { escapeRegExp } from '../../lib/text/regexp.ts';
import type { Flag } from '../../model/analysis.ts';

interface PrivacyRule {
  re: RegExp;
  note: string;
  what: NonNullable<Flag['what']>;
  /** Only when children are among the victims. */
  minorsOnly?: boolean;
  /** Words one of which must be in the text for the rule to run (a cheap test before the expression). */
  hints?: string[];
  /** A cheap expression the text must match for the rule to run (a necessary part of `re`). */
  pre?: RegExp;
  /** Capture group holding the quote (default: the whole match). */
  group?: number;
  check?: (m: RegExpExecArray) => boolean;
}

const NAME = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}`;
/** Words that look like names at the start of a sentence but are not. */
const NOT_NAMES = new Set(
  'On In The A An Last Since About Police Some Of Aged Between And Boy Girl Child Teen Teenager Victim Woman Man Mother Father Son Daughter Student Pupil Minor Survivor'.split(
    ' ',
  ),
);

/** Street words after a house number ("12 Market Street") and before a name and number ("Calle Mayor 5"). */
const STREET_AFTER = [
  'Street',
  'St.',
  'Road',
  'Rd.',
  'Avenue',
  'Ave.',
  'Lane',
  'Drive',
  'Close',
  'Crescent',
  'Boulevard',
  'Blvd.',
];
const STREET_BEFORE = ['Calle', 'Rua', 'Via', 'Avenida', 'Jalan', 'Jl.', 'Rue'];
const anyOf = (words: string[]) => words.map(escapeRegExp).join('|');

const RULES: PrivacyRule[] = [
  {
    // "Amina, 14, was ..." / "Amina (14)"
    re: new RegExp(String.raw`(?<![\p{L}])(${NAME})(?:, | \()(\d{1,2})(?:\)|,(?!\s*\d))`, 'gu'),
    pre: /(?:, | \()\d{1,2}[),]/,
    note: 'a child named with their age: check that the victim cannot be identified',
    what: 'name',
    check: (m) => Number(m[2]) < 18 && !NOT_NAMES.has(m[1]!.split(/[ -]/)[0]!),
  },
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:victim|girl|boy|child|survivor|daughter|son|teenager|minor)s?[^.\n]{0,40}?(?:named|identified as|called|known as) (${NAME})`,
      'gu',
    ),
    group: 1,
    hints: ['named', 'identified as', 'called', 'known as'],
    note: 'a victim named in the text: check consent and whether the name should be withheld',
    what: 'name',
  },
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]? (?:\p{Lu}[\p{L}'-]+ ){1,3}(?:${anyOf(STREET_AFTER)})`,
      'gu',
    ),
    hints: STREET_AFTER,
    note: 'an exact address: check that it does not point to a victim or a shelter',
    what: 'address',
  },
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:${anyOf(STREET_BEFORE)}) \p{Lu}[\p{L}' ]{2,40}?,? (?:n[º°o.] ?)?\d{1,5}(?![\p{N}])`,
      'gu',
    ),
    hints: STREET_BEFORE,
    note: 'an exact address: check that it does not point to a victim or a shelter',
    what: 'address',
  },
  {
    re: /(?<![\p{L}])(?:\p{Lu}[\p{L}'.-]+ ){1,4}(?:Primary|Secondary|High|Elementary|Middle|Junior|Senior|Girls'?|Boys'?|Grammar) School/gu,
    minorsOnly: true,
    hints: ['School'],
    note: "a child's school named: check that it does not identify a child victim",
    what: 'school',
  },
  {
    // "Pictured: Amina Hassan" / "(Photo: Amina at her school)" / "Amina Hassan, pictured"
    re: new RegExp(
      String.raw`(?:(?<![\p{L}])(?:Pictured|In the photo|Photo(?:graph)? shows|Photo)[:,]? (${NAME}))|(?:(${NAME}),? (?:pictured|seen here|in the photo))`,
      'gu',
    ),
    hints: ['ictured', 'hoto', 'seen here'],
    note: 'a photo caption naming a person: check that it does not identify a victim',
    what: 'caption',
    check: (m) => !NOT_NAMES.has((m[1] ?? m[2] ?? '').split(/[ -]/)[0]!),
  },
];

/** Each rule's hints as one expression of literal words: one pass over the text instead of one per hint. */
const HINTS = new Map(RULES.map((rule) => [rule, rule.hints && new RegExp(anyOf(rule.hints))]));

/** Flags identifying details for an editor to check; run on relevant texts only. */
export function privacyFlags(text: string, minors: boolean | null): Flag[] {
  const flags: Flag[] = [];
  for (const rule of RULES) {
    if (rule.minorsOnly && minors !== true) continue;
    if (!(HINTS.get(rule)?.test(text) ?? true)) continue;
    if (rule.pre && !rule.pre.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m && flags.length < 10; m = rule.re.exec(text)) {
      if (rule.check && !rule.check(m)) continue;
      const quote = rule.what === 'caption' ? (m[1] ?? m[2])! : rule.group ? m[rule.group]! : m[0];
      const start = rule.group || rule.what === 'caption' ? m.index + m[0].lastIndexOf(quote) : m.index;
      flags.push({ kind: 'privacy', quote, start, end: start + quote.length, note: rule.note, what: rule.what });
    }
  }
  return flags;
}
