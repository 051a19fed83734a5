// Passing mentions: a place named as a source, a market, an artist's nationality or a language, not where the story is.
import type { Mention } from './match.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** "US-based", "a UK-registered charity": the place of an organisation, not of the story. */
const PASSING_AFTER =
  /^(?:[\s-]*(?:based|headquartered|registered|funded|owned|listed|run|led|linked|made|flagged)\b|\.?\s?\$|['’]?s?\s+(?:embassy|Embassy|ambassador|Ambassador|consulate|Consulate|State Department|Department of State|dollars?)\b|\s+(?:State Department|Department of State|Embassy|embassy|dollars?|Congress|Trafficking in Persons Report|TIP [Rr]eport)\b)/;
/** Words right before a mention that make it a source's or a comparison's country ("except Malta"). */
const PASSING_WORD = new Set(['except', 'excepting', 'unlike', 'excepto', 'eccetto', 'sauf', 'außer', 'exceção']);
/** Two-word phrases before a mention with the same effect ("according to", "funded by", "compared with"). */
const PASSING_PAIR = new Set([
  'according to',
  'funded by',
  'supported by',
  'report by',
  'compared to',
  'compared with',
  'exceção de',
]);
/** Second words of those pairs: most mentions follow none of them, and need no pair built. */
const PAIR_END = new Set([...PASSING_PAIR].map((p) => p.split(' ')[1]!));
/** Nouns after a mention that make it a passing reference: markets, bans, films, artists ("US import bans", "a Danish actor"). */
const PASSING_NOUNS = new Set(
  (
    'ban bans sanction sanctions tariff tariffs import imports export exports market markets consumer consumers buyer ' +
    'buyers retailer retailers brand brands investor investors lawmaker lawmakers senator senators donor donors funder ' +
    'funders aid actor actress singer rapper director filmmaker film movie documentary series drama novel novelist ' +
    'writer author artist musician footballer player celebrity star journalist reporter newspaper broadcaster ' +
    'researcher researchers academic scholar professor economist university'
  ).split(' '),
);

/** Articles skipped when reading the words before a mention ("according to the US"). */
const ARTICLE = new Set(['the', 'de', 'da', 'do', 'di', 'la', 'el', 'le']);
/** "US import bans", "a Danish actor", "a Russia-Turkey documentary": the next word or the one after is such a noun. */
function passingNoun(text: string, tokens: Token[], t: number): boolean {
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
    if (PASSING_NOUNS.has(next.text)) return true;
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

const IN_WORD = new Set(['in', 'en', 'em', 'auf']);

/** A nationality word used as the name of a language: says nothing about where the story is. */
function languageUse(before: string, prevWord: string, after: string): boolean {
  return (
    SPEAK_BEFORE.test(before) ||
    ((LIST_WORD.has(prevWord) || IN_WORD.has(prevWord) || before.endsWith(', ')) && WRITTEN_IN.test(before)) ||
    (LANGUAGE_AFTER.test(after) && (prevWord === 'in' || !/^\s*[.,;:)]/.test(after)))
  );
}

/** "according to the US ...", "except Malta", "funded by Norway", ", said Kenya's ...": not where the story is. */
function passingBefore(text: string, tokens: Token[], m: Mention): boolean {
  let t = m.from - 1;
  if (t >= 0 && ARTICLE.has(tokens[t]!.text.toLowerCase())) t--;
  const w1 = tokens[t]?.text.toLowerCase();
  if (!w1) return false;
  if (PASSING_WORD.has(w1)) return true;
  if (w1 === 'said' && /,\s*$/.test(text.slice(tokens[t - 1]?.end ?? 0, tokens[t]!.start))) return true;
  if (!PAIR_END.has(w1)) return false;
  const w0 = tokens[t - 1]?.text.toLowerCase();
  return !!w0 && PASSING_PAIR.has(`${w0} ${w1}`);
}

const CONTINENT =
  '(?:Europe|Asia|Africa|North America|South America|Latin America|the Americas|the Middle East|Oceania|the West|Europa|Asien|Afrika|África|Afrique|Amérique du Nord|Amérique latine|Asie|Nordamerika|América Latina|América do Norte|Oriente Medio|Medio Oriente|Oriente Médio|Moyen-Orient|Nahen Osten)';
const AND = '(?:\\s*,\\s*|\\s+(?:and|or|y|e|et|und|o|ou)\\s+)';
/** "people in Europe and the United States": a country paired with a continent stands for "the rich world", not a place of the story. */
const CONTINENT_BEFORE = new RegExp(`\\b${CONTINENT}${AND}(?:the\\s+|los\\s+|les\\s+|die\\s+|den\\s+|os\\s+)?$`);
const CONTINENT_AFTER = new RegExp(`^${AND}(?:the\\s+)?${CONTINENT}\\b`);

/** Words that may stand right before a list's second member ("Europe and the", "Asia, "). */
const LIST_WORD = new Set(['and', 'or', 'y', 'e', 'et', 'und', 'o', 'ou', 'the', 'los', 'les', 'die', 'den', 'os']);

function withContinent(text: string, tokens: Token[], m: Mention, after: string): boolean {
  if (CONTINENT_AFTER.test(after)) return true;
  const prev = tokens[m.from - 1];
  // Cheap test first: the expression that reads backwards runs only after a list word or a comma.
  if (!prev || !(LIST_WORD.has(prev.text.toLowerCase()) || text.slice(prev.end, m.start).includes(','))) return false;
  return CONTINENT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
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
/** Prepositions before the promised place. */
const PLACE_WORD = new Set(['in', 'en', 'em', 'nach', 'à', 'au', 'to', 'a', 'no', 'na']);

function housingLure(before: string, after: string): boolean {
  return HOUSING_LURE.test(before) || (HOUSING_BEFORE.test(before) && PROMISED_AFTER.test(after));
}

/** True when a mention names a country only in passing ("US-based", "according to the US", "a Danish actor", "spoke Spanish"). */
export function isPassing(text: string, tokens: Token[], m: Mention, prevWord: string, after: string): boolean {
  return (
    PASSING_AFTER.test(after) ||
    passingNoun(text, tokens, m.to) ||
    passingBefore(text, tokens, m) ||
    (m.type !== 'd' && withContinent(text, tokens, m, after)) ||
    (PLACE_WORD.has(prevWord) && housingLure(text.slice(Math.max(0, m.start - 100), m.start), after)) ||
    (m.type === 'd' && languageUse(text.slice(Math.max(0, m.start - 80), m.start), prevWord, after))
  );
}
