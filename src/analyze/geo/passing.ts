// Passing mentions: a place named as a source, a market, an artist's nationality or a language, not where the story is.
import type { Mention } from './match.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { type GeoWords, hasWord } from './words.ts';

/** "US-based", "a UK-registered charity": the place of an organisation, not of the story. */
const PASSING_AFTER =
  /^(?:[\s-]*(?:based|headquartered|registered|funded|owned|listed|run|led|linked|made|flagged)\b|\.?\s?\$|['’]?s?\s+(?:embassy|Embassy|ambassador|Ambassador|consulate|Consulate|State Department|Department of State|dollars?)\b|\s+(?:State Department|Department of State|Embassy|embassy|dollars?|Congress|Trafficking in Persons Report|TIP [Rr]eport)\b)/;
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

/** Verbs and prepositions before a language's name ("spoke only Spanish", "translated into French"). */
const SPEAK_BEFORE =
  /\b(?:speak|speaks|spoke|speaking|spoken|into|hablan?|falam?|parlano|parla|parlent|parle|spricht|sprechen)\s+(?:(?:only|no|little|some|fluent|good|broken|poor|solo|sólo|apenas|seulement)\s+)?$/i;
/** Words after a language's name ("Spanish-speaking", "French lessons"), or "in Spanish." closing a phrase. */
const LANGUAGE_AFTER =
  /^(?:[\s-]+(?:speaking|speakers?|language|translation|translator|interpreters?|lessons|classes|courses|subtitles|version|edition)\b|\s*[.,;:)])/;

/** Things written or said in a language, then "in" and the languages ("posters in Ukrainian and Russian"). */
const WRITTEN_IN =
  /\b(?:posters?|leaflets?|flyers?|signs?|signage|brochures?|pamphlets?|booklets?|hotlines?|helplines?|information|materials?|messages?|warnings?|ads|adverts?|advertisements?|videos?|guides?|campaigns?|available|written|printed|published|translated|broadcast|subtitled|conducted|interviewed|carteles|folletos|información|mensajes|disponibles?|affiches|dépliants|informations|cartazes|folhetos|informações|volantini|manifesti|Plakate|Flyer|Informationen|Broschüren)\s+(?:in|en|em|auf)\s+(?:\p{L}+(?:\s*,\s*|\s+(?:and|or|y|e|et|und|o|ou)\s+))*$/iu;

/** A nationality word used as the name of a language: says nothing about where the story is. */
function languageUse(before: string, prevWord: string, after: string, words: GeoWords): boolean {
  return (
    SPEAK_BEFORE.test(before) ||
    ((listWord(words, prevWord) || hasWord(words, 'in_word', prevWord) || before.endsWith(', ')) &&
      WRITTEN_IN.test(before)) ||
    (LANGUAGE_AFTER.test(after) && (prevWord === 'in' || !/^\s*[.,;:)]/.test(after)))
  );
}

/** "according to the US ...", "except Malta", "funded by Norway", ", said Kenya's ...": not where the story is. */
function passingBefore(text: string, tokens: Token[], m: Mention, words: GeoWords): boolean {
  let t = m.from - 1;
  if (t >= 0 && hasWord(words, 'passing_article', tokens[t]!.text.toLowerCase())) t--;
  const w1 = tokens[t]?.text.toLowerCase();
  if (!w1) return false;
  if (hasWord(words, 'passing_word', w1)) return true;
  if (w1 === 'said' && /,\s*$/.test(text.slice(tokens[t - 1]?.end ?? 0, tokens[t]!.start))) return true;
  if (!words.pairEnd.has(w1)) return false;
  const w0 = tokens[t - 1]?.text.toLowerCase();
  return !!w0 && hasWord(words, 'passing_pair', `${w0} ${w1}`);
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
const HOUSING_LURE =
  /\b(?:offers?|offered|offering|promises?|promised|promising|ofertas?|ofrecían|promesas?|prometían|Angebote?n?|angeboten|versprochen|Versprechen|offres?|promesses?|promettant|propost[ae]|promess[ae])\b[^.;:!?]{0,50}\b(?:housing|accommodation|shelter|a place to stay|vivienda|alojamiento|moradia|alojamento|Unterkunft|Wohnung|Wohnungen|Wohnraum|logement|hébergement|alloggio)\b[^.;:!?]{0,25}$/i;
/** "Unterkunft und Arbeit in Deutschland versprochen": the promise after the place. */
const HOUSING_BEFORE =
  /\b(?:housing|accommodation|shelter|vivienda|alojamiento|moradia|alojamento|Unterkunft|Wohnung|Wohnungen|Wohnraum|logement|hébergement|alloggio)\b[^.;:!?]{0,25}$/i;
const PROMISED_AFTER =
  /^[^.;:!?]{0,30}\b(?:versprochen|angeboten|promised|offered|prometid[oa]s?|ofrecid[oa]s?|promis(?:es?)?|offert(?:es?|s)?|promess[oi])\b/i;
function housingLure(before: string, after: string): boolean {
  return HOUSING_LURE.test(before) || (HOUSING_BEFORE.test(before) && PROMISED_AFTER.test(after));
}

/** True when a mention names a country only in passing ("US-based", "according to the US", "a Danish actor", "spoke Spanish"). */
export function isPassing(
  text: string,
  tokens: Token[],
  m: Mention,
  prevWord: string,
  after: string,
  words: GeoWords,
): boolean {
  return (
    PASSING_AFTER.test(after) ||
    passingNoun(text, tokens, m.to, words) ||
    passingBefore(text, tokens, m, words) ||
    (m.type !== 'd' && withContinent(text, tokens, m, after, words)) ||
    (hasWord(words, 'place_word', prevWord) && housingLure(text.slice(Math.max(0, m.start - 100), m.start), after)) ||
    (m.type === 'd' && languageUse(text.slice(Math.max(0, m.start - 80), m.start), prevWord, after, words))
  );
}
