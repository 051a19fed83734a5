// Message catalogues (data/i18n/<lang>.json): loaded once, each checked against English for keys and placeholders.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';
import { LANGS, type Lang } from './langs.ts';
import { placeholders } from './message.ts';

/** Every message key: the keys of the English catalogue. */
export type MessageKey = keyof typeof import('../../../data/i18n/en.json');

/** One language's messages (the "_meta" entry says who wrote and reviewed it). */
export type Catalogue = Record<MessageKey, string>;

/** What differs between a catalogue and the English one (empty lists: it matches). */
export interface CatalogueCheck {
  missing: string[];
  extra: string[];
  /** Keys whose placeholders differ from the English message's. */
  placeholders: string[];
}

/** Compares a catalogue's keys and placeholders with the English catalogue's. */
export function checkCatalogue(en: Record<string, string>, other: Record<string, string>): CatalogueCheck {
  const keys = (c: Record<string, string>) => Object.keys(c).filter((k) => !k.startsWith('_'));
  const missing = keys(en).filter((k) => typeof other[k] !== 'string');
  const extra = keys(other).filter((k) => !(k in en));
  const differ = keys(en).filter(
    (k) => typeof other[k] === 'string' && placeholders(en[k]!).join() !== placeholders(other[k]!).join(),
  );
  return { missing, extra, placeholders: differ };
}

/** Reads one catalogue file as a flat object of strings. */
export function readCatalogue(lang: Lang, dir = dataPath('i18n')): Record<string, string> {
  const file = `${dir}/${lang}.json`;
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected a JSON object`);
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    if (k.startsWith('_')) continue;
    if (typeof v !== 'string') throw new Error(`${file}: "${k}" is not a string`);
    flat[k] = v;
  }
  return flat;
}

let loaded: Map<Lang, Catalogue> | undefined;

/** Every catalogue, checked against English; a missing key or placeholder is a startup error naming it. */
export function catalogues(): Map<Lang, Catalogue> {
  if (loaded) return loaded;
  const en = readCatalogue('en');
  const all = new Map<Lang, Catalogue>();
  for (const lang of LANGS) {
    const c = lang === 'en' ? en : readCatalogue(lang);
    const check = checkCatalogue(en, c);
    const bad = [...check.missing, ...check.extra, ...check.placeholders];
    if (bad.length) throw new Error(`data/i18n/${lang}.json differs from en.json at: ${bad.slice(0, 10).join(', ')}`);
    all.set(lang, c as Catalogue);
  }
  loaded = all;
  return all;
}
