// Names in a report that can identify its incident across outlets and languages: people, operations, businesses —
// capitalised word runs that are neither places, nor sentence-initial common words, nor institutional boilerplate.
import { readFileSync } from 'node:fs';
import { dataPath } from '../lib/paths.ts';
import { PLACE_BEFORE } from './place-words.ts';
import { DATE_LOCALES } from './time-words.ts';

/** Words that never identify an incident, and the connectors allowed inside a name (data/stories/generic-words.json). */
const GENERIC = JSON.parse(readFileSync(dataPath('stories', 'generic-words.json'), 'utf8')) as {
  connectors: string[];
  words: string[];
  titles: string[];
  months: string[];
  geography: string[];
  addresses: string[];
};
/** Letters that decomposition keeps whole, as other outlets write them ("Đinh" → "dinh", "Łukasz" → "lukasz"). */
const PLAIN: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th' };
const PLAIN_LETTERS = /[đłøßæœıħþ]/g;
const GEOGRAPHY = new Set(GENERIC.geography.map(fold));
/** Folded month names of every language read (dates are not counts). */
export const MONTHS: ReadonlySet<string> = new Set(GENERIC.months.map(fold));
const CONNECTORS = new Set(GENERIC.connectors);
const TITLES = new Set(GENERIC.titles.map(fold));
/** Address words ('supermanzana', 'avenida', 'no.', '-straße'): a number right after one is a place, not a count. */
export const ADDRESSES: ReadonlySet<string> = new Set(GENERIC.addresses.map(fold));
const GENERIC_WORDS = new Set(
  [
    ...GENERIC.words,
    ...GENERIC.titles,
    ...GENERIC.addresses.filter((w) => /^\p{L}+$/u.test(w)),
    ...weekdayNames(DATE_LOCALES),
  ].map(fold),
);

// The weekday names of every language whose dates are read, from the runtime's locale data ("Rabu", "Sonntag"):
// a capitalised weekday is no name of a case.
function weekdayNames(locales: readonly string[]): string[] {
  const out: string[] = [];
  for (const locale of locales) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 7 January 2024 was a Sunday.
    for (let d = 0; d < 7; d++) out.push(...format.format(Date.UTC(2024, 0, 7 + d)).split(/[\s-]+/u));
  }
  return out;
}
/** An English owner's "'s" at the end of a word. */
const POSSESSIVE_S = /'s$/;
/** Most names kept per report (the first ones: the top of a report names its case). */
const MAX_NAMES = 40;
/** Shortest single word kept as a name. */
const MIN_WORD = 4;

/** Lower case, accents removed, apostrophes unified. */
export function fold(s: string): string {
  // Most words are plain ASCII: normalising them would cost more than the rest of the print.
  if (!/[^\x00-\x7f]|`/.test(s)) return s.toLowerCase();
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Arabic vowel marks and the hamza NFKD splits off its seat ("أربعة" is written "اربعة" as often): one spelling.
      .replace(/[\u064b-\u065f\u0670]/g, '')
      .replace(/[’‘`]/g, "'")
      .toLowerCase()
      .replace(PLAIN_LETTERS, (ch) => PLAIN[ch]!)
  );
}

/** Names found in a report: people, businesses and the like; officials' names (after a rank or office) apart. */
export interface ReportNames {
  names: string[];
  officials: string[];
  /** Parts of institutions' names: they recur across an institution's cases. */
  bodies: string[];
  words: string[];
  /** Place names the gazetteer may not know, told by a geographic word ("Mount Lambert", "Mt Lambert"). */
  localities: string[];
}

/** Abbreviations of geographic words written out, so "Mt Lambert" meets "Mount Lambert". */
const GEO_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['mt', 'mount'],
  ['pt', 'point'],
]);

/** Multi-word names and single name words of a text; `places` are folded words of the place names to leave out. */
export function reportNames(
  text: string,
  places: Set<string>,
  language: string,
  national: (folded: string) => boolean = () => false,
): ReportNames {
  const lowerSeen = new Set((text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []).map(fold));
  const names = new Set<string>();
  const officials = new Set<string>();
  const bodies = new Set<string>();
  const words = new Set<string>();
  const localities = new Set<string>();
  // "Ministry of Gender, Labour and Social Development": the third item of a list after an institution's name, where
  // the second named no one, continues that name ("the NCA, John Smith and Mary Jones" stay people).
  let chain = false;
  let last: { continues: boolean; named: boolean } | undefined;
  for (const run of capitalisedRuns(text)) {
    const segs = segments(run, lowerSeen);
    const listed: boolean = run.continues && !!last?.continues && !last.named && chain;
    if (listed) for (const seg of segs) seg.body = !seg.official;
    const named = segs.some((seg) => seg.words.length >= 2);
    // An item naming no one after an institution's name ("Gender, Labour") carries the name on.
    chain = listed || (run.continues && chain && !named) || run.words.some(institutional);
    last = { continues: run.continues, named };
    for (const [i, seg] of segs.entries()) {
      const content = seg.words.filter((w) => !CONNECTORS.has(w));
      if (content.every((w) => places.has(w))) continue;
      // "Myanmar's Kayin State", "Nigeria's Edo", "Italy's Interior Ministry": what a place owns is a place or an office.
      if (content.some((w) => POSSESSIVE_S.test(w) && places.has(w.replace(POSSESSIVE_S, '')))) continue;
      const spelled = seg.words.map((w) => GEO_ABBREVIATIONS.get(w) ?? w);
      if (spelled.some((w) => GEOGRAPHY.has(w))) {
        if (content.length >= 2 && !content.every((w) => GEOGRAPHY.has(w))) localities.add(spelled.join(' '));
        continue;
      }
      // "in Kete Krachi", "w Nowej Dębie": a name of two or more words right after a preposition of place only is a
      // place the gazetteer lacks (what a place owns, "in Maria's house", stays out: possessives end no place).
      if (
        run.placed &&
        i === 0 &&
        language !== 'de' &&
        content.length >= 2 &&
        !content.some((w) => POSSESSIVE_S.test(w))
      ) {
        localities.add(seg.words.join(' '));
        continue;
      }
      // German capitalises every noun: its capitalised runs are not names.
      if (language === 'de' && !seg.official) continue;
      if (content.length >= 2) (seg.official ? officials : seg.body ? bodies : names).add(seg.words.join(' '));
      // A lone capitalised word opening a sentence is as often a verb or an adverb as a name.
      // A nationality ("Mexican", "Chinese") names the people of many cases, not one.
      else if (language !== 'de' && !seg.opensSentence && content[0]!.length >= MIN_WORD && !national(content[0]!))
        words.add(content[0]!);
    }
    if (names.size >= MAX_NAMES) break;
  }
  // German capitalises every noun, but its press gives a person's age in brackets after the name ("Iwan Petrow (44)").
  if (language === 'de')
    for (const m of text.matchAll(NAME_WITH_AGE)) {
      const name = fold(m[1]!.replace(/\s+/g, ' '));
      if (!name.split(' ').every((w) => places.has(w)) && names.size < MAX_NAMES) names.add(name);
    }
  return {
    names: [...names].slice(0, MAX_NAMES),
    officials: [...officials].slice(0, MAX_NAMES),
    bodies: [...bodies].slice(0, MAX_NAMES),
    words: [...words].slice(0, MAX_NAMES),
    localities: [...localities].slice(0, MAX_NAMES),
  };
}

/** Two or three capitalised words, or a name and an initial, with an age in brackets after them ("Iwan P. (44)"). */
const NAME_WITH_AGE = /(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}(?:\p{Ll}+|\.)){1,2})[ \t]*\(\d{1,2}\)/gu;

/** Whether two folded names are one: equal, or one is a run of two or more whole words of the other. */
export function sameName(a: string, b: string): boolean {
  if (a === b || within(a, b)) return true;
  // "Ivan Petrov", "Iwana Petrowa" (Polish, declined), "Ιβάν Πετρόφ" (Greek, "ivan petrof"): one name spelt and
  // declined apart, read by the stems of its words.
  return within(nameStems(a), nameStems(b));
}

// The shorter name, of two words or more, inside the longer one ("ivan petrov" in "uhapsen ivan petrov").
function within(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.includes(' ') && ` ${long} `.includes(` ${short} `);
}

/** Case endings of Slavic names ("Petrowa", "Georgiego", "Georgija", "Petrovu"), dropped from words this long. */
const NAME_ENDINGS = ['ego', 'owi', 'ovi', 'om', 'em', 'ja', 'a', 'u', 'e'];
const NAME_STEM_MIN = 4;

/** A name in the letters its spellings share: w as v, a Greek final f as v, case endings dropped, hyphens as spaces
 * ("Marian-Cătălin", "Marian Catalin"). */
export function nameStems(name: string): string {
  return name
    .split(/[ -]/)
    .map((w) => {
      const v = w.replace(/w/g, 'v').replace(/f$/, 'v').replace(/y/g, 'i');
      const end = NAME_ENDINGS.find((e) => v.endsWith(e) && v.length - e.length >= NAME_STEM_MIN);
      return end ? v.slice(0, -end.length) : v;
    })
    .join(' ');
}

/** A run of capitalised words: whether it opens a sentence, and whether a rank or office comes right before it. */
interface Run {
  words: string[];
  sentenceStart: boolean;
  official: boolean;
  /** Right after a preposition that stands only before places ("in Kete Krachi"). */
  placed: boolean;
  /** Only a comma or a short conjunction stands between this run and the one before it ("Gender, Labour and Social"). */
  continues: boolean;
}

/** What may stand between two runs of one listed name: a comma, an ampersand, a conjunction of up to three letters. */
const LIST_GAP = /^(?:,|&|\p{Ll}{1,3})$/u;
const MAX_GAP = 2;

/** Runs of capitalised words (connectors allowed inside). */
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  const re = /[\p{L}][\p{L}'’.-]*|[.!?:;\n"“”«»()—–]+|[^\s\p{L}]+/gu;
  let cur: string[] = [];
  let start = false;
  let official = false;
  let placed = false;
  // The word right before the current token when it is a lower-case one ("in" before "Kete Krachi"), else null.
  let last: string | null = null;
  let atSentence = true;
  let previous: string[] = [];
  // What stood between the last run and the next (null once anything else has): a comma, a short conjunction.
  let gap: string[] | null = null;
  let continues = false;
  const flush = () => {
    while (cur.length && CONNECTORS.has(fold(cur[cur.length - 1]!))) cur.pop();
    if (cur.length) {
      runs.push({ words: cur, sentenceStart: start, official, placed, continues });
      gap = [];
    }
    cur = [];
  };
  for (const m of text.slice(0, 8000).matchAll(re)) {
    const tok = m[0].replace(/[.]+$/, '');
    if (/^\p{Lu}/u.test(tok) && tok.length > 1) {
      if (!cur.length) {
        start = atSentence;
        official = previous.some((p) => TITLES.has(p));
        placed = last !== null && PLACE_BEFORE.has(last);
        continues = !!gap && gap.length > 0;
      }
      cur.push(tok);
      gap = null;
    } else if (cur.length && CONNECTORS.has(fold(tok)) && /^\p{Ll}/u.test(tok)) cur.push(tok);
    else {
      flush();
      gap = gap && gap.length < MAX_GAP && LIST_GAP.test(m[0]) ? [...gap, m[0]] : null;
    }
    atSentence = /[.!?:\n"“«—–]/.test(m[0]);
    // "the commander of the SPVM, Michel Bourque": a rank up to three words back (connectors skipped) names an official.
    if (m[0] !== ',' && !CONNECTORS.has(fold(tok)) && !/^\p{Lu}/u.test(tok))
      previous = [...previous, fold(tok)].slice(-3);
    else if (/^\p{Lu}/u.test(tok) && !cur.length) previous = [];
    // "… in Madrid. Entre …": a full stop ends the name even when the next sentence opens with a capital.
    if (/^\p{L}.*\.$/u.test(m[0]) && tok.length > 1) flush();
    last = /^\p{Ll}+$/u.test(m[0]) ? m[0] : null;
  }
  flush();
  return runs;
}

/** Splits a run at generic and common words; a sentence-initial word followed by a connector is dropped. */
/** A name in a run: its words, whether it opens the sentence, and whether it is an official's or a body's. */
interface Segment {
  words: string[];
  opensSentence: boolean;
  official: boolean;
  /** Part of an institution's name ("Unidade Nacional Contra Terrorismo", "Ginásio Municipal Darcy Pozza"). */
  body: boolean;
}

/** An institution's word ("Ministry", "Police") or an agency's acronym (all-capital: SPVM, NCA), not a rank. */
function institutional(word: string): boolean {
  const f = fold(word);
  return (isGeneric(f) && !TITLES.has(f)) || isAcronym(word);
}

// A generic word, or one joined of generic words by hyphens ("Info-Crime").
function isGeneric(f: string): boolean {
  return GENERIC_WORDS.has(f) || (f.includes('-') && f.split('-').every((p) => GENERIC_WORDS.has(p)));
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}{2}/u.test(word);
}

function segments(run: Run, lowerSeen: Set<string>): Segment[] {
  const { words: raw, sentenceStart } = run;
  const out: Segment[] = [];
  let body = false;
  let seg: string[] = [];
  let segStart = 0;
  const close = () => {
    while (seg.length && CONNECTORS.has(seg[seg.length - 1]!)) seg.pop();
    // The first name of a run after a rank ("commandant du SPVM Michel Bourque") or right after one inside it.
    const official = (segStart > 0 && TITLES.has(fold(raw[segStart - 1]!))) || (run.official && !out.length);
    if (seg.length) out.push({ words: seg, opensSentence: sentenceStart && segStart === 0, official, body: false });
    seg = [];
  };
  raw.forEach((w, i) => {
    const f = fold(w);
    if (CONNECTORS.has(f)) {
      if (seg.length) seg.push(f);
      return;
    }
    // A word also written in lower case in the same text is a common word capitalised by position or style;
    // "Desarticulada en Tenerife": a sentence's first word before a connector is a verb, not part of a name.
    const initialVerb = i === 0 && sentenceStart && CONNECTORS.has(fold(raw[1] ?? ''));
    // All-capital words are mostly agencies' acronyms (SPVM, OCRTEH, NCA): boilerplate.
    const acronym = isAcronym(w);
    if (isGeneric(f) || lowerSeen.has(f) || initialVerb || acronym) {
      // An institutional word inside the run makes its other names parts of an institution's name.
      if (institutional(w)) body = true;
      close();
    } else {
      if (!seg.length) segStart = i;
      seg.push(f);
    }
  });
  close();
  for (const o of out) o.body = body && !o.official;
  return out;
}
