// A reader's locale: messages, plurals, dates, numbers and country names in one language (the platform's Intl).
import { raw, type Safe } from '../html.ts';
import { countryName } from '../labels.ts';
import { type Catalogue, catalogues, type MessageKey } from './catalogue.ts';
import { dirOf, type Lang, langPath } from './langs.ts';
import { type MessageVars, render } from './message.ts';

/** Everything a view needs to speak the reader's language. */
export interface Locale {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  /** A message as plain text (escaped later by the template). */
  t(key: MessageKey, vars?: MessageVars): string;
  /** Whether a key names a message (for keys built from data, such as "form." + a form). */
  has(key: string): key is MessageKey;
  /** A message as markup: its text escaped, Safe values (links) kept. */
  tx(key: MessageKey, vars?: MessageVars): Safe;
  num(n: number): string;
  /** A date ("5 Dec 2026" in the locale's order), UTC. */
  date(iso: string): string;
  /** A month ("Dec 2026"), from "YYYY-MM". */
  month(ym: string): string;
  /** A country's name from its ISO code. */
  country(code: string): string;
  /** Compares two names in the locale's alphabetical order. */
  compare(a: string, b: string): number;
  /** A public path in this language ("/map" → "/fr/map"). */
  href(path: string): string;
}

const made = new Map<Lang, Locale>();

/** The locale of a language (built once, then shared: Intl objects are costly to create, cheap to use). */
export function localeFor(lang: Lang): Locale {
  let l = made.get(lang);
  if (!l) {
    l = build(lang, catalogues().get(lang)!);
    made.set(lang, l);
  }
  return l;
}

/** The Intl locale of each interface language: English dates read "29 Nov 2026", as they always have. */
const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr', es: 'es', pt: 'pt', sw: 'sw', ar: 'ar' };

function build(lang: Lang, messages: Catalogue): Locale {
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(INTL_LOCALE[lang]);
  const day = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(INTL_LOCALE[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(lang);
  const names = new Map<string, string>();
  const fmt = { plural: (n: number) => plural.select(n), num: (n: number) => number.format(n) };
  return {
    lang,
    dir: dirOf(lang),
    t: (key, vars = {}) => render(messages[key], vars, fmt),
    has: (key): key is MessageKey => Object.hasOwn(messages, key),
    tx: (key, vars = {}) => raw(render(messages[key], vars, fmt, true)),
    num: fmt.num,
    date: (iso) => day.format(new Date(iso)),
    month: (ym) => month.format(new Date(`${ym}-01T00:00:00Z`)),
    country: (code) => {
      const cc = code.toUpperCase();
      let name = names.get(cc);
      if (name === undefined) {
        // English keeps the names it always had (world-countries); others use the platform's CLDR names.
        name = lang === 'en' || !/^[A-Z]{2}$/.test(cc) ? countryName(cc) : regions.of(cc) || countryName(cc);
        names.set(cc, name);
      }
      return name;
    },
    compare: collator.compare,
    href: (path) => langPath(lang, path),
  };
}
