// Days of the month a report names ("on 20 December", "el 23 de octubre", "le 23 juin", "March 13"): the day an
// incident happened carries across outlets and languages, where police boilerplate does not. Month names come from
// the runtime's own locale data (ICU), for the languages the analyzer reads.
import { fold, MONTHS } from './incident-names.ts';
import {
  DATE_LOCALES,
  DAY_MONTH,
  lawDate,
  MONTH_ABBREVIATIONS,
  MONTH_DAY,
  MONTH_FORMS,
  NOT_MONTHS,
} from './time-words.ts';

/** Most dates kept per report. */
const MAX_DATES = 12;

/** Folded month name (long, and short without its dot) → month number 1–12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  for (const locale of DATE_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      // With its day the month takes the case a date gives it ("15 stycznia", "15 января", "15 Ιανουαρίου").
      const dated = new Intl.DateTimeFormat(locale, { month: style, day: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const at = Date.UTC(2000, m, 15);
        for (const written of [format.format(at), dated.format(at).replace(/[\d.,\s]+/gu, ' ')]) {
          const name = fold(written.trim()).replace(/\.$/, '');
          // Short forms only where the month list has them ("out" is October in Portuguese, and a common word).
          const known = style === 'long' || MONTHS.has(name);
          // (Thai writes its vowels as marks: "มีนาคม" is letters and marks.)
          if (known && /^\p{L}[\p{L}\p{M}]{2,}$/u.test(name) && !out.has(name)) out.set(name, m + 1);
        }
      }
    }
  }
  for (const short of MONTH_ABBREVIATIONS) out.set(short, monthBegun(out, short));
  MONTH_FORMS.forEach((forms, m) => {
    for (const w of forms) if (!out.has(fold(w))) out.set(fold(w), m + 1);
  });
  return out;
})();

/** The month whose name (of those read) a short form begins ("sept": September). */
function monthBegun(months: ReadonlyMap<string, number>, short: string): number {
  for (const [name, m] of months) if (name.length > short.length && name.startsWith(short)) return m;
  throw new Error(`time-words.json: month_abbreviations: ${short} begins no month's name`);
}

/** The dates a text names as "month-day" ("12-20"), in the order first named, without duplicates. */
export function eventDates(text: string): string[] {
  const out = new Set<string>();
  const add = (day: string, month: string) => {
    // "14 may" is English's modal verb more often than the month.
    if (NOT_MONTHS.has(month)) return;
    const m = MONTH_NUMBERS.get(fold(month));
    const d = Number(day);
    if (m !== undefined && d >= 1 && d <= 31 && out.size < MAX_DATES) out.add(`${m}-${d}`);
  };
  for (const x of text.matchAll(DAY_MONTH)) if (!lawDate(text, x.index)) add(x[1]!, x[2]!);
  for (const x of text.matchAll(MONTH_DAY)) if (!lawDate(text, x.index)) add(x[2]!, x[1]!);
  return [...out];
}
