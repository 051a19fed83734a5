// Victim privacy: flags details that could identify a victim (a named child with an age, a named victim, an address, a school).
// The words are data (data/lexicons/privacy/words.json, by role and language); every language's words are read on
// every text, since a flag must not depend on the detected language.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';
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
  /** Cheap expressions one of which the text must match for the rule to run (a necessary part of `re`). */
  pre?: RegExp | RegExp[];
  /** The language of a naming rule: it runs only where the naming gate found a naming word of that language. */
  lang?: string;
  /**
   * What the character before a match must not be (a letter, a digit): checked after the match, which is cheaper
   * than a lookbehind tried at every position; a match so rejected is tried again one character on.
   */
  after?: RegExp;
  /** Which part of the match to flag, and where it starts (default: the whole match); null drops the match. */
  pick?: (m: RegExpExecArray) => { quote: string; start: number } | null;
  check?: (m: RegExpExecArray) => boolean;
  /** Roles one of whose phrases must be in the text: the rule runs only when the key word of one is among its words. */
  gate?: Role[];
}

/** The roles of data/lexicons/privacy/words.json (see its "$roles"). */
const ROLES = [
  'person',
  'naming',
  'naming_after',
  'name_article',
  'not_names',
  'age_before',
  'age_unit',
  'street_after',
  'street_after_number_last',
  'street_glued',
  'street_before',
  'street_before_number_first',
  'count_after',
  'particle',
  'number_word',
  'school_after',
  'school_before',
  'school_before_number',
  'school_joined',
  'caption_before',
  'caption_after',
] as const;
type Role = (typeof ROLES)[number];
type Words = Record<Role, Record<string, string[]>>;

/** Reads and checks the word file: each role maps languages to lists of words. */
export function loadPrivacyWords(file = dataPath('lexicons', 'privacy', 'words.json')): Words {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out = {} as Words;
  for (const key of Object.keys(raw)) {
    if (!key.startsWith('$') && !(ROLES as readonly string[]).includes(key))
      throw new Error(`privacy/words.json: unknown role ${key}`);
  }
  for (const role of ROLES) {
    const byLang = (raw[role] ?? {}) as Record<string, unknown>;
    out[role] = {};
    for (const [lang, list] of Object.entries(byLang)) {
      if (!Array.isArray(list) || !list.every((w) => typeof w === 'string' && w.trim() === w && w.length > 0))
        throw new Error(`privacy/words.json: ${role}.${lang}: a list of words`);
      out[role][lang] = list as string[];
    }
  }
  for (const role of ['naming', 'naming_after'] as const) {
    for (const lang of Object.keys(out[role])) {
      if (!out.person[lang]?.length) throw new Error(`privacy/words.json: ${role}.${lang} has no person words`);
    }
  }
  return out;
}

const WORDS = loadPrivacyWords();

/** A role's words in every language. */
const all = (role: Role): string[] => [...new Set(Object.values(WORDS[role]).flat())];

/** Apostrophes and Romanian comma letters in their other spellings ("l’image", "fetiţa"), after `plain`. */
const VARIANTS: Record<string, string> = { "'": "['’ʼ]", ș: '[șş]', ț: '[țţ]', Ș: '[ȘŞ]', Ț: '[ȚŢ]' };
const PLAIN: Record<string, string> = { '’': "'", ʼ: "'", ş: 'ș', ţ: 'ț', Ş: 'Ș', Ţ: 'Ț' };

/** A word with its other spellings made one (how words are compared and merged). */
const plain = (word: string) => word.replace(/[’ʼşţŞŢ]/g, (c) => PLAIN[c]!);

interface Trie {
  next: Map<string, Trie>;
  end: boolean;
}

/**
 * Any of the words, as one expression that shares their beginnings ("Photo(?:graph shows| shows)?"): one path per
 * letter is tried, which keeps the long lists cheap. A longer word wins over its beginning, as in an alternation of
 * the words longest first; each word also matches in its other spellings.
 */
function anyOf(words: string[]): string {
  const root: Trie = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const c of plain(word)) {
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const branches = [...node.next].map(([c, child]) => (VARIANTS[c] ?? escapeRegExp(c)) + emit(child));
    if (!branches.length) return '';
    if (node.end) return `(?:${branches.join('|')})?`;
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return emit(root);
}

/** Words that look like names at the start of a sentence but are not. */
const NOT_NAMES = new Set(all('not_names').map(plain));
const notName = (name: string) => NOT_NAMES.has(plain(name.split(/[ -]/)[0]!));

const NAME = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}`;
/** A name that may end with an initial ("Lena M. (14)"), as a minor's name often is given. */
const NAME_INITIAL = String.raw`${NAME}(?: \p{Lu}\.)?`;
/** A house or school number, after its word if any ("nº 5", "No: 12", "№ 3"). */
const NUMBER = String.raw`(?:(?:${anyOf(all('number_word'))}) ?)?\d{1,5}(?![\p{N}])`;
/** How such a number begins. */
const NUMBER_START = String.raw`(?:${anyOf(all('number_word'))}|\d)`;
const PARTICLE = `(?:(?:${anyOf(all('particle'))}) ?)?`;

/** Words after a number that make it a count, not a house number ("via Libya, 12 of them"), in lower case. */
const COUNT_AFTER = new Set(all('count_after').map((w) => plain(w).toLowerCase()));
const NEXT_WORD = /^ (\p{L}+)/u;

/** Whether the number ending the match is a house number: no word for a count or a measure follows it. */
function houseNumber(m: RegExpExecArray): boolean {
  const next = NEXT_WORD.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40));
  return !next || !COUNT_AFTER.has(plain(next[1]!).toLowerCase());
}

const ADDRESS_NOTE = 'an exact address: check that it does not point to a victim or a shelter';
const NAMED_NOTE = 'a victim named in the text: check consent and whether the name should be withheld';
const SCHOOL_NOTE = "a child's school named: check that it does not identify a child victim";

/** The match less a full stop that ends it (a sentence's, after "Colegio San José."). */
const noStop = (m: RegExpExecArray) => ({ quote: m[0].replace(/\.$/, ''), start: m.index });

/** The group at the end of the match and where it starts. */
const endGroup = (m: RegExpExecArray, quote: string) => ({ quote, start: m.index + m[0].lastIndexOf(quote) });

/** What the character before a match must not be (tested on the two code units before it). */
const LETTER = /\p{L}$/u;
const LETTER_DIGIT = /[\p{L}\p{N}]$/u;
const LETTER_DIGIT_HYPHEN = /[\p{L}\p{N}-]$/u;

/**
 * A space after some naming word and before a capitalised word: the naming rules run only on a text that has one
 * (the space first, then the word behind it: much cheaper than trying the words at every position).
 */
const NAMING_GATE = new RegExp(String.raw` (?=\p{Lu})(?<=(?:${anyOf(all('naming'))}) )`, 'gu');
const NAMING_WORDS = Object.entries(WORDS.naming).flatMap(([lang, words]) => words.map((w) => [plain(w), lang]));

/** The languages whose naming words stand in the text before a capitalised word. */
function namingLanguages(text: string): Set<string> {
  const langs = new Set<string>();
  for (const m of text.matchAll(NAMING_GATE)) {
    for (const [word, lang] of NAMING_WORDS) {
      const from = m.index! - word!.length;
      if (from < 0 || plain(text.slice(from, m.index)) !== word) continue;
      if (from > 0 && LETTER.test(text.slice(Math.max(0, from - 2), from))) continue;
      langs.add(lang!);
    }
  }
  return langs;
}

/** A victim or a child, then a naming word and the name, in one language ("the girl, identified as Rosa Lima"). */
function namingRule(lang: string): PrivacyRule {
  return {
    re: new RegExp(
      String.raw`(?:${anyOf(WORDS.person[lang]!)})[^.\n]{0,40}?(?<![\p{L}])(?:${anyOf(WORDS.naming[lang]!)}) (${NAME})`,
      'gu',
    ),
    after: LETTER,
    lang,
    gate: ['naming'],
    note: NAMED_NOTE,
    what: 'name',
    pick: (m) => endGroup(m, m[1]!),
  };
}

/** The name, a naming word after it, then a victim or a child, in one language (Turkish "Ayşe adlı kız"). */
function namingAfterRule(lang: string): PrivacyRule {
  const naming = WORDS.naming_after[lang]!;
  return {
    re: new RegExp(
      String.raw`(${NAME}) (?:${anyOf(naming)})(?![\p{L}])[^.\n]{0,40}?(?<![\p{L}])(?:${anyOf(WORDS.person[lang]!)})`,
      'gu',
    ),
    after: LETTER,
    pre: new RegExp(` (?:${anyOf(naming)})`, 'u'),
    gate: ['naming_after'],
    note: NAMED_NOTE,
    what: 'name',
    // A sentence's first word may have run into the name ("Dün Ayşe adlı ..."): the name starts after such words.
    pick: (m) => {
      const words = m[1]!.split(' ');
      let skip = 0;
      while (skip < words.length && notName(words[skip]!)) skip++;
      if (skip === words.length) return null;
      const quote = words.slice(skip).join(' ');
      return { quote, start: m.index + m[1]!.length - quote.length };
    },
  };
}

const glued = all('street_glued').flatMap((w) => [w, `-${w[0]!.toUpperCase()}${w.slice(1)}`]);
const ageBefore = anyOf(all('age_before'));
const ageUnit = anyOf(all('age_unit'));
const streetBefore = anyOf(all('street_before'));
const numberFirst = anyOf(all('street_before_number_first'));
const schoolBefore = anyOf(all('school_before'));
const schoolNumbered = anyOf(all('school_before_number'));
const captionBefore = anyOf(all('caption_before'));
const captionAfter = anyOf(all('caption_after'));
const nameArticle = anyOf(all('name_article'));

const RULES: PrivacyRule[] = [
  {
    // "Amina, 14, was ..." / "Amina (14)"
    re: new RegExp(String.raw`(${NAME_INITIAL})(?:, | \()(\d{1,2})(?:\)|,(?!\s*\d))`, 'gu'),
    after: LETTER,
    pre: /(?:, | \()\d{1,2}[),]/,
    note: 'a child named with their age: check that the victim cannot be identified',
    what: 'name',
    check: (m) => Number(m[2]) < 18 && !notName(m[1]!),
  },
  {
    // "María, de 14 años," / "Léa, 14 ans," / "Lena (14 Jahre)" / "Amina, aged 14,"
    re: new RegExp(
      String.raw`(${NAME_INITIAL})(?:, | \()(?:(?:${ageBefore}) (\d{1,2})(?: (?:${ageUnit}))?|(\d{1,2}) (?:${ageUnit}))(?=[,;.)]|$)`,
      'gu',
    ),
    after: LETTER,
    pre: new RegExp(String.raw`(?:, | \()(?:(?:${ageBefore}) \d{1,2}|\d{1,2} (?:${ageUnit}))`, 'u'),
    note: 'a child named with their age: check that the victim cannot be identified',
    what: 'name',
    check: (m) => Number(m[2] ?? m[3]) < 18 && !notName(m[1]!),
  },
  ...Object.keys(WORDS.naming).map(namingRule),
  ...Object.keys(WORDS.naming_after).map(namingAfterRule),
  {
    // "12 Harbour Street"
    re: new RegExp(String.raw`\d{1,5}[A-Za-z]? (?:\p{Lu}[\p{L}'-]+ ){1,3}(?:${anyOf(all('street_after'))})`, 'gu'),
    after: LETTER_DIGIT,
    pre: new RegExp(` (?:${anyOf(all('street_after'))})`, 'u'),
    gate: ['street_after'],
    note: ADDRESS_NOTE,
    what: 'address',
  },
  {
    // "Calle Mayor 15", "Rua das Flores, 45", "ul. Długa 5", "улица Ленина, д. 5"
    re: new RegExp(String.raw`(?:${streetBefore}) ${PARTICLE}\p{Lu}[\p{L}'’ -]{2,40}?,? ${NUMBER}`, 'gu'),
    after: LETTER,
    pre: new RegExp(String.raw` (?=${PARTICLE}\p{Lu})(?<=(?:${streetBefore}) )`, 'u'),
    gate: ['street_before'],
    check: houseNumber,
    note: ADDRESS_NOTE,
    what: 'address',
  },
  {
    // "Berliner Straße 5", "Atatürk Caddesi No: 12"
    re: new RegExp(
      String.raw`(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:${anyOf(all('street_after_number_last'))}),? ${NUMBER}`,
      'gu',
    ),
    after: LETTER,
    pre: new RegExp(` (?:${anyOf(all('street_after_number_last'))}),? ${NUMBER_START}`, 'u'),
    gate: ['street_after_number_last'],
    check: houseNumber,
    note: ADDRESS_NOTE,
    what: 'address',
  },
  {
    // "Hauptstraße 5", "Kerkstraat 12", "Friedrich-Ebert-Straße 3"
    re: new RegExp(String.raw`\p{Lu}[\p{L}'’.-]*?(?:${anyOf(glued)}) ${NUMBER}`, 'gu'),
    after: LETTER_DIGIT,
    pre: new RegExp(` (?=${NUMBER_START})(?<=(?:${anyOf(glued)}) )`, 'u'),
    check: houseNumber,
    note: ADDRESS_NOTE,
    what: 'address',
  },
  {
    // "12 rue de la Paix", "5, avenue Victor-Hugo"
    re: new RegExp(
      String.raw`\d{1,4}[A-Za-z]?,? (?:${numberFirst}) ${PARTICLE}\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}`,
      'gu',
    ),
    after: LETTER_DIGIT,
    pre: new RegExp(String.raw`\d[A-Za-z]?,? (?:${numberFirst}) `, 'u'),
    gate: ['street_before_number_first'],
    note: ADDRESS_NOTE,
    what: 'address',
  },
  {
    // "Hillside Primary School", "Atatürk İlkokulu"
    re: new RegExp(String.raw`(?:\p{Lu}[\p{L}'.-]+ ){1,4}(?:${anyOf(all('school_after'))})`, 'gu'),
    after: LETTER,
    minorsOnly: true,
    pre: new RegExp(` (?:${anyOf(all('school_after'))})`, 'u'),
    gate: ['school_after'],
    note: SCHOOL_NOTE,
    what: 'school',
  },
  {
    // "Colegio San José", "SMP Negeri 3", "Szkoła Podstawowa nr 5", "школа № 12"
    re: new RegExp(
      String.raw`(?:${schoolBefore}) ${PARTICLE}(?:${NUMBER}|\p{Lu}[\p{L}'’.-]*)(?: ${PARTICLE}(?:${NUMBER}|\p{Lu}[\p{L}'’.-]*)){0,3}`,
      'gu',
    ),
    after: LETTER,
    minorsOnly: true,
    pre: new RegExp(String.raw` (?=${PARTICLE}(?:${NUMBER_START}|\p{Lu}))(?<=(?:${schoolBefore}) )`, 'u'),
    gate: ['school_before'],
    pick: noStop,
    note: SCHOOL_NOTE,
    what: 'school',
  },
  {
    // "SMP Negeri 3", "SDN 5 Bandung"
    re: new RegExp(
      String.raw`(?:${schoolNumbered}) (?:\p{Lu}[\p{L}'’.-]* ){0,2}${NUMBER}(?: \p{Lu}[\p{L}'’.-]*)?`,
      'gu',
    ),
    after: LETTER,
    minorsOnly: true,
    pre: new RegExp(`(?:${schoolNumbered}) `, 'u'),
    gate: ['school_before_number'],
    pick: noStop,
    note: SCHOOL_NOTE,
    what: 'school',
  },
  {
    // "Anne-Frank-Schule", "Goethe-Gymnasium"
    re: new RegExp(String.raw`\p{Lu}\p{L}+(?:-\p{L}+)*-(?:${anyOf(all('school_joined'))})`, 'gu'),
    after: LETTER_DIGIT_HYPHEN,
    minorsOnly: true,
    hints: all('school_joined').map((w) => `-${w}`),
    note: SCHOOL_NOTE,
    what: 'school',
  },
  {
    // "Pictured: Amina Hassan" / "(Photo: Amina at her school)" / "Amina Hassan, pictured" / "En la foto, Ana"
    re: new RegExp(
      String.raw`(?:(?<![\p{L}])(?:${captionBefore})[:,]? (?:(?:${nameArticle}) )?(${NAME}))|(?:(${NAME}),? (?:${captionAfter}))`,
      'gu',
    ),
    gate: ['caption_before', 'caption_after'],
    pre: [
      new RegExp(` (?:${captionAfter})`, 'u'),
      new RegExp(String.raw` (?=(?:(?:${nameArticle}) )?\p{Lu})(?<=(?:${captionBefore})[:,]? )`, 'u'),
    ],
    note: 'a photo caption naming a person: check that it does not identify a victim',
    what: 'caption',
    pick: (m) => (m[1] ? endGroup(m, m[1]) : { quote: m[2]!, start: m.index }),
    // Not a credit: "Foto: Santo/likein.id", "Photo: DreamsTime.com" name the photographer or the outlet.
    check: (m) =>
      !notName(m[1] ?? m[2] ?? '') &&
      !(m[1] && CREDIT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))),
  },
];

/** What runs on right after a caption's name in a photo credit: "/Agency", "Time.com", "@handle". */
const CREDIT = /^[^\s,;:()]*(?:[/@]|\.\p{L})/u;

/** Each rule's hints as one expression of literal words: one pass over the text instead of one per hint. */
const HINTS = new Map(RULES.map((rule) => [rule, rule.hints && new RegExp(anyOf(rule.hints), 'u')]));

/** A phrase's longest word (the rarest, as a rule) as the analyzer's tokens spell it (lower case, cut at anything not
 * a letter or digit), in each spelling of its Romanian comma letters; null when the phrase has no word ("№"). */
function keyWord(phrase: string): string[] | null {
  const parts = phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u);
  const w = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!w) return null;
  return [...new Set([w, plain(w), w.replace(/ș/g, 'ş').replace(/ț/g, 'ţ')])];
}

/** For each key word of a gated rule's phrases, the rules it opens; the rules with a phrase of no word. */
const OPENED_BY = new Map<string, PrivacyRule[]>();
const ALWAYS = new Set<PrivacyRule>();
for (const rule of RULES) {
  for (const role of rule.gate ?? []) {
    for (const phrase of rule.lang && role === 'naming' ? WORDS.naming[rule.lang]! : all(role)) {
      const words = keyWord(phrase);
      if (!words) ALWAYS.add(rule);
      for (const w of words ?? []) OPENED_BY.set(w, [...(OPENED_BY.get(w) ?? []), rule]);
    }
  }
}

// The gated rules that a text's words open (every gated rule when the words are not given).
function openedRules(words: readonly string[] | undefined): Set<PrivacyRule> | null {
  if (!words) return null;
  const open = new Set(ALWAYS);
  for (const w of words) {
    const rules = OPENED_BY.get(w);
    if (rules) for (const r of rules) open.add(r);
  }
  return open;
}

/**
 * Flags identifying details for an editor to check; run on relevant texts only. `words` (the text's lower-cased
 * tokens, as the cue stage cut them) lets a rule none of whose phrases' key words is there be skipped unread.
 */
export function privacyFlags(text: string, minors: boolean | null, words?: readonly string[]): Flag[] {
  const flags: Flag[] = [];
  const seen = new Set<string>();
  let naming: Set<string> | undefined;
  const open = openedRules(words);
  for (const rule of RULES) {
    if (rule.minorsOnly && minors !== true) continue;
    if (open && rule.gate && !open.has(rule)) continue;
    if (rule.lang) {
      naming ??= namingLanguages(text);
      if (!naming.has(rule.lang)) continue;
    }
    if (!(HINTS.get(rule)?.test(text) ?? true)) continue;
    if (rule.pre && !(Array.isArray(rule.pre) ? rule.pre.some((re) => re.test(text)) : rule.pre.test(text))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m && flags.length < 10; m = rule.re.exec(text)) {
      if (rule.after && m.index > 0 && rule.after.test(text.slice(Math.max(0, m.index - 2), m.index))) {
        rule.re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
        continue;
      }
      if (rule.check && !rule.check(m)) continue;
      const picked = rule.pick ? rule.pick(m) : { quote: m[0], start: m.index };
      if (!picked) continue;
      const { quote, start } = picked;
      // Two rules may find one detail ("12 Rue ..." read both ways): it is flagged once.
      const key = `${start}:${quote.length}:${rule.what}`;
      if (seen.has(key)) continue;
      seen.add(key);
      flags.push({ kind: 'privacy', quote, start, end: start + quote.length, note: rule.note, what: rule.what });
    }
  }
  return flags;
}
