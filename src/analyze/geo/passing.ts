// Passing mentions: a place named as a source, a market, an artist's nationality or a language, not where the story is.
import type { Mention } from './match.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { type GeoWords, hasWord } from './words.ts';

/** "US import bans", "a Danish actor", "a Russia-Turkey documentary": the next word or the one after is such a noun. */
function passingNoun(text: string, tokens: Token[], t: number, words: GeoWords): boolean {
  let prevEnd = tokens[t - 1]?.end ?? 0;
  let at = t;
  const first = tokens[at];
  // "-Turkey documentary": a second country joined by a hyphen.
  if (first && text.charCodeAt(prevEnd) === 45 && first.start === prevEnd + 1 && isCapitalised(first.text)) {
    prevEnd = first.end;
    at++;
  }
  for (const stop = at + 2; at < stop; at++) {
    const next = tokens[at];
    if (!next || !separated(text, prevEnd, next.start) || isCapitalised(next.text)) return false;
    if (hasWord(words, 'passing_noun', next.text)) return true;
    prevEnd = next.end;
  }
  return false;
}

/** A space or hyphen between two words (no punctuation). */
function separated(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0xa0) return false;
  }
  return true;
}

/** A nationality word used as the name of a language: says nothing about where the story is. */
function languageUse(before: string, prevWord: string, after: string, words: GeoWords): boolean {
  return (
    words.speakBefore.test(before) ||
    ((listWord(words, prevWord) || hasWord(words, 'in_word', prevWord) || before.endsWith(', ')) &&
      words.writtenIn.test(before)) ||
    (words.languageAfter.test(after) && (prevWord === 'in' || !/^\s*[.,;:)]/.test(after)))
  );
}

/** "according to the US ...", "except Malta", "funded by Norway", ", said Kenya's ...": not where the story is. */
function passingBefore(text: string, tokens: Token[], m: Mention, words: GeoWords): boolean {
  let t = m.from - 1;
  if (t >= 0 && hasWord(words, 'passing_article', tokens[t]!.text.toLowerCase())) t--;
  const w1 = tokens[t]?.text.toLowerCase();
  if (!w1) return false;
  if (hasWord(words, 'passing_word', w1)) return true;
  if (neighbourList(tokens, t, words)) return true;
  if (w1 === 'said' && /,\s*$/.test(text.slice(tokens[t - 1]?.end ?? 0, tokens[t]!.start))) return true;
  if (!words.pairEnd.has(w1)) return false;
  const w0 = tokens[t - 1]?.text.toLowerCase();
  return !!w0 && hasWord(words, 'passing_pair', `${w0} ${w1}`);
}

/** Most words stepped back over through a list of names to its "neighbouring". */
const LIST_BACK = 10;

/**
 * "Neighbouring Uganda and Tanzania have seen similar cases" (not "fled to neighbouring Thailand"): neighbours named
 * in passing. Steps back from token `t` over a list's names and joiners to a neighbour word.
 */
function neighbourList(tokens: Token[], t: number, words: GeoWords): boolean {
  for (let k = t; k >= 0 && k > t - LIST_BACK; k--) {
    const w = tokens[k]!.text;
    const lower = w.toLowerCase();
    if (hasWord(words, 'neighbour_word', lower)) return !placedBefore(tokens[k - 1]?.text.toLowerCase(), words);
    // "fronteriza con Bolivia", "bordering on Laos": the word that links the neighbour word to its list.
    if (
      hasWord(words, 'neighbour_link', lower) &&
      hasWord(words, 'neighbour_word', tokens[k - 1]?.text.toLowerCase() ?? '')
    )
      return !placedBefore(tokens[k - 2]?.text.toLowerCase(), words);
    if (!isCapitalised(w) && !listWord(words, lower)) return false;
  }
  return false;
}

/** A preposition of place ("to", "in", "en") before a word. */
function placedBefore(w: string | undefined, words: GeoWords): boolean {
  return !!w && (hasWord(words, 'locative', w) || hasWord(words, 'weak_locative', w));
}

/** "and", "or" or an article before a list's second member ("Europe and the", "Asia, "). */
function listWord(words: GeoWords, w: string): boolean {
  return hasWord(words, 'and_or', w) || hasWord(words, 'list_article', w);
}

function withContinent(text: string, tokens: Token[], m: Mention, after: string, words: GeoWords): boolean {
  if (words.continentAfter.test(after)) return true;
  const prev = tokens[m.from - 1];
  // Cheap test first: the expression that reads backwards runs only after a list word or a comma.
  if (!prev || !(listWord(words, prev.text.toLowerCase()) || text.slice(prev.end, m.start).includes(','))) return false;
  return words.continentBefore.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/**
 * "offers of jobs and housing in Germany": a place where traffickers promise refugees a home is bait, not where the
 * story is (a promised job alone often is the real destination, so it does not count here).
 */
function housingLure(before: string, after: string, words: GeoWords): boolean {
  return words.housingLure.test(before) || (words.housingBefore.test(before) && words.promisedAfter.test(after));
}

/**
 * True when a mention names a country only in passing ("US-based", "according to the US", "a Danish actor", "spoke Spanish",
 * "a referral from the Australian Federal Police").
 */
export function isPassing(
  text: string,
  tokens: Token[],
  m: Mention,
  prevWord: string,
  after: string,
  words: GeoWords,
): boolean {
  return (
    words.passingAfter.test(after) ||
    partnerBefore(text.slice(Math.max(0, m.start - 80), m.start), words) ||
    passingListMember(text.slice(Math.max(0, m.start - 80), m.start), words) ||
    passingNoun(text, tokens, m.to, words) ||
    passingBefore(text, tokens, m, words) ||
    (m.type !== 'd' && withContinent(text, tokens, m, after, words)) ||
    (hasWord(words, 'place_word', prevWord) &&
      housingLure(text.slice(Math.max(0, m.start - 100), m.start), after, words)) ||
    (m.type === 'd' && languageUse(text.slice(Math.max(0, m.start - 80), m.start), prevWord, after, words))
  );
}

// "in collaboration with the Spanish police", and each member of a list after such a head ("pod vodstvom Austrije i
// Rumunjske"): a partner's country.
function partnerBefore(before: string, words: GeoWords): boolean {
  if (endsWithPartner(before, words)) return true;
  // Only a mention right after a list gap ("Austrije i ", "Lyon, ") can be a later member: most are not.
  const tail = before.trimEnd();
  if (!tail.endsWith(',') && !words.any.and_or.has(tail.slice(tail.lastIndexOf(' ') + 1).toLowerCase())) return false;
  const head = words.listHead.exec(before);
  return !!head && endsWithPartner(before.slice(0, head.index), words);
}

// "funding from the Norwegian and Swiss governments", "except Malta and Cyprus": a later member of a list that a
// passing word or pair opens is as passing as the first.
function passingListMember(before: string, words: GeoWords): boolean {
  const tail = before.trimEnd();
  if (!tail.endsWith(',') && !words.any.and_or.has(tail.slice(tail.lastIndexOf(' ') + 1).toLowerCase())) return false;
  const head = words.listHead.exec(before);
  if (!head) return false;
  const ws = before.slice(0, head.index).toLowerCase().match(LETTER_RUNS) ?? NO_WORDS;
  let n = ws.length;
  if (n && hasWord(words, 'passing_article', ws[n - 1]!)) n--;
  const w1 = ws[n - 1];
  if (!w1) return false;
  if (hasWord(words, 'passing_word', w1)) return true;
  const w0 = ws[n - 2];
  return !!w0 && hasWord(words, 'passing_pair', `${w0} ${w1}`);
}

/** Runs of letters and marks: the words of plainWords (words.ts). */
const LETTER_RUNS = /[\p{L}\p{M}]+/gu;
const NO_WORDS: string[] = [];

/** Filler words a partner head may have before the place ("with the support of the Spanish police of"). */
const PARTNER_FILLERS = 4;

// Whether the text before a mention ends with a partner head and up to four filler words, read word by word from the
// end (a regular expression anchored at the end would try every start).
function endsWithPartner(before: string, words: GeoWords): boolean {
  if (!/\s$/.test(before)) return false;
  // (The words of plainWords, without joining them and cutting them again.)
  const ws = before.toLowerCase().match(LETTER_RUNS) ?? NO_WORDS;
  const n = ws.length;
  for (let f = 0; f <= PARTNER_FILLERS && f < n; f++) {
    if (f > 0 && !words.partnerFillers.has(ws[n - f]!)) return false;
    // Most texts end with a word that ends no head: no phrase is put together for them.
    if (!words.partnerHeadEnds.has(ws[n - f - 1]!)) continue;
    for (let k = 1; k <= words.partnerHeadWords && k <= n - f; k++)
      if (words.partnerHeads.has(ws.slice(n - f - k, n - f).join(' '))) return true;
  }
  return false;
}
