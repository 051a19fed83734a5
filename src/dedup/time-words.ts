// The words that make a month, a weekday or a number a time of the case (data/stories/time-words.json), and the
// regexes built from them for event-dates.ts, event-times.ts and incident.ts.
import { escapeRegExp } from '../lib/text/regexp.ts';
import { anyOf, spaced, storyWords } from './story-words.ts';

const list = storyWords('time-words.json');
const words = (name: string) => anyOf(list(name));
/** An article before "year", with its space; one ending in an apostrophe joins the noun ("l'année"). */
const yearArticle = (w: string) => (w.endsWith("'") ? escapeRegExp(w) : `${escapeRegExp(w)}\\s+`);
/** "the year" between a month and its year ("julio del año 2024", "julho do ano de 2024"). */
const YEAR_NOUN = `(?:${anyOf(list('year_articles'), yearArticle)}?${words('year_nouns')}\\s+(?:${words('year_noun_links')}\\s+)?)`;
const TIME_WORD = anyOf(
  [...list('month_prepositions').map(escapeRegExp), ...list('month_nouns').map(spaced)],
  (w) => w,
);

/** A month after a word that makes it a time ("en octubre", "since June", "no mês de março", "im Oktober"), or
 * before a year; alone, "marco" (Portuguese March) is also "frame" ("en el marco de"), "mars" a planet. */
export const MONTH_AFTER = new RegExp(
  `(?<![\\p{L}])${TIME_WORD}\\s+(\\p{L}{3,})(?:\\s+(?:${words('month_year_links')}\\s+)?${YEAR_NOUN}?((?:19|20)\\d{2}))?`,
  'giu',
);
/** "octubre de 2024", "July 2023", "julio del año 2024", "julho do ano de 2024": a month with its year. */
export const MONTH_YEAR = new RegExp(
  `(?<![\\p{L}])(\\p{L}{3,})\\s+(?:${words('year_links')}\\s+)?${YEAR_NOUN}?((?:19|20)\\d{2})(?!\\d)`,
  'gu',
);
/** A word that may be a weekday's name ("martes", "quarta-feira"). */
export const WEEKDAY = new RegExp(`(?<![\\p{L}-])\\p{L}+${words('weekday_suffixes')}?(?![\\p{L}-])`, 'gu');
/** A day of the month right after a weekday: "quarta-feira (22)", "quarta-feira, 01,", "martes 14 de mayo". */
export const WEEKDAY_DAY = new RegExp(
  `^(?:\\s*\\(\\s*(\\d{1,2})\\s*\\)|,?\\s+(\\d{1,2})(?:\\s*[,.;]|\\s+(?:${words('day_links')}\\s+)?(\\p{L}+)))`,
  'u',
);
/** A day and its month ("20 December", "23 de octubre", "1er mai"). */
export const DAY_MONTH = new RegExp(
  `(?<![\\d.,/:-])(\\d{1,2})${anyOf([...list('ordinals'), ...list('day_marks')])}?\\s+(?:${words('date_links')}\\s+)?(\\p{L}[\\p{L}\\p{M}]{2,})`,
  'gu',
);
/** A month and its day ("March 13", "Dec. 5th"). */
export const MONTH_DAY = new RegExp(
  `(?<![\\p{L}])(\\p{L}{3,})\\.?\\s+(\\d{1,2})${words('ordinals')}?(?![\\d\\p{L}]|[.,:]\\d)`,
  'gu',
);
/** The word after a day ("23 de octubre", "19 e 23 de agosto", "10th of December"); a month makes it a date. */
export const DATE_AFTER = new RegExp(
  `^(?:\\s*(?:${words('date_connectors')}|-|–)\\s*\\d{1,2})?\\s*(?:${anyOf([...list('date_links'), ...list('ordinals')])}\\s+)?(\\p{L}[\\p{L}\\p{M}]*)`,
  'u',
);
/** A law's words earlier in the clause ("la loi 2005-06 du", "Ley 985 de", "the Act of"): a date after them is the law's. */
const LAW_BEFORE = new RegExp(`(?<![\\p{L}])${words('law_words')}(?![\\p{L}])[^.;:!?,\\n]{0,30}$`, 'iu');

/** Whether the date or month at `index` is a law's ("la loi 2005-06 du 10 mai 2005"), by the words before it. */
export function lawDate(text: string, index: number): boolean {
  return LAW_BEFORE.test(text.slice(Math.max(0, index - 48), index));
}
/** A month abbreviated with dots right after a day ("13 ต.ค. 2568", Thai 13 October). */
export const DOTTED_MONTH_AFTER = new RegExp(`^\\s*${anyOf(list('dotted_months').map(escapeRegExp), (w) => w)}`, 'u');
/** Short month names the locale data lacks ("sept"): each is the month whose name it begins. */
export const MONTH_ABBREVIATIONS = list('month_abbreviations');
/** Month names that are more often another word ("may"). */
export const NOT_MONTHS: ReadonlySet<string> = new Set(list('not_months'));
/** Languages whose month names are read from the runtime's locale data. */
export const DATE_LOCALES: readonly string[] = list('locales');
/** Languages whose weekday names are read (those whose names are seldom ordinary words). */
export const WEEKDAY_LOCALES: readonly string[] = DATE_LOCALES.filter((l) => !list('no_weekday_locales').includes(l));

/** Declined weekday names the locale data lacks ("w środę", "szerdán", "onsdagen"), Sunday first. */
export const WEEKDAY_FORMS: readonly (readonly string[])[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
].map((d) => list(`${d}_forms`));

/** A month by its number after a month word, maybe with its year ("tháng 6", "tháng 11/2024", "tháng 1 năm 2025"). */
export const MONTH_NUMBER = new RegExp(
  `(?<![\\p{L}])${words('month_number_words')}\\s+(\\d{1,2})(?![\\d.,:])(?:\\s*\\/\\s*((?:19|20)\\d{2})|\\s+\\p{L}+\\s+((?:19|20)\\d{2}))?`,
  'giu',
);

/** Declined month names the locale data lacks ("w marcu", "в марте", "u martu"), January first. */
export const MONTH_FORMS: readonly (readonly string[])[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
].map((m) => list(`${m}_forms`));
