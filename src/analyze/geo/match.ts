// Finds gazetteer aliases in a text: longest match over word tokens, cased names case-sensitively.
import type { AliasType } from './gazetteer.ts';
import { type AliasRec, DECLINING, type GeoIndex } from './lookup.ts';
import { isAllCaps, isCapitalised, isCaseless, type Token } from './tokens.ts';

/** One alias found in the text, before disambiguation. */
export interface Mention {
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  type: AliasType;
  ids: number[];
}

/** Words of a multi-word name may be separated only by a space, hyphen, apostrophe or dot ("U.S.", "Guinea-Bissau"). */
const GAP = /^[ \t\u00a0\-'’.]{1,3}$/;
const ARABIC_PREFIX = /^(?:[وف]?(?:[بلك]?ال|لل|[بلك])|[وف])/u;
const ARABIC_PLURAL = /(?:ون|ين|ات)$/u;
const HEBREW_PREFIX = /^[ושמבלכה]{1,2}/u;
const INDIC = /[\u0900-\u0DFF\u0E00-\u0E7F]/u;

/** Every alias match, longest first at each position, scoped to the text's language. */
export function findMentions(text: string, tokens: Token[], index: GeoIndex, lang: string): Mention[] {
  const out: Mention[] = [];
  const lowerToo = index.lowerLangs.has(lang);
  for (let i = 0; i < tokens.length; ) {
    // Most words start with a lowercase ASCII letter and can only match lowercase aliases: skip them fast.
    const c = tokens[i]!.text.charCodeAt(0);
    if (!lowerToo && c >= 97 && c <= 122) {
      i++;
      continue;
    }
    const m = matchAt(text, tokens, i, index, lang);
    if (m) out.push(m);
    i = m ? m.to : i + 1;
  }
  return out;
}

// Plain loops, no closures: this runs once per word of every article.
function matchAt(text: string, tokens: Token[], i: number, index: GeoIndex, lang: string): Mention | undefined {
  const w = tokens[i]!.text;
  let best: Mention | undefined;
  const c = w.charCodeAt(0);
  const upper = c < 128 ? c >= 65 && c <= 90 : isCapitalised(w);
  if (upper) {
    best = longest(text, tokens, i, index.cased.get(w), lang, false, best);
    if (w.length > 2 && isAllCaps(w))
      best = longest(text, tokens, i, index.cased.get(w[0] + w.slice(1).toLowerCase()), lang, false, best);
    if (!best && DECLINING.has(lang)) {
      for (let cut = 1; cut <= 3 && w.length - cut >= 4 && !best; cut++) {
        best = longest(text, tokens, i, index.stems.get(w.slice(0, -cut)), lang, false, best);
      }
    }
    if (best) return best;
  }
  const caseless = c >= 0x370 && isCaseless(w);
  if (!caseless && !index.lowerLangs.has(lang)) return best;
  best = longest(text, tokens, i, index.lower.get(w.toLowerCase()), lang, true, best);
  if (!best && caseless && w.length >= 4)
    for (const v of affixVariants(w)) best = longest(text, tokens, i, index.lower.get(v), lang, true, best);
  return best;
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
): Mention | undefined {
  if (!recs) return best;
  for (const r of recs) {
    const rlang = r[3];
    if (rlang !== '*' && rlang !== lang) continue;
    const to = restMatch(text, tokens, i, r[2], lower);
    if (to < 0 || (best && to <= best.to)) continue;
    best = { start: tokens[i]!.start, end: tokens[to - 1]!.end, from: i, to, type: r[4], ids: r[5] };
  }
  return best;
}

/** Index one past the last token of the alias, or -1 when the following words differ. */
function restMatch(text: string, tokens: Token[], i: number, rest: string[], lower: boolean): number {
  for (let k = 0; k < rest.length; k++) {
    const next = tokens[i + k + 1];
    if (!next) return -1;
    const want = rest[k]!;
    const got = next.text;
    // Words first, gap second: "San", "New" and "The" start hundreds of names, and most fail on the next word.
    if (got !== want && (got.length !== want.length || !sameWord(got, want, lower))) return -1;
    const prev = tokens[i + k]!;
    if (next.start - prev.end > 3 || !GAP.test(text.slice(prev.end, next.start))) return -1;
  }
  return i + rest.length + 1;
}

/** "OF" matches "of" in a shouting headline, and any case matches in a lowercase alias. */
function sameWord(got: string, want: string, lower: boolean): boolean {
  return (lower || isAllCaps(got)) && got.toLowerCase() === want.toLowerCase();
}

/** Forms of a word in a script that glues prepositions and endings on (Arabic, Hebrew, Indic). */
function affixVariants(w: string): string[] {
  const out: string[] = [];
  if (/\p{Script=Arabic}/u.test(w)) {
    const bare = w.replace(ARABIC_PREFIX, '');
    for (const v of [bare, w]) out.push(v, v.replace(ARABIC_PLURAL, ''));
  } else if (/\p{Script=Hebrew}/u.test(w)) {
    out.push(w.replace(HEBREW_PREFIX, ''), w.slice(1));
  } else if (INDIC.test(w)) {
    for (let n = w.length - 1; n >= 3; n--) out.push(w.slice(0, n));
  }
  return out.filter((v) => v && v !== w);
}
