// Dates from metadata, URLs and text → ISO 8601, keeping the timezone when the source gives one.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?/i;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.? (?:of )?(${MONTH_NAMES})\\.?,? (\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
/** Oldest and newest years accepted as a publication date. */
const YEAR_RANGE = [1990, 2100] as const;

/** Normalises a date string to ISO 8601 (date, or date-time with offset when known); null when unreadable. */
export function normalizeDate(input: string | null | undefined): string | null {
  const s = (input ?? '').trim();
  if (!s || s.length > 100) return null;
  const iso = ISO.exec(s);
  if (iso) return fromParts(+iso[1]!, +iso[2]!, +iso[3]!, iso[4], iso[5], iso[6], iso[7]);
  if (/^\d{8}$/.test(s)) return fromParts(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8));
  if (/^\d{10}(\d{3})?$/.test(s)) return epoch(Number(s.length === 10 ? `${s}000` : s));
  if (/\d{1,2}:\d{2}/.test(s) && /(GMT|UTC|[+-]\d{4}\b)/.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) return epoch(t);
  }
  return dateInText(s);
}

/** The first date written out in prose ("18 November 2019", "Nov. 18, 2019"), as YYYY-MM-DD. */
export function dateInText(text: string): string | null {
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  const first = dmy && mdy ? (dmy.index <= mdy.index ? 'dmy' : 'mdy') : dmy ? 'dmy' : mdy ? 'mdy' : null;
  if (first === 'dmy') return fromParts(+dmy![3]!, MONTHS[dmy![2]!.toLowerCase()]!, +dmy![1]!);
  if (first === 'mdy') return fromParts(+mdy![3]!, MONTHS[mdy![1]!.toLowerCase()]!, +mdy![2]!);
  return null;
}

/** A date in a URL path (/2019/11/18/, /2019-11-18-, /20191118/), as YYYY-MM-DD. */
export function dateInUrl(url: string): string | null {
  const m = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(url);
  return m ? fromParts(+m[1]!, +m[2]!, +m[3]!) : null;
}

function fromParts(y: number, mo: number, d: number, h?: string, mi?: string, se?: string, tz?: string): string | null {
  if (y < YEAR_RANGE[0] || y > YEAR_RANGE[1] || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || +h > 23 || +(mi ?? 0) > 59) return date;
  const time = `${pad(+h)}:${mi}:${se ?? '00'}`;
  return `${date}T${time}${zone(tz)}`;
}

function zone(tz: string | undefined): string {
  if (!tz) return '';
  if (/^(Z|UTC|GMT)$/i.test(tz)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(tz);
  return m ? `${m[1]}${m[2]}:${m[3]}` : '';
}

function epoch(ms: number): string | null {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (!Number.isFinite(ms) || y < YEAR_RANGE[0] || y > YEAR_RANGE[1]) return null;
  return d.toISOString().replace('.000Z', 'Z');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
