// Where the victims come from: nationality words that name people ("15 bolivianos", "Thailänderinnen") or stand by a
// word for victims ("Paraguayan women", "mujeres paraguayas", "Myanmar fishermen", "pekerja migran Indonesia").
// Nationalities of officials and suspects ("Thai police", "a Chinese boss") are left out.
import type { Place } from '../../model/analysis.ts';
import { type CueSet, firstAtOrAfter, hitIn, hitsOf, nationalAt, tokenAt } from '../cues/scan.ts';
import { isWord } from '../cues/words.ts';
import { otherCase } from './totals.ts';

/** Tokens of the body read after the title: the lead gives the victims' nationality; later paragraphs recall other
 * cases ("Em maio, bolivianos foram retirados…", "a crew of Myanmar men on another boat"). */
const LEAD_TOKENS = 100;
/** Scripts of India and its neighbours (Devanagari to Sinhala). */
const INDIC = /[\u0900-\u0DFF]/u;
/** Most countries listed. */
const MAX_ORIGINS = 8;

/** The countries of the victims' nationalities the text gives, in the order first given. */
export function victimOrigins(
  set: CueSet,
  nationals: readonly (readonly [number, number])[],
  countries: readonly string[],
  places: readonly Place[],
): string[] {
  const out: string[] = [];
  const add = (cc: string) => {
    if (!out.includes(cc) && out.length < MAX_ORIGINS) out.push(cc);
  };
  const leadEnd = set.tokens.start[set.bodyToken + LEAD_TOKENS] ?? set.text.length;
  for (let i = 0; i < nationals.length; i++) {
    const [start, end] = nationals[i]!;
    if (start >= leadEnd) break;
    if (nationalAt(set, start, true) || besideVictim(set, start, end)) add(countries[i]!);
  }
  // "Myanmar fishermen", "Vietnam nationals": a country's name used as its people's. (Not in Indic scripts, which glue
  // case endings to the name, "कुवेतमा महिला" in-Kuwait women, and name a people with a nationality word, read above.)
  for (const p of places)
    if (
      p.kind === 'country' &&
      p.start < leadEnd &&
      !INDIC.test(set.text.slice(p.start, p.end)) &&
      besideVictim(set, p.start, p.end)
    )
      add(p.country);
  return out;
}

// Whether a word for victims stands right after the span or right before it, or before it with a word of origin
// between ("phụ nữ Việt Nam", "women from Honduras"; not "phụ nữ sang Trung Quốc", women taken to China).
function besideVictim(set: CueSet, start: number, end: number): boolean {
  const ti = tokenAt(set, start);
  if (ti < 0 || otherCase(set, ti)) return false;
  let tj = ti + 1;
  while (tj < set.tokens.length && set.tokens.start[tj]! < end) tj++;
  const after = hitIn(set, 'victim', tj, tj + 4);
  if (after && after.ti === tj && plainGap(set, end, after.start)) return true;
  const list = hitsOf(set, 'victim');
  for (let k = firstAtOrAfter(list, ti - 8); k < list.length && list[k]!.ti < ti; k++) {
    const h = list[k]!;
    if ((h.tj === ti || fromBetween(set, h.tj, ti)) && plainGap(set, h.end, start)) return true;
  }
  return false;
}

/** Most words of origin between a word for victims and the country ("mujeres procedentes de Honduras"). */
const MAX_FROM = 2;

// Whether the tokens from `from` to `to` are words that give an origin ("women from Honduras", "mujeres de Honduras").
function fromBetween(set: CueSet, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_FROM) return false;
  for (let k = from; k < to; k++) if (!isWord(set, 'origin_from', k)) return false;
  return true;
}

// No punctuation between two offsets: the words are one phrase.
function plainGap(set: CueSet, from: number, to: number): boolean {
  return !/[.,;:!?()\n"“”«»]/u.test(set.text.slice(from, to));
}
