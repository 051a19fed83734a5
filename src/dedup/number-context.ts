// What a number is, from the words around it (data/stories/number-context.json): money, a time or unit, an age or an
// age range, a bound. Only counts tell one case from another; the regexes here set the rest aside.
import { escapeRegExp, WORD_END, WORD_START } from '../lib/text/regexp.ts';
import { isUnspaced } from '../lib/text/words.ts';
import { anyOf, storyWords } from './story-words.ts';

const list = storyWords('number-context.json');
const words = (name: string) => anyOf(list(name));
/** Words of an age after a number; stems take any ending ("33-jähriger"). */
const AGE_NAMES = [
  ...list('age_words').map(escapeRegExp),
  ...list('age_stems').map((s) => `${escapeRegExp(s)}\\p{L}*`),
];
/** Any age word, English years included (read in ranges: "18 to 25 years"). */
const AGE_WORD = anyOf([...AGE_NAMES, ...list('year_words').map(escapeRegExp)], (w) => w);
/** "entre los 18 y los 25 años", "entre os 22 e os 58 anos": the article may be repeated before the second age. */
const RANGE_ARTICLE = `(?:${words('range_articles')}\\s+)?`;
const RANGE_CONNECTOR = `(?:${words('range_connectors')}|-|–)`;
const LIST_AND = words('list_joins');

/** Whether a word is written in a script without spaces (Thai, Lao, Khmer, Burmese): there it has no left boundary
 * ("แจ้งสายด่วน 1300", call the hotline 1300). */
const unspaced = (w: string) => isUnspaced(w.charCodeAt(0));

const SCALES = anyOf([...list('thousand_scales'), ...list('million_scales')]);
/** Money after a number ("2 millions dollars", "5 mil reais", "500 euros", "150,000 Egyptian pounds"). */
export const CURRENCY = new RegExp(
  `^\\s*${SCALES}?\\s*(?:${words('unit_links')}\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+)?${words('currencies')}${WORD_END}`,
  'iu',
);
/** A word of thousands or of millions right after a number ("412 mil", "2 millones"): its scale. */
export const THOUSANDS_AFTER = new RegExp(`^\\s*${words('thousand_scales')}${WORD_END}`, 'iu');
export const MILLIONS_AFTER = new RegExp(`^\\s*${words('million_scales')}${WORD_END}`, 'iu');
/** "2 millones de euros", "5 milioni di euro": a scale word and its "of" before the currency. */
export const SCALE_OF = new RegExp(`^\\s*${SCALES}\\s+(?:de|di|of|d')\\s*`, 'iu');
/** Money before a number ("US$ 500", "EUR 500"): signs and codes in capitals only. */
export const CURRENCY_BEFORE = new RegExp(
  `(?<![\\p{L}])${anyOf(list('currencies_before'), (w) => escapeRegExp(w.toUpperCase()))}\\s?$`,
  'u',
);
/** "tháng 6", "ngày 12", "SN 1989": a word before a number that makes it a month, a day or a year. */
export const DATE_WORD_BEFORE = new RegExp(`(?<![\\p{L}])${words('date_words_before')}\\s+$`, 'iu');
/** Currency words and codes before a number, in any case ("Rp 5 juta", "shilingi 500,000", "Ksh 20,000"). */
export const CURRENCY_WORD_BEFORE = new RegExp(`(?<![\\p{L}])${words('currency_words_before')}\\.?\\s?$`, 'iu');
/** "18 y 25 años", "aged 18 to 25", "entre 18 e 30": the second age of a range after a number. */
export const AGE_RANGE = new RegExp(`^\\s*${RANGE_CONNECTOR}\\s*${RANGE_ARTICLE}\\d{1,2}\\b`, 'iu');
/** The first age of a range before a number. */
export const AGE_RANGE_BEFORE = new RegExp(`\\d{1,2}\\s*${RANGE_CONNECTOR}\\s*${RANGE_ARTICLE}$`, 'iu');
/** An age range with its age word ("18 y 25 años"): victims' age ranges are boilerplate. */
export const AGE_RANGE_TEXT = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*${RANGE_CONNECTOR}\\s*${RANGE_ARTICLE}(\\d{1,2})\\s*-?\\s*${AGE_WORD}`,
  'giu',
);
/** "aged between 18 and 32", "between the ages of 18 and 32", "aged 18 to 25" (English puts no age word after). */
export const AGE_RANGE_AGED = new RegExp(
  `${WORD_START}${words('range_before')}\\s+(?:${words('range_between')}\\s+)?(\\d{1,2})\\s*(?:${words('range_and')}|-|–)\\s*(\\d{1,2})(?!\\d)`,
  'giu',
);
/** "aged 22, 23, 26, 28, and 30": a list of ages (suspects', victims'), no counts; "aged 45" alone is one age. */
export const AGE_LIST = new RegExp(
  `${WORD_START}${words('list_before')}\\s+\\d{1,2}(?:\\s*(?:,|${LIST_AND}|,\\s*${LIST_AND})\\s*\\d{1,2}(?!\\d))+`,
  'giu',
);
/** "34, 41 y 52 años", "w wieku 34, 41 i 52 lat", "34, 41 et 52 ans": a list of ages ending in an age word. */
export const AGE_LIST_WORD = new RegExp(
  `(?<![\\d.,])\\d{1,2}(?:\\s*,\\s*\\d{1,2})*\\s*,?\\s*${words('list_joins')}\\s+\\d{1,2}\\s*-?\\s*(?:${words('unit_links')}\\s+)?(?:${AGE_WORD}|${words('list_age_words')})(?![\\p{L}\\d])`,
  'giu',
);
/** "aged 45": a single age after the word. */
export const AGED_BEFORE = new RegExp(`${WORD_START}${words('age_before')}\\s+$`, 'iu');
/** "34-year-old", "45 años", "46 anos", not "8 años de prisión" (English "N years" is as often a duration). */
export const AGE_AFTER = new RegExp(
  `^(?:${words('age_suffixes')}|\\s*-?\\s*(?:${words('unit_links')}\\s+)?${anyOf(AGE_NAMES, (w) => w)}(?![\\p{L}\\d])(?!\\s+(?:${words('sentence_links')}\\s+)?${words('sentence_words')}))`,
  'iu',
);
/** "(52 عاماً)", "Y.K. (41)": a number in brackets with an age word, or a bare one after initials, is a person's age. */
export const PAREN_AGE_AFTER = new RegExp(`^\\s*${words('paren_age_words')}\\s*\\)`, 'u');
export const INITIALS_PAREN_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}\.\s?){1,3}\s*\(\s*$/u;
/** "Iwan Petrow (44)", "Iwan P. (44)": a first name and a surname or its initial before a bare number in brackets. */
export const NAME_PAREN_BEFORE = /\p{Lu}\p{Ll}+[ \t]+\p{Lu}(?:\p{Ll}+|\.)[ \t]*\(\s*$/u;
/** "15 tahun penjara", "7 ani de închisoare", "8 años de prisión": years of a sentence after a number, no count. */
export const SENTENCE_AFTER = new RegExp(
  `^\\s*-?\\s*(?:${words('unit_links')}\\s+)?${anyOf(AGE_NAMES, (w) => w)}\\s+(?:${words('sentence_links')}\\s+)?${words('sentence_words')}(?![\\p{L}\\d])`,
  'iu',
);
/** "un emprisonnement de deux à cinq ans", "imprisonment of up to 10 years": a sentence word earlier in the clause
 * makes the years after a number a sentence's, not an age. */
export const SENTENCE_BEFORE = new RegExp(`(?<![\\p{L}])${words('sentence_words')}(?![\\p{L}])[^.;:!?]*$`, 'iu');
/** "20 hingga 22 jam", "10 to 12 hours": the first number of a range of one time or unit (the second's unit follows). */
export const UNIT_RANGE = new RegExp(`^\\s*${words('range_connectors_time')}\\s*\\d+(?=\\s*(?:\\p{L}|%))`, 'iu');
/** English years after a number ("5 years"): a duration, no count. */
export const YEARS_AFTER = new RegExp(`^\\s*${words('year_words')}(?![\\p{L}\\d])`, 'iu');
/** "Article 4", "Pasal 2", "UU Nomor 21", "Lei 13.344", "§ 232": a number right after a reference word cites a law. */
export const REFERENCE_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])${anyOf(list('references').filter((w) => !unspaced(w)))}|${anyOf(list('references').filter(unspaced))})\\s*(?:n[º°o]\\.?\\s*|nomor\\s+)?$`,
  'iu',
);
/** A time, a unit or a duration after a number ("15 horas", "16 mois", "11 meses de investigación"): whole words only,
 * so "12 hombres", "207 homens" and "12 hommes" stay counts of people. */
export const TIME_OR_UNIT = new RegExp(
  `^(?:[:h]\\d|%|\\s*(?:${words('unit_links')}\\s+)?${words('units')}(?![\\p{L}\\d]))`,
  'iu',
);
/** Words before a number that make it a bound ("more than 400 people"). */
export const HEDGE = new RegExp(`${words('hedges')}\\s+$`, 'iu');
/** The conjunction and units word after a tens word ("sesenta y cinco"); the units word is captured. */
export const NUMBER_AND = new RegExp(`^\\s+${words('number_conjunctions')}\\s+(\\p{L}+)`, 'u');

/** Words after a units word that make it a teen ("empat belas": 14) or a tens number ("tiga puluh": 30). */
export const TEENS_AFTER: ReadonlySet<string> = new Set(list('teens_after'));
export const TENS_AFTER: ReadonlySet<string> = new Set(list('tens_after'));

/** Languages that write tens and units side by side ("on dört", "mười bốn"). */
export const JUXTAPOSED: ReadonlySet<string> = new Set(list('juxtaposed_languages'));

/** Words for one that end a compound number ("trinta e um", "vingt et un"); alone they are articles. */
export const COMPOUND_ONES: ReadonlySet<string> = new Set(list('compound_ones'));

/** Number words that give a figure only roughly ("une vingtaine", "a dozen"): a shared one weighs less. */
export const APPROXIMATE: ReadonlySet<string> = new Set(list('approximate'));

/** Rounded number words a units word multiplies ("two dozen" 24, "tres decenas" 30), folded, by their value
 * (marks dropped, as story prints fold words). */
export const MULTIPLES: ReadonlyMap<string, number> = new Map(
  ([10, 12, 20, 100] as const).flatMap((n) =>
    list(`multiples_${n}`).map((w): [string, number] => [w.normalize('NFKD').replace(/\p{M}/gu, ''), n]),
  ),
);
