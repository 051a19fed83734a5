// What identifies one incident across outlets, days and languages: where (cities, regions, countries), what (forms),
// how many (victims, distinctive numbers), who (names) and which operation. Pure; from a report and its analysis.

import { isNationalityWord, sharedGeoIndex } from '../analyze/geo/index.ts';
import { analysedText } from '../lib/analysed-text.ts';
import { asciiDigits } from '../lib/text/digits.ts';
import { latin } from '../lib/text/latin.ts';
import { escapeRegExp, WORD_END } from '../lib/text/regexp.ts';
import type { Analysis } from '../model/analysis.ts';
import { ALIAS, ALIAS_NAME, NOT_NAMES, OPERATION, OPERATION_NAMED, QUOTED_ALIAS } from './case-words.ts';
import { countNoun } from './count-nouns.ts';
import { eventDates, MONTH_NUMBERS } from './event-dates.ts';
import { eventMonths, eventWeekdays, weekdayDayStarts } from './event-times.ts';
import { CREDIT_LINE, fnv1a } from './fingerprint.ts';
import { ADDRESSES, fold, MONTHS, reportNames } from './incident-names.ts';
import { lexiconWords } from './lexicon-words.ts';
import {
  AGE_AFTER,
  AGE_LIST,
  AGE_LIST_WORD,
  AGE_RANGE,
  AGE_RANGE_AGED,
  AGE_RANGE_BEFORE,
  AGE_RANGE_TEXT,
  AGED_BEFORE,
  APPROXIMATE,
  COMPOUND_ONES,
  CURRENCY,
  CURRENCY_BEFORE,
  CURRENCY_WORD_BEFORE,
  DATE_WORD_BEFORE,
  HEDGE,
  INITIALS_PAREN_BEFORE,
  JUXTAPOSED,
  MILLIONS_AFTER,
  MULTIPLES,
  NAME_PAREN_BEFORE,
  NUMBER_AND,
  PAREN_AGE_AFTER,
  REFERENCE_BEFORE,
  SCALE_OF,
  SENTENCE_AFTER,
  SENTENCE_BEFORE,
  TEENS_AFTER,
  TENS_AFTER,
  THOUSANDS_AFTER,
  TIME_OR_UNIT,
  UNIT_RANGE,
  YEARS_AFTER,
} from './number-context.ts';
import { CITY_CONNECTOR, TOWN_END, TRAIN_WORD } from './place-words.ts';
import { inSpans, recalledSpans, withoutRecalled } from './recalled.ts';
import { caseSettings } from './settings.ts';
import { DATE_AFTER, DOTTED_MONTH_AFTER } from './time-words.ts';

/** Language-neutral facts of one report, compared to decide whether two reports tell one incident. */
export interface IncidentPrint {
  /** Gazetteer ids of the cities named, and their folded names (to meet a name the other side's gazetteer missed). */
  cities: string[];
  cityNames: string[];
  /** Regions named, and the regions of the cities named ("CC/admin1"). */
  regions: string[];
  /** Places the gazetteer did not resolve, told by a geographic word ("mount lambert"); absent in older prints. */
  localities?: string[];
  countries: string[];
  /** Gazetteer ids of the cities named outside the report's main country ("Turin" in a report from Lille): where the
   * case reached abroad (absent in older prints). */
  abroad?: string[];
  /** Forms of exploitation (without `unspecified`). */
  forms: string[];
  /** Settings of the case named ("farm", "fishing_vessel", "crop_garlic"; src/dedup/settings.ts); absent in older prints. */
  settings?: string[];
  victims: number | null;
  /** The victims count is a bound ("more than 400", "up to 400", "más de 40"): other reports give a part of it. */
  victimsHedged?: boolean;
  /** Distinctive numbers, in digits or words: counts, sums (not years, money, percentages, times, age ranges). */
  numbers: number[];
  /** The same numbers with what they count when the next words say it ("27:people", "14:arrests", "62:premises"). */
  counts: string[];
  /** Ages of single people ("a 59-year-old woman", "un hombre de 45 años"), and age ranges ("18-25"). */
  ages: number[];
  ranges: string[];
  /** Days of the month named ("12-20"): when the events happened (absent in prints filed before they were read). */
  dates?: string[];
  /** Months named as times ("m10", and "2024-10" with a year) and weekdays ("w2"): coarser times of the case. */
  months?: string[];
  weekdays?: string[];
  /** Small counts (2–4) of people or arrests with what they count ("2:people", "3:arrests"). */
  small?: string[];
  /** Counts given only as rounded figures ("une vingtaine": 20); absent in prints filed before they were read. */
  rough?: number[];
  /** Sums of money named, scaled ("R$ 412 mil" and "412,000 reais": 412000); absent in older prints. */
  money?: number[];
  /** Folded multi-word names (people, businesses), officials' names, institutions' names, single name words. */
  names: string[];
  officials: string[];
  bodies: string[];
  words: string[];
  /** Folded names of police operations ("alborga", "blooming onion") and of people's aliases ("la paisa"). */
  operations: string[];
  /** Hashes of the longer words (six letters or more), sorted: rewrites of one release share many. */
  terms: number[];
  /** Countries of the victims' nationalities (absent in older prints): "Paraguayan women" and "once mujeres
   * colombianas" are two groups of victims. */
  origins?: string[];
  /** The report's language (absent in older prints): names are spelt alike only within one language. */
  language?: string;
}

/** Text read for the print (characters): the top of a report names its case. */
const PRINT_CHARS = 6000;
/** Smallest number kept as a distinctive number: smaller ones are too common to tell cases apart alone. */
const MIN_NUMBER = 5;
/** Smallest count kept among the small counts (2–4 people or arrests), which only add up together. */
const MIN_SMALL = 2;

/** The incident print of a report. */
export function incidentPrint(title: string, text: string, analysis: Analysis): IncidentPrint {
  // Offsets of places index the analysed text; the surface form ("Espagne", "Tenerife") is what the text says.
  const analysed = analysedText(title, text).text;
  // A sentence recalling an earlier event ("poucos dias após 207 trabalhadores…") tells that event's facts.
  const recalled = recalledSpans(analysed, analysis.language);
  // Digits of other scripts read as ASCII digits ("١٢" is 12), offsets kept.
  const top = asciiDigits(withoutRecalled(analysed, recalled).slice(0, PRINT_CHARS).replace(CREDIT_LINE, ' '));
  const cities = new Set<string>();
  const abroad = new Set<string>();
  const home = homeCountry(analysis);
  const cityNames = new Set<string>();
  const regions = new Set<string>();
  const placeWords = new Set<string>();
  const townWords = new Set<string>();
  const bureau = wireDateline(analysed, analysis.places);
  for (const p of analysis.places) {
    if (bureau.has(p.id)) continue;
    for (const w of fold(`${p.name} ${analysed.slice(p.start, p.end)}`).split(/[^\p{L}]+/u)) {
      if (w) placeWords.add(w);
      if (w && p.kind !== 'country') townWords.add(w);
    }
    if (inSpans(p.start, recalled)) continue;
    if (p.kind === 'city') {
      cities.add(p.id);
      if (p.country !== home) abroad.add(p.id);
      cityNames.add(fold(p.name));
      cityNames.add(fold(analysed.slice(p.start, p.end)));
    }
    if (p.kind === 'region') regions.add(`${p.country}/${fold(p.name)}`);
    if (p.kind === 'city' && p.admin1) regions.add(`${p.country}/${fold(p.admin1)}`);
  }
  const found = reportNames(top, placeWords, analysis.language, (w) => isNationalityWord(sharedGeoIndex(), w));
  const operations = [...operationNames(top).filter((o) => !isProgramme(o, top, analysis.language)), ...aliases(top)];
  // An alias is kept as an operation-like name, not again as a person's name ("alias Sara").
  // "Palma de Mallorca", "Santa Cruz de Tenerife": a name that begins with a city the report names is that place.
  const folded = fold(top);
  const trains = found.names.filter((n) => isTrainName(n, folded));
  const names = found.names.filter(
    (n) => !n.startsWith('alias ') && !isPlaceName(n, cityNames) && !endsInPlace(n, townWords) && !trains.includes(n),
  );
  const { officials, bodies, words } = found;
  // Trains are named after their end stations ("Hazrat Nizamuddin–Thiruvananthapuram Express"): places, not people.
  const localities = [...new Set([...found.localities, ...trains])];
  const { numbers, counts, ages, ranges, small, rough, money, hedged: bounds } = readNumbers(top, analysis.language);
  return {
    cities: [...cities].sort(),
    cityNames: inLatin([...cityNames].filter(Boolean)).sort(),
    regions: [...regions].sort(),
    localities: inLatin(localities),
    countries: [...analysis.countries],
    origins: [...(analysis.origins ?? [])],
    abroad: [...abroad].sort(),
    forms: analysis.types.filter((t) => t !== 'unspecified'),
    settings: caseSettings(top, analysis.language),
    victims: analysis.victims,
    victimsHedged: analysis.victims !== null && (bounds.includes(analysis.victims) || hedged(top, analysis.victims)),
    numbers,
    counts,
    ages,
    ranges,
    dates: eventDates(top),
    months: eventMonths(top),
    weekdays: eventWeekdays(top),
    small,
    rough,
    money,
    // In Latin letters, so that names carry across scripts ("Иванов", "Ivanov").
    names: inLatin(names),
    officials: inLatin(officials),
    bodies: inLatin(bodies),
    words: inLatin(words),
    operations: inLatin(operations),
    terms: termHashes(top, analysis.language),
    language: analysis.language,
  };
}

/** A wire's dateline at the head of a paragraph: a city in capitals, maybe its country, then the wire's name in
 * brackets and a dash ("SAO PAULO (Meridian Wire) —", "NAIROBI, Kenya (AP) -"). */
const WIRE_DATELINE =
  /(?:^|\n)\s*(\p{Lu}[\p{Lu}\p{M}\s.'’-]{1,40}(?:,\s*[^\n(—–]{1,30})?)\s*\([^)\n]{2,40}\)\s*[—–-]/gu;

// Places named only in a wire's dateline: the bureau the copy was filed from, not where the case happened (a city the
// text names again stays).
function wireDateline(text: string, places: Analysis['places']): Set<string> {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(WIRE_DATELINE)) spans.push([m.index!, m.index! + m[0].length]);
  if (!spans.length) return new Set();
  const inside = (p: Analysis['places'][number]) => spans.some(([a, b]) => p.start >= a && p.end <= b);
  const elsewhere = new Set(places.filter((p) => !inside(p)).map((p) => p.id));
  return new Set(places.filter((p) => inside(p) && p.kind !== 'country' && !elsewhere.has(p.id)).map((p) => p.id));
}

/** The country most of the report's towns and regions lie in (the first country named on a tie): its home. */
export function homeCountry(analysis: Pick<Analysis, 'places' | 'countries'>): string | undefined {
  const n = new Map<string, number>();
  for (const p of analysis.places) if (p.kind !== 'country') n.set(p.country, (n.get(p.country) ?? 0) + 1);
  const rank = (c: string) =>
    analysis.countries.indexOf(c) === -1 ? analysis.countries.length : analysis.countries.indexOf(c);
  return [...n].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0]?.[0] ?? analysis.countries[0];
}

/**
 * Whether an operation name is a standing programme rather than one case's operation: it describes the crime
 * ("Operation Action Against Human Trafficking"), or it is an acronym the text spells out so ("AAHT … Action Against
 * Human Trafficking (AAHT)"). Programmes recur in every report of an agency's many cases.
 */
export function isProgramme(name: string, text: string, language: string): boolean {
  const cues = lexiconWords(language).cues;
  const pivot = lexiconWords('en').cues;
  const crime = (words: string[]) => words.some((w) => cues.has(w) || pivot.has(w));
  if (crime(name.split(' '))) return true;
  if (!/^[a-z]{2,6}$/.test(name)) return false;
  const words = `(?:\\p{L}+\\s+){${name.length - 1}}\\p{L}+`;
  // "Action Against Human Trafficking (AAHT)" or "AAHT (Action Against Human Trafficking)".
  const before = new RegExp(`(${words})\\s*\\(\\s*${name}\\s*\\)`, 'iu').exec(text)?.[1];
  const after = new RegExp(`\\b${name}\\s*\\(\\s*(${words})\\s*\\)`, 'iu').exec(text)?.[1];
  return [before, after].some((x) => {
    const ws = x ? fold(x).split(/\s+/) : [];
    return ws.length > 0 && ws.map((w) => w[0]).join('') === name && crime(ws);
  });
}

/** Whether a folded name is (part of) a train's name in the folded text ("hazrat nizamuddin-… express"). */
export function isTrainName(name: string, folded: string): boolean {
  return new RegExp(`${escapeRegExp(name)}(?:\\s*[-–]\\s*\\p{L}+){0,2}\\s+${TRAIN_WORD}${WORD_END}`, 'u').test(folded);
}

/** Whether a folded name begins with one of the report's (folded) city names followed by a connector ("palma de"). */
export function isPlaceName(name: string, cityNames: ReadonlySet<string>): boolean {
  for (const c of cityNames)
    if (c && name !== c && new RegExp(`^${escapeRegExp(c)} ${CITY_CONNECTOR} `).test(name)) return true;
  return false;
}

/** Whether a folded name ends with a connector and a region or town the report names ("ferreira do alentejo",
 * "frankfurt am main" when Main is named): a town the gazetteer missed, named after its region. */
export function endsInPlace(name: string, townWords: ReadonlySet<string>): boolean {
  const m = TOWN_END.exec(name);
  return !!m && townWords.has(m[1]!);
}

/** Names in Latin letters, each once ("Иванов" and "Ivanov" are one name). */
function inLatin(names: readonly string[]): string[] {
  return [...new Set(names.map(latin))];
}

/** Shortest word counted as a term. */
const TERM_LETTERS = 6;

/** Sorted hashes of the distinct folded words of six letters or more, trafficking cue words left out. */
export function termHashes(text: string, language: string): number[] {
  const cues = lexiconWords(language).cues;
  const pivot = lexiconWords('en').cues;
  const words = (fold(text).match(/\p{L}+/gu) ?? []).filter(
    (w) => w.length >= TERM_LETTERS && !cues.has(w) && !pivot.has(w),
  );
  return [...new Set(words.map(fnv1a))].sort((a, b) => a - b);
}

/** "Ximena Costa, 34, and …": an age between commas after a name. */
const NAME_AGE = /\p{Lu}\p{L}+,\s*$/u;
/** "the captain, 51, and two officers", "her employer, 46,": an age between commas after a person's noun. */
const NOUN_AGE = /\p{Ll}{3,},\s*$/u;
const NOUN_AGE_MIN = 15;

// "Ximena Costa, 34, and …", "the captain, 51, and …": an age between commas after a name or a noun.
function apposedAge(value: number, before: string, after: string): boolean {
  if (value >= 100 || !after.startsWith(',')) return false;
  return NAME_AGE.test(before) || (value >= NOUN_AGE_MIN && NOUN_AGE.test(before));
}
/** Numbers that can tell one case from another (counts of people, arrests, searches, large sums), and single ages. */
export function readNumbers(
  text: string,
  language: string,
): {
  numbers: number[];
  counts: string[];
  ages: number[];
  ranges: string[];
  small: string[];
  rough: number[];
  money: number[];
  hedged: number[];
} {
  const numbers = new Set<number>();
  const hedged = new Set<number>();
  const money = new Set<number>();
  const small = new Set<string>();
  const counts = new Set<string>();
  const ages = new Set<number>();
  const ranges = new Set<string>();
  const rough = new Set<number>();
  for (const m of text.matchAll(AGE_RANGE_TEXT))
    if (!SENTENCE_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) ranges.add(`${m[1]}-${m[2]}`);
  for (const m of text.matchAll(AGE_RANGE_AGED)) ranges.add(`${m[1]}-${m[2]}`);
  const ageLists = [...text.matchAll(AGE_LIST), ...text.matchAll(AGE_LIST_WORD)].map(
    (m) => [m.index!, m.index! + m[0].length] as const,
  );
  // "Two men, aged 34 and 29": a list's ages are single people's ages too (the suspects', named later with theirs).
  for (const [a, b] of ageLists) for (const d of text.slice(a, b).match(/\d{1,2}/g) ?? []) ages.add(Number(d));
  // "nesta terça-feira (11)", "martes 14 de mayo": the day given with a weekday is a date, no count.
  const days = weekdayDayStarts(text);
  const { numbers: words, key } = lexiconWords(language);
  const re =
    /(?<![\d.,:/-])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)(?![\d\p{L}]|[.,/]\d)|(?<![\p{L}])\p{L}+(?:-\p{L}+)?/gu;
  let skip = -1;
  for (const m of text.matchAll(re)) {
    if (m.index! < skip) continue;
    let raw = m[0];
    let value = m[1] ? Number(raw.replace(/[.,\u00a0\u202f ]/g, '')) : wordNumber(key(raw), words);
    const joined =
      m[1] || value === undefined
        ? null
        : compoundNumber(value, text.slice(m.index! + raw.length), words, key, JUXTAPOSED.has(language));
    const multiplied = !!joined?.rough;
    if (joined) {
      value = joined.value;
      raw += joined.rest;
      skip = m.index! + raw.length;
    }
    if (value === undefined || !Number.isSafeInteger(value) || value < MIN_SMALL) continue;
    if (ageLists.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    if (days.has(m.index!)) continue;
    const before = text.slice(Math.max(0, m.index! - 32), m.index);
    const after = text.slice(m.index! + raw.length, m.index! + raw.length + 60);
    const sum = m[1] ? moneySum(value, before, after) : undefined;
    if (sum !== undefined && sum >= MIN_MONEY && money.size < MAX_MONEY) money.add(sum);
    const kind = numberKind(value, raw, before, after);
    if (value < MIN_NUMBER) {
      const noun = kind === 'count' ? countNoun(after, before) : '';
      if (noun === 'people' || noun === 'arrests') small.add(`${value}:${noun}`);
    } else if (kind === 'count') {
      numbers.add(value);
      // "more than 400", "более двадцати": a bound, in digits or in words.
      if (HEDGE.test(before)) hedged.add(value);
      counts.add(`${value}:${countNoun(after, before)}`);
      // "une vingtaine de femmes": a rounded figure, which other cases round to alike.
      if (multiplied || (!m[1] && APPROXIMATE.has(raw.toLowerCase()))) rough.add(value);
    } else if (kind === 'age') ages.add(value);
    if (numbers.size >= 60) break;
  }
  return {
    numbers: [...numbers].sort((a, b) => a - b),
    counts: [...counts].sort(),
    small: [...small].sort(),
    ages: [...ages].sort((a, b) => a - b),
    ranges: [...ranges],
    rough: [...rough].sort((a, b) => a - b),
    money: [...money].sort((a, b) => a - b),
    hedged: [...hedged],
  };
}

/** Least sum of money kept (smaller ones are fares and hourly pay, alike across cases), and most kept. */
const MIN_MONEY = 100;
const MAX_MONEY = 12;

// The sum a number in digits names when a currency stands before or after it, scaled by a word of thousands or
// millions after it ("R$ 412 mil", "150 mil pesos", "2 millones de euros"); undefined when it is no money.
function moneySum(value: number, before: string, after: string): number | undefined {
  if (!isMoney(before, after) && !CURRENCY.test(after.replace(SCALE_OF, ' '))) return undefined;
  const scaled = THOUSANDS_AFTER.test(after) ? value * 1000 : MILLIONS_AFTER.test(after) ? value * 1_000_000 : value;
  return Number.isSafeInteger(scaled) ? scaled : undefined;
}

// A currency right after the number or right before it ("500 euros", "US$ 500", "Rp 5 juta").
function isMoney(before: string, after: string): boolean {
  return CURRENCY.test(after) || CURRENCY_BEFORE.test(before) || CURRENCY_WORD_BEFORE.test(before);
}

/** Whether the text gives `n` as a bound rather than a count ("more than 400 people"). */
function hedged(text: string, n: number): boolean {
  const re = new RegExp(`(?<![\\d.,])${n}(?![\\d])|(?<![\\d.,])${n.toLocaleString('en')}(?![\\d])`, 'g');
  for (const m of text.matchAll(re)) if (HEDGE.test(text.slice(Math.max(0, m.index! - 20), m.index))) return true;
  return false;
}

/** A number written in words: one word ("fourteen"), or tens and units joined by a hyphen ("eighty-eight"). */
export function wordNumber(word: string, words: ReadonlyMap<string, number>): number | undefined {
  const whole = words.get(word);
  if (whole !== undefined || !word.includes('-')) return whole;
  const [tens, units] = word.split('-').map((w) => words.get(w));
  if (tens === undefined || units === undefined) return undefined;
  return tens >= 20 && tens <= 90 && tens % 10 === 0 && units >= 1 && units <= 9 ? tens + units : undefined;
}

/** "sesenta y cinco", "trinta e dois", "vingt et un": a tens word, a conjunction and a units word are one number. */
function compoundNumber(
  tens: number,
  next: string,
  words: ReadonlyMap<string, number>,
  key: (w: string) => string,
  juxtaposed = false,
): { value: number; rest: string; rough?: boolean } | null {
  // "empat belas" (14), "tiga puluh dua" (32): a units word before a word of teens or of tens.
  const after = /^\s+(\p{L}+)/u.exec(next);
  const scale = after ? fold(after[1]!) : '';
  if (tens >= 1 && tens <= 9 && TEENS_AFTER.has(scale)) return { value: tens + 10, rest: after![0] };
  // "two dozen", "tres decenas": a rounded word the units multiply (a rounded figure, like "une vingtaine").
  const multiple = tens >= 2 && tens <= 9 ? MULTIPLES.get(scale) : undefined;
  if (multiple !== undefined) return { value: tens * multiple, rest: after![0], rough: true };
  if (tens >= 1 && tens <= 9 && TENS_AFTER.has(scale)) {
    const more = /^\s+(\p{L}+)/u.exec(next.slice(after![0].length));
    const units = more ? words.get(key(more[1]!)) : undefined;
    return units !== undefined && units >= 1 && units <= 9
      ? { value: tens * 10 + units, rest: after![0] + more![0] }
      : { value: tens * 10, rest: after![0] };
  }
  // ("kumi na wanne", ten and four: Swahili joins units to ten too.)
  if (tens < 10 || tens > 90 || tens % 10 !== 0) return null;
  // "on dört", "mười bốn": the units word right after the tens word.
  const next1 = juxtaposed && after ? words.get(key(after[1]!)) : undefined;
  if (next1 !== undefined && next1 >= 1 && next1 <= 9) return { value: tens + next1, rest: after![0] };
  const m = NUMBER_AND.exec(next);
  const word = m ? key(m[1]!) : '';
  const units = m ? (words.get(word) ?? (COMPOUND_ONES.has(word) ? 1 : undefined)) : undefined;
  return m && units !== undefined && units >= 1 && units <= 9 ? { value: tens + units, rest: m[0] } : null;
}

/** Buddhist-era years (2024 is 2567) and Thai script right before a number: a Thai date's year. */
const BE_YEARS = [2450, 2650] as const;
const THAI_BEFORE = /[\u0E00-\u0E7F]\.?\s*$/u;

/** What a number is, from the words around it. */
function numberKind(value: number, raw: string, before: string, after: string): 'count' | 'age' | 'other' {
  if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) return 'other';
  // Thai dates give the Buddhist-era year ("25 มีนาคม 2567" is 25 March 2024).
  if (/^\d{4}$/.test(raw) && value >= BE_YEARS[0] && value <= BE_YEARS[1] && THAI_BEFORE.test(before)) return 'other';
  if (isMoney(before, after) || TIME_OR_UNIT.test(after)) return 'other';
  const range = UNIT_RANGE.exec(after);
  if (range && TIME_OR_UNIT.test(after.slice(range[0].length))) return 'other';
  // Phone numbers ("900 10 50 90", "0800 …") are hotline boilerplate.
  if (/^\d/.test(raw) && (/^[\s-]\d{2,}/.test(after) || /\d[\s-]$/.test(before))) return 'other';
  if ((value <= 31 && isDate(before, after)) || DATE_WORD_BEFORE.test(before)) return 'other';
  if (inAddress(before) || REFERENCE_BEFORE.test(before)) return 'other';
  if (value < 100 && parenAge(before, after)) return 'age';
  if (AGE_RANGE.test(after) || AGE_RANGE_BEFORE.test(before)) return 'other';
  // ("un emprisonnement de deux à cinq ans": a sentence's years, not an age.)
  if (AGE_AFTER.test(after) && SENTENCE_BEFORE.test(before)) return 'other';
  if (AGE_AFTER.test(after) || AGED_BEFORE.test(before) || apposedAge(value, before, after))
    return value < 120 ? 'age' : 'other';
  if (YEARS_AFTER.test(after) || SENTENCE_AFTER.test(after)) return 'other';
  return 'count';
}

/** "Supermanzana 100", "avenida 127", "No. 5", "Hauptstraße 3": a number right after an address word is part of
 * an address, which every case in that street or block shares. */
// "(52 عاماً)", "Y.K. (41)": an age word in brackets with the number, or initials before a bare one.
function parenAge(before: string, after: string): boolean {
  if (!/\(\s*$/.test(before)) return false;
  const named = INITIALS_PAREN_BEFORE.test(before) || NAME_PAREN_BEFORE.test(before);
  return PAREN_AGE_AFTER.test(after) || (named && /^\s*\)/.test(after));
}

function inAddress(before: string): boolean {
  const m = /(\p{L}+)(\.?)\s*(?:n[º°o]\.?\s*)?$/u.exec(before);
  if (!m) return false;
  const word = fold(m[1]!);
  // An abbreviation needs its dot ("No. 5"; "no 5" is a negation); a whole word may have one (end of a line).
  if (ADDRESSES.has(word + m[2]) || (m[2] && ADDRESSES.has(word))) return true;
  for (const a of ADDRESSES) if (a.startsWith('-') && word.endsWith(a.slice(1)) && word.length > a.length) return true;
  return false;
}

/** "23 de octubre", "19 e 23 de agosto", "December 10", "le 13 mai": a day of the month. */
function isDate(before: string, after: string): boolean {
  const month = (w: string) => MONTHS.has(fold(w)) || MONTH_NUMBERS.has(fold(w));
  if (DOTTED_MONTH_AFTER.test(after)) return true;
  const next = DATE_AFTER.exec(after);
  if (next && month(next[1]!)) return true;
  const prev = /(\p{L}[\p{L}\p{M}]*)\.?\s*$/u.exec(before);
  return !!prev && month(prev[1]!);
}

/** The mark of a nickname read only from quotes, in `operations`. */
export const QUOTED = 'quoted';

/** Whether an operation entry is a nickname read only from quotes ("quoted la tia"). */
export function isQuoted(o: string): boolean {
  return o.startsWith(`${QUOTED} `);
}

/** The alias a nickname read from quotes would be ("quoted la tia" → "alias la tia"); other entries as they are. */
export function asAlias(o: string): string {
  return isQuoted(o) ? `alias ${o.slice(QUOTED.length + 1)}` : o;
}

/** People's aliases ("alias «La Paisa»", "alias *Camila* y *La Paisa*"): a suspect's alias names one case. */
function aliases(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(ALIAS)) for (const n of m[1]!.matchAll(ALIAS_NAME)) out.add(`alias ${fold(n[0])}`);
  // A nickname only in quotes ("«El País»" may be a newspaper) names the case only where the other report gives it as
  // an alias: kept apart as "quoted …".
  for (const m of text.matchAll(QUOTED_ALIAS)) {
    const name = fold(m[1]!);
    if (!out.has(`alias ${name}`)) out.add(`${QUOTED} ${name}`);
  }
  return [...out];
}

/** Names of police operations ("Operación Alborga", "Operation Blooming Onion", "'Operação Espelho'"); a phase or
 * edition number stays part of the name ("Operação Resgate 3" is not last year's "Operação Resgate"). */
export function operationNames(text: string): string[] {
  const out = new Set<string>();
  for (const m of [...text.matchAll(OPERATION), ...text.matchAll(OPERATION_NAMED)]) {
    const name = fold(m[1]!);
    if (!NOT_NAMES.has(name)) out.add(name);
  }
  return [...out];
}
