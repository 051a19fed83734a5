// When a case happened, coarser than a day: the months a report names ("la investigación se inició en octubre de
// 2024", "in June 2023", "en el mes de julio") and the weekdays ("on Tuesday evening", "mardi", "quarta-feira").
// Two reports of one operation name the same month its investigation began and the same weekday it ended; two
// operations of one agency in one week rarely do both. Names come from the runtime's locale data (ICU). Pure.
import { MONTH_NUMBERS } from './event-dates.ts';
import { fold } from './incident-names.ts';
import {
  lawDate,
  MONTH_AFTER,
  MONTH_NUMBER,
  MONTH_YEAR,
  NOT_MONTHS,
  WEEKDAY,
  WEEKDAY_DAY,
  WEEKDAY_FORMS,
  WEEKDAY_LOCALES,
} from './time-words.ts';

/** Most months and weekdays kept per report. */
const MAX_TIMES = 12;

/** Weekday names as the locale writes them mid-sentence ("martes", "Tuesday"; case kept: "Domingo" is a name). */
const WEEKDAYS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  for (const locale of WEEKDAY_LOCALES) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 7 January 2024 was a Sunday (weekday 0).
    for (let d = 0; d < 7; d++) out.set(format.format(Date.UTC(2024, 0, 7 + d)), d);
  }
  WEEKDAY_FORMS.forEach((forms, d) => {
    for (const w of forms) out.set(w, d);
  });
  return out;
})();

/** Years the Buddhist era counts ahead of the common era. */
const BUDDHIST_ERA = 543;
/** A Thai month's name anywhere (Thai has no spaces to bound it), with the Buddhist-era year that may follow. */
const THAI_MONTH = new RegExp(
  `(${[...MONTH_NUMBERS.keys()].filter((n) => /^[\u0E00-\u0E7F]+$/u.test(n)).join('|')})(?:\\s*(?:พ\\.ศ\\.\\s*)?(25\\d{2})(?!\\d))?`,
  'gu',
);

/** Months a text names: "2024-10" when a year goes with it, and "m10" for every month named as a time. */
export function eventMonths(text: string): string[] {
  const out = new Set<string>();
  const add = (name: string, year: string | undefined) => {
    const m = MONTH_NUMBERS.get(fold(name));
    // ("may" the verb is no month; "in May" with its capital is.)
    if (m === undefined || (NOT_MONTHS.has(fold(name)) && name[0] !== name[0]!.toUpperCase()) || out.size >= MAX_TIMES)
      return;
    out.add(`m${m}`);
    if (year) out.add(`${year}-${String(m).padStart(2, '0')}`);
  };
  // ("el pasado mes de marzo": "pasado mes" is no month, and "mes de marzo" after it is one.)
  const after = new RegExp(MONTH_AFTER.source, MONTH_AFTER.flags);
  for (let x = after.exec(text); x; x = after.exec(text)) {
    if (MONTH_NUMBERS.has(fold(x[1]!))) add(x[1]!, x[2]);
    else after.lastIndex = x.index + 1;
  }
  for (const x of text.matchAll(MONTH_YEAR)) if (!lawDate(text, x.index)) add(x[1]!, x[2]);
  // Thai writes words without spaces ("ปลายเดือนมีนาคม", late in March) and years in the Buddhist era (2567 is 2024).
  for (const x of text.matchAll(THAI_MONTH)) {
    const year = x[2] ? String(Number(x[2]) - BUDDHIST_ERA) : undefined;
    add(x[1]!, year);
  }
  for (const x of text.matchAll(MONTH_NUMBER)) {
    const m = Number(x[1]);
    if (m < 1 || m > 12 || out.size >= MAX_TIMES) continue;
    out.add(`m${m}`);
    const year = x[2] ?? x[3];
    if (year) out.add(`${year}-${String(m).padStart(2, '0')}`);
  }
  return [...out];
}

/** Weekdays a text names, as "w0"–"w6" (Sunday first), and the day of the month one is given with ("d22"). */
export function eventWeekdays(text: string): string[] {
  const out = new Set<string>();
  for (const x of text.matchAll(WEEKDAY)) {
    const d = WEEKDAYS.get(x[0]);
    if (d === undefined || out.size >= MAX_TIMES) continue;
    out.add(`w${d}`);
    const day = dayAfter(text, x.index + x[0].length);
    if (day) out.add(`d${day.n}`);
  }
  return [...out];
}

/** Where the days of the month given with a weekday start ("terça-feira (11)": the 11): they are no counts. */
export function weekdayDayStarts(text: string): Set<number> {
  const out = new Set<number>();
  for (const x of text.matchAll(WEEKDAY)) {
    if (!WEEKDAYS.has(x[0])) continue;
    const day = dayAfter(text, x.index + x[0].length);
    if (day) out.add(day.at);
    if (out.size >= MAX_TIMES) break;
  }
  return out;
}

// The day of the month right after a weekday that ends at `from`, and where its digits start; null when none.
function dayAfter(text: string, from: number): { n: number; at: number } | null {
  const day = WEEKDAY_DAY.exec(text.slice(from, from + 24));
  const digits = day?.[1] ?? day?.[2];
  const n = Number(digits);
  const month = day?.[3];
  if (!digits || !(n >= 1 && n <= 31) || (month && !MONTH_NUMBERS.has(fold(month)))) return null;
  return { n, at: from + day!.index + day![0].indexOf(digits) };
}
