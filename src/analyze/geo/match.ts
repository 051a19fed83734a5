// Finds gazetteer aliases in a text: longest match over word tokens, cased names case-sensitively.
import { foldMarks, isAscii } from '../../lib/text/fold.ts';
import { isUnspaced } from '../../lib/text/words.ts';
import type { AliasType } from './gazetteer.ts';
import { type AliasRec, DECLINING, type GeoIndex, mayBeKey, TOWN_STEM } from './lookup.ts';
import { isAllCaps, isCapitalised, isCaseless, type Token } from './tokens.ts';
import type { GeoWords } from './words.ts';

/** One alias found in the text, before disambiguation. */
export interface Mention {
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  type: AliasType;
  ids: number[];
  /** A lowercase alias ("luciano", "marroquí") found in a capitalised word: a name, unless the word opens a sentence. */
  capitalisedWord: boolean;
}

/** Words of a multi-word name may be separated only by a space, hyphen, apostrophe or dot ("U.S.", "Guinea-Bissau"), a
 * Persian non-joiner ("ترکیه‌ای", written for the space of "ترکیه ای"), or one line break (a wrapped line). */
const GAP = /^(?:[ \t\u00a0\u200c\-'’.]{1,3}|[ \t]?\r?\n[ \t]?)$/;
const INDIC = /[\u0900-\u0DFF\u0E00-\u0E7F]/u;
const DEVANAGARI = /^[\u0900-\u097F]/u;
/** Matches nothing: a script whose language lists no glued affixes keeps its words whole. */
const NOTHING = /(?!)/u;
const HANGUL = /^[\uac00-\ud7a3]/u;
const ETHIOPIC = /^\p{Script=Ethiopic}/u;
/** Arabic vowel marks and tatweel, written in some texts and not in others ("عمّان"). */
const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670]/gu;

/** Every alias match, longest first at each position, scoped to the text's language. */
export function findMentions(text: string, tokens: Token[], index: GeoIndex, lang: string): Mention[] {
  const out: Mention[] = [];
  const lowerToo = index.lowerLangs.has(lang);
  const declining = DECLINING.has(lang);
  for (let i = 0; i < tokens.length; ) {
    // Most words start with a lowercase ASCII letter and can only match lowercase aliases: skip them fast.
    const c = tokens[i]!.text.charCodeAt(0);
    if (!lowerToo && c >= 97 && c <= 122) {
      i++;
      continue;
    }
    const m = matchAt(text, tokens, i, index, lang, lowerToo, declining);
    if (m) out.push(m);
    i = m ? m.to : i + 1;
  }
  return out;
}

// Plain loops, no closures: this runs once per word of every article.
function matchAt(
  text: string,
  tokens: Token[],
  i: number,
  index: GeoIndex,
  lang: string,
  lowerToo: boolean,
  declining: boolean,
): Mention | undefined {
  const w = tokens[i]!.text;
  let best: Mention | undefined;
  const c = w.charCodeAt(0);
  const upper = c < 128 ? c >= 65 && c <= 90 : isCapitalised(w);
  // The filter's bit ignores case, so one test serves the word as written, its Title Case and its lowercase form.
  const maybe = mayBeKey(index, w);
  if (upper) {
    if (maybe) {
      best = longest(text, tokens, i, index.cased.get(w), lang, false, best);
      if (w.length > 2 && isAllCaps(w))
        best = longest(text, tokens, i, index.cased.get(w[0] + w.slice(1).toLowerCase()), lang, false, best);
    }
    // "Río de Janeiro", "Berlín", "Ámsterdam": a name written with a mark the place's own name lacks.
    if (!best && w.length >= FOLD_MIN && !isAscii(w)) best = folded(text, tokens, i, index, lang, w);
    if (!best && declining) {
      for (let cut = 1; cut <= 3 && w.length - cut >= 4 && !best; cut++) {
        const key = w.slice(0, -cut);
        best = longest(text, tokens, i, index.stems.get(key), lang, false, best);
        // Hungarian lengthens a final vowel before a suffix ("Ausztria" → "Ausztriában", "Szerbia" → "Szerbiából").
        if (!best && LENGTHENED.test(key))
          best = longest(text, tokens, i, index.stems.get(key.slice(0, -1)), lang, false, best);
      }
      if (!best) best = shortCountry(text, tokens, i, index, lang, w);
      if (!best) best = declinedTown(text, tokens, i, index, lang, w);
    }
    if (best) return best;
  }
  const caseless = c >= 0x370 && isCaseless(w);
  if (!caseless && !lowerToo) return best;
  if (maybe) {
    // (A name of two words in Devanagari may end in a Nepali postposition: "उत्तर प्रदेशमा".)
    const tail = caseless && DEVANAGARI.test(w) ? tailOf(index.words, 'ne') : NOTHING;
    best = longest(text, tokens, i, index.lower.get(w.toLowerCase()), lang, true, best, tail);
  }
  if (!best && lowerToo && w.length >= COMPASS_MIN) best = afterCompass(text, tokens, i, index, lang, w.toLowerCase());
  if (!best && caseless && (w.length >= 4 || (w.length >= 3 && HANGUL.test(w))))
    for (const v of affixVariants(w, index.words))
      best = longest(text, tokens, i, index.lower.get(v), lang, true, best);
  return best;
}

/** Case endings after which a three-letter stem may be a country's ("Ганы", "Кубы", "Омана"): a vowel or soft sign. */
const SHORT_STEM_ENDING = /^[аеиоуыэюяіїєь]{1,2}$/u;

// A country whose name declines from a four-letter word ("Гана" → "из Ганы", "Куба" → "с Кубы"): only countries are
// taken from so short a stem, so a name ("Ганс") or an ordinary word does not become a town.
function shortCountry(
  text: string,
  tokens: Token[],
  i: number,
  index: GeoIndex,
  lang: string,
  w: string,
): Mention | undefined {
  for (let cut = 1; cut <= 2; cut++) {
    if (w.length - cut !== 3 || !SHORT_STEM_ENDING.test(w.slice(-cut))) continue;
    const m = longest(text, tokens, i, index.stems.get(w.slice(0, -cut)), lang, false, undefined);
    if (m?.ids.length && m.ids.every((id) => index.entry(id).kind === 'c')) return m;
  }
  return undefined;
}

/** Most letters of a case ending ("Košiciach"). */
const ENDING_MAX = 4;

// A town named with a case ending of the text's language ("pod Lublinem", "kod Subotice", "Szegeden"): the word less an
// ending the language lists (places/words.json, case_ending) is the town's name or stem.
function declinedTown(
  text: string,
  tokens: Token[],
  i: number,
  index: GeoIndex,
  lang: string,
  w: string,
): Mention | undefined {
  const endings = index.words.byLang.case_ending.get(lang);
  if (!endings) return undefined;
  for (let cut = 1; cut <= ENDING_MAX && w.length - cut >= 4; cut++) {
    if (!endings.has(w.slice(-cut).toLowerCase())) continue;
    const m = longest(text, tokens, i, index.stems.get(TOWN_STEM + w.slice(0, -cut)), lang, false, undefined);
    if (m) return m;
  }
  return undefined;
}

/** Least length of a word read as a compass point joined to a nationality ("nordgriechischen"). */
const COMPASS_MIN = 9;

// German joins a compass point to a nationality adjective ("in der nordgriechischen Stadt", "südspanischen"):
// the adjective after the prefix (data/lexicons/places/words.json, compass_prefix).
function afterCompass(
  text: string,
  tokens: Token[],
  i: number,
  index: GeoIndex,
  lang: string,
  lower: string,
): Mention | undefined {
  const prefixes = index.words.byLang.compass_prefix.get(lang);
  if (!prefixes) return undefined;
  for (const p of prefixes) {
    if (lower.length - p.length < 5 || !lower.startsWith(p)) continue;
    const m = longest(text, tokens, i, index.lower.get(lower.slice(p.length)), lang, true, undefined);
    if (m) return m;
  }
  return undefined;
}

/** A final long vowel that a suffix made of a short one. */
const LENGTHENED = /[áé]$/;

/** Least length of a word looked up again without its marks. */
const FOLD_MIN = 3;
/** Languages whose marks tell words apart: a word is never read as a place written without its marks. */
const MARKS_TELL_WORDS = new Set(['vi']);

// A capitalised word looked up without its diacritics, among the names of towns and regions written without them
// (not countries: Spanish and Portuguese "América" is the continent, and their country names are in the gazetteer).
function folded(
  text: string,
  tokens: Token[],
  i: number,
  index: GeoIndex,
  lang: string,
  w: string,
): Mention | undefined {
  // (Vietnamese marks tell words apart: "Của", of, is not "Cúa", nor "Cửa" a town; its places keep their marks.)
  if (MARKS_TELL_WORDS.has(lang)) return undefined;
  const bare = foldMarks(w);
  if (bare === w || !mayBeKey(index, bare)) return undefined;
  const m = longest(text, tokens, i, index.cased.get(bare), lang, false, undefined);
  return m && !m.ids.some((id) => index.entry(id).kind === 'c') ? m : undefined;
}

/** The longest of the aliases starting at token i that fits the text and the language. */
function longest(
  text: string,
  tokens: Token[],
  i: number,
  recs: AliasRec[] | undefined,
  lang: string,
  lower: boolean,
  best: Mention | undefined,
  tail = NOTHING,
): Mention | undefined {
  if (!recs) return best;
  const relaxed = LOWERCASE_ADJECTIVES.has(lang);
  // "The", "San", "La" start dozens of names: read only those whose second word is the text's next word.
  const bucket = recs.length > HOT ? (buckets.get(recs) ?? bucketOf(recs)) : undefined;
  if (bucket) {
    // (A read past the end of the tokens would deoptimise: the last word is asked for its next one.)
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    const more = next ? bucket.bySecond.get(next.text.toLowerCase()) : undefined;
    best = scan(text, tokens, i, bucket.single, lang, lower, relaxed, best, tail);
    // (The second word may carry a glued ending: the bucket by second word does not know it.)
    const glued = tail === NOTHING ? undefined : gluedSecond(bucket, next?.text.toLowerCase() ?? '', tail);
    if (glued) best = scan(text, tokens, i, glued, lang, lower, relaxed, best, tail);
    return more ? scan(text, tokens, i, more, lang, lower, relaxed, best, tail) : best;
  }
  return scan(text, tokens, i, recs, lang, lower, relaxed, best, tail);
}

function scan(
  text: string,
  tokens: Token[],
  i: number,
  recs: AliasRec[],
  lang: string,
  lower: boolean,
  relaxed: boolean,
  best: Mention | undefined,
  tail: RegExp,
): Mention | undefined {
  for (const r of recs) {
    const rlang = r[3];
    if (rlang !== '*' && rlang !== lang) continue;
    const to = restMatch(text, tokens, i, r[2], lower, relaxed, tail);
    if (to < 0 || (best && to <= best.to)) continue;
    // One object shape for every mention (a property added later would slow every reader down).
    const capitalisedWord = lower && r[0] === 'l' && isCapitalised(tokens[i]!.text) && !isAllCaps(tokens[i]!.text);
    best = { start: tokens[i]!.start, end: tokens[to - 1]!.end, from: i, to, type: r[4], ids: r[5], capitalisedWord };
  }
  return best;
}

/** Aliases sharing a first word, split by their second word (lowercased; matching compares case after). */
interface Bucket {
  single: AliasRec[];
  bySecond: Map<string, AliasRec[]>;
}

/** First words with more aliases than this get a bucket. */
const HOT = 8;
/** Buckets by alias list: built on first use, and dropped with the index that holds the list. */
const buckets = new WeakMap<AliasRec[], Bucket>();

/** Splits a long alias list by second word (once, on its first use). */
function bucketOf(recs: AliasRec[]): Bucket {
  const bucket: Bucket = { single: [], bySecond: new Map() };
  for (const r of recs) {
    const second = r[2][0]?.toLowerCase();
    if (second === undefined) bucket.single.push(r);
    else {
      const list = bucket.bySecond.get(second);
      if (list) list.push(r);
      else bucket.bySecond.set(second, [r]);
    }
  }
  buckets.set(recs, bucket);
  return bucket;
}

/** Index one past the last token of the alias, or -1 when the following words differ; the last word may carry a glued
 * ending that `tail` reads whole ("उत्तर प्रदेशमा"). */
function restMatch(
  text: string,
  tokens: Token[],
  i: number,
  rest: string[],
  lower: boolean,
  own: boolean,
  tail: RegExp,
): number {
  for (let k = 0; k < rest.length; k++) {
    const next = tokens[i + k + 1];
    if (!next) return -1;
    const want = rest[k]!;
    const got = next.text;
    // Words first, gap second: "San", "New" and "The" start hundreds of names, and most fail on the next word.
    if (got !== want && (got.length !== want.length || !sameWord(got, want, lower, own))) {
      if (k < rest.length - 1 || !gluedOn(got, want, tail)) return -1;
    }
    const prev = tokens[i + k]!;
    // ("เมียนมา" is cut เมีย|นมา: in a script written without spaces the words of a name touch.)
    if (next.start === prev.end ? !isUnspaced(text.charCodeAt(prev.end)) : next.start - prev.end > 3) return -1;
    if (next.start > prev.end && !GAP.test(text.slice(prev.end, next.start))) return -1;
  }
  return i + rest.length + 1;
}

// Whether a word is the name's word with an ending the script glues on ("प्रदेशमा": "प्रदेश" and "मा").
function gluedOn(got: string, want: string, tail: RegExp): boolean {
  return tail !== NOTHING && got.length > want.length && got.startsWith(want) && tail.test(got.slice(want.length));
}

// The aliases of a bucket whose second word the next word is, less a glued ending (few buckets, few second words).
function gluedSecond(bucket: Bucket, next: string, tail: RegExp): AliasRec[] | undefined {
  let out: AliasRec[] | undefined;
  for (const [second, list] of bucket.bySecond) if (gluedOn(next, second, tail)) out = [...(out ?? []), ...list];
  return out;
}

/** Languages that write the adjectives of a country's name in lowercase ("Arabie saoudite", "Emiratos árabes"). */
const LOWERCASE_ADJECTIVES = new Set(['fr', 'es', 'pt', 'it', 'ca', 'ro']);

/**
 * "OF" matches "of" in a shouting headline, any case matches in a lowercase alias, and in a language that writes
 * a name's adjectives in lowercase, a lowercase word matches a capitalised one after the first ("Arabie saoudite");
 * English keeps the case ("a Spanish town" is not Spanish Town, Jamaica).
 */
function sameWord(got: string, want: string, lower: boolean, own: boolean): boolean {
  return (lower || isAllCaps(got) || (own && !isCapitalised(got))) && got.toLowerCase() === want.toLowerCase();
}

/** Forms of a word in a script that glues prepositions and endings on (Arabic, Hebrew, Amharic, Korean: their affixes are in
 * data/lexicons/places/words.json; Indic: a shorter stem). */
function affixVariants(w: string, words: GeoWords): string[] {
  const out: string[] = [];
  if (/\p{Script=Arabic}/u.test(w)) {
    // Persian letter forms (ی, ک) in an Arabic text, and vowel marks, are looked up as plain Arabic too.
    const plain = w.replace(ARABIC_MARKS, '').replace(/ی/gu, 'ي').replace(/ک/gu, 'ك');
    for (const form of plain === w ? [w] : [w, plain]) {
      const bare = form.replace(prefix(words, 'ar'), '');
      for (const v of [bare, form]) out.push(v, v.replace(suffix(words, 'ar'), ''));
    }
  } else if (/\p{Script=Hebrew}/u.test(w)) {
    out.push(w.replace(prefix(words, 'he'), ''), w.slice(1));
  } else if (ETHIOPIC.test(w)) {
    // Amharic prepositions written joined ("በሊባኖስ", "ከሳዑዲ", "የኢትዮጵያ").
    out.push(w.replace(prefix(words, 'am'), ''));
  } else if (HANGUL.test(w)) {
    const stem = w.replace(suffix(words, 'ko'), '');
    if (stem.length >= 2) out.push(stem);
  } else if (INDIC.test(w)) {
    // Nepali postpositions first, one or two ("काठमाडौंमा", "भारतसम्मको"), then any shorter stem.
    if (DEVANAGARI.test(w)) {
      const once = w.replace(suffix(words, 'ne'), '');
      out.push(once, once.replace(suffix(words, 'ne'), ''));
    }
    for (let n = w.length - 1; n >= 3; n--) out.push(w.slice(0, n));
  }
  return out.filter((v) => v && v !== w);
}

// A language's glued prefixes and suffixes (module-level: closures would be made for every word).
function prefix(words: GeoWords, lang: string): RegExp {
  return words.gluedPrefix.get(lang) ?? NOTHING;
}

function suffix(words: GeoWords, lang: string): RegExp {
  return words.gluedSuffix.get(lang) ?? NOTHING;
}

function tailOf(words: GeoWords, lang: string): RegExp {
  return words.gluedTail.get(lang) ?? NOTHING;
}
