// Nationality adjectives in Spanish, French, Italian and German (i18n-nationality), inflected by rule:
// "Marroquí" → marroquí, marroquíes; "Paraguayo" → paraguayo, paraguaya, paraguayos, paraguayas.
import { createRequire } from 'node:module';
import { foldMarks } from '../../../lib/text/fold.ts';
import type { GazetteerBuilder } from './builder.ts';

const require = createRequire(import.meta.url);

/** Adjectives that are also the name of a language ("habla español", "en français"): matched only as plurals or feminines. */
export const LANGUAGE_WORD =
  /^(?:español|inglés|francés|alemán|portugués|italiano|ruso|chino|árabe|japonés|anglais|français|allemand|portugais|italien|russe|chinois|arabe|japonais|inglese|francese|tedesco|portoghese|spagnolo|russo|cinese|arabo|giapponese|português|inglês|francês|espanhol|alemão|chinês|japonês|deutsch|englisch|französisch|spanisch|italienisch|russisch|arabisch|chinesisch|türkisch|portugiesisch|rumänisch|polnisch|bulgarisch|ungarisch|griechisch|japanisch)$/;

/** Inflected forms of a masculine singular nationality adjective, per language. */
export function inflect(lang: string, base: string): string[] {
  const w = base.toLowerCase();
  switch (lang) {
    case 'es':
      return spanish(w);
    case 'fr':
      return french(w);
    case 'it':
      return italian(w);
    case 'pt':
      return portuguese(w);
    case 'de':
      return /isch$/.test(w) ? ['', 'e', 'en', 'er', 'es'].map((e) => w + e) : [w];
    default:
      return [w];
  }
}

function spanish(w: string): string[] {
  if (/o$/.test(w)) return ['o', 'a', 'os', 'as'].map((e) => w.slice(0, -1) + e);
  if (/[íú]$/.test(w)) return [w, `${w}es`, `${w}s`];
  const acute = /([áéíóú])(n|s)$/.exec(w);
  if (acute) {
    const plain = w.slice(0, -2) + foldMarks(acute[1]!) + acute[2];
    return [w, `${plain}a`, `${plain}es`, `${plain}as`];
  }
  if (/[ln]$/.test(w)) return [w, `${w}a`, `${w}es`, `${w}as`];
  if (/[ae]$/.test(w)) return [w, `${w}s`];
  return [w];
}

function portuguese(w: string): string[] {
  if (/o$/.test(w)) return ['o', 'a', 'os', 'as'].map((e) => w.slice(0, -1) + e);
  if (/ês$/.test(w)) return [w, ...['esa', 'eses', 'esas'].map((e) => w.slice(0, -2) + e)];
  if (/[ae]$/.test(w)) return [w, `${w}s`];
  return [w];
}

/**
 * Portuguese forms from the Spanish ones where the two languages differ only by a regular ending
 * (senegalés → senegalês, hondureño → hondurenho, paraguayo → paraguaio); the others are left to demonyms.tsv.
 */
export function portugueseFromSpanish(es: string): string | undefined {
  const w = es.toLowerCase();
  if (/és$/.test(w)) return `${w.slice(0, -2)}ês`;
  if (/eño$/.test(w)) return `${w.slice(0, -3)}enho`;
  if (/ayo$/.test(w)) return `${w.slice(0, -3)}aio`;
  if (/(?:an|in|ian|ic|ens)[oe]$/.test(w) || /ense$/.test(w)) return w;
  return undefined;
}

function french(w: string): string[] {
  if (/ien$/.test(w)) return [w, `${w}ne`, `${w}s`, `${w}nes`];
  if (/e$/.test(w)) return [w, `${w}s`];
  if (/[sx]$/.test(w)) return [w, `${w}e`, `${w}es`];
  return [w, `${w}e`, `${w}s`, `${w}es`];
}

function italian(w: string): string[] {
  if (/[cg]o$/.test(w))
    return [w, `${w.slice(0, -1)}a`, `${w.slice(0, -1)}hi`, `${w.slice(0, -1)}he`, `${w.slice(0, -1)}i`];
  if (/o$/.test(w)) return ['o', 'a', 'i', 'e'].map((e) => w.slice(0, -1) + e);
  if (/e$/.test(w)) return [w, `${w.slice(0, -1)}i`];
  if (/a$/.test(w)) return [w, `${w.slice(0, -1)}i`, `${w.slice(0, -1)}e`];
  return [w];
}

function addForms(b: GazetteerBuilder, lang: string, base: string, i: number): void {
  for (const f of inflect(lang, base)) {
    if ((f === base.toLowerCase() && LANGUAGE_WORD.test(f)) || NOT_NATIONALITY.has(f)) continue;
    b.addAlias(f, lang, 'd', i);
  }
}

/** "Nigerianisch (Nigeria)" → "Nigerianisch": the bracket only tells two countries apart in a list. */
function baseOf(raw: string): string {
  return raw.replace(/\s*\(.*\)\s*$/, '').trim();
}

/** Forms that are ordinary words first (Italian "emiro", emir). */
const NOT_NATIONALITY = new Set(['emiro', 'emira', 'emiri', 'emire']);

/** Adds the nationality adjectives of the countries in `states`, in the languages i18n-nationality covers. */
export function addNationalities(b: GazetteerBuilder, byCode: Map<string, number>, states: Set<string>): void {
  for (const lang of ['es', 'fr', 'it', 'de']) {
    const { nationalities } = require(`i18n-nationality/langs/${lang}.json`) as {
      nationalities: Record<string, string>;
    };
    const bases = Object.values(nationalities).map(baseOf);
    for (const [cc, raw] of Object.entries(nationalities)) {
      const i = byCode.get(cc);
      const base = baseOf(raw);
      // "Nigeriano (Nigeria)" and "Nigeriano (Niger)": a form shared by two countries is left to demonyms.tsv.
      const shared = raw !== base && bases.filter((b) => b === base).length > 1;
      if (i === undefined || !states.has(cc) || shared || !base || base.includes(' ') || base.length < 4) continue;
      addForms(b, lang, base, i);
      const pt = lang === 'es' ? portugueseFromSpanish(base) : undefined;
      if (pt) addForms(b, 'pt', pt, i);
    }
  }
}
