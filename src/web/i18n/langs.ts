// The interface languages of the portal, their writing direction and their names in their own language.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';

/** Every interface language, English first (English pages keep their unprefixed addresses). */
export const LANGS = ['en', 'fr', 'es', 'pt', 'sw', 'ar'] as const;

/** One interface language. */
export type Lang = (typeof LANGS)[number];

/** The default language: served without a path prefix. */
export const DEFAULT_LANG: Lang = 'en';

/** Whether a string is one of the interface languages. */
export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/** Right-to-left interface languages. */
const RTL: ReadonlySet<Lang> = new Set<Lang>(['ar']);

/** The writing direction of a language. */
export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

let names: Record<Lang, string> | undefined;

/** Each language's name in that language (data/i18n/languages.json), for the switcher. */
export function langNames(): Record<Lang, string> {
  if (names) return names;
  const read = JSON.parse(readFileSync(dataPath('i18n/languages.json'), 'utf8')) as Record<string, string>;
  for (const l of LANGS) if (!read[l]) throw new Error(`data/i18n/languages.json: no name for "${l}"`);
  names = read as Record<Lang, string>;
  return names;
}

/** The path without its language prefix, and the language it names ("/fr/map" → fr, "/map"). */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (m && m[1] !== DEFAULT_LANG && isLang(m[1]!)) return { lang: m[1] as Lang, path: m[2] || '/' };
  return { lang: DEFAULT_LANG, path };
}

/** A public path in a language: English unprefixed, others under /<lang>. */
export function langPath(lang: Lang, path: string): string {
  if (lang === DEFAULT_LANG) return path;
  return path === '/' ? `/${lang}/` : `/${lang}${path}`;
}
