// What surrounds a mention: a preposition of place before it, a passing use after it, a neighbouring proper name.
import { NOUNS_CAPITALISED } from '../../lib/text/capitals.ts';
import { SCRIPT_STOPS } from '../../lib/text/stops.ts';
import type { Mention } from './match.ts';
import { isPassing } from './passing.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { type GeoWords, hasWord } from './words.ts';

/**
 * A dateline: the place a story was filed from, at the start of a line, before a dash or a news agency
 * ("LAHORE —", "OSHAWA, Ontario —", "PUNO (Perú) —", "Jakarta (ANTARA) -").
 */
const DATELINE_AFTER = /^(?:\s*,\s*[^\n.;:!?—–]{1,40}?)?(?:\s*\([^)\n]{1,40}\))?\s*(?:[—–]|--?\s)/u;
/** International wire services: a story they file from a hub (NEW YORK (Reuters) —) may be about anywhere. */
const WIRE =
  /\b(?:Reuters|AP|AFP|dpa|DPA|EFE|ANSA|Xinhua|UPI|Bloomberg|Thomson Reuters Foundation|IPS|Anadolu|Kyodo|Yonhap|TASS|Sputnik|CNN|BBC|VOA|RFA|Al Jazeera|IRIN)\b/;
/** A local broadcaster's call sign in a dateline ("HOUSTON (KHOU) —", "ATLANTA (WSB-TV) —"): local news. */
const LOCAL_STATION = /\(\s*[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?\s*\)/;
/** A headline that opens with its place ("Mendoza: rescatan a 25 personas", "Verona, tre arresti per caporalato"); not an acronym ("ILO: …"). */
const HEADLINE_PLACE = /^\s*(?::\s|,\s+\p{Ll})/u;
/** A full stop and one space after a middle initial. */
const INITIAL_GAP = /^\. $/;

/** Features of one mention used to rank countries and to drop false hits. */
export interface MentionContext {
  locative: boolean;
  /** A preposition that only means place ("in", "from"), not one that also follows verbs ("spoke to", "de"). */
  strongLocative: boolean;
  passing: boolean;
  central: boolean;
  /** Right after a word for people ("víctimas", "người"): the place is where people come from. */
  people: boolean;
  /** Followed by a state agency ("US customs", "Australian Federal Police"): acts where the story is, or visits. */
  agency: boolean;
  /** Capitalised word right before or after, not itself a place (a person's or organisation's name). */
  properNeighbour: boolean;
  /** An article stood between the preposition and the name ("in the Republic"): right for regions, odd for towns. */
  article: boolean;
  /** "of" after a common noun ("un club de Huelva"): places a town, but too weak for a name that is also a person's. */
  ofPlace: boolean;
  /** Capitalised word right before, mid-sentence ("Inspector Frank Butao"). */
  nameBefore: boolean;
  /** The place a story was filed from ("LAHORE —" at the start of a line). */
  dateline: boolean;
  /** Who filed a dateline's story: an international wire service, a local broadcaster, or not said. */
  source: '' | 'wire' | 'local';
  /** Where a dateline's head ends (its dash): names before it only qualify the place ("LYON (France) —"). */
  headEnd: number;
  /** First word of a sentence (its capital says nothing). */
  sentenceStart: boolean;
}

/** Describes the surroundings of a mention. */
export function contextOf(
  text: string,
  tokens: Token[],
  m: Mention,
  lang: string,
  placeTokens: Set<number>,
  words: GeoWords,
): MentionContext {
  const prev = tokens[m.from - 1];
  const next = tokens[m.to];
  const after = text.slice(m.end, m.end + 40);
  const gapBefore = prev ? text.slice(prev.end, m.start) : '\n';
  const spaced = !!prev && /^\s+$/.test(gapBefore);
  const prevWord = spaced ? prev.text.toLowerCase() : '';
  // "Daryl S. Arnold", "Jorge L. Alonso": a capital letter with a full stop is a middle initial, not a sentence's end.
  const initial = !!prev && prev.text.length === 1 && isCapitalised(prev.text) && INITIAL_GAP.test(gapBefore);
  const sentenceStart = !initial && (!prev || SENTENCE_END.test(gapBefore) || /^\s*[-–—•*]\s*$/.test(gapBefore));
  const head = !prev || gapBefore.includes('\n') ? DATELINE_AFTER.exec(after) : null;
  const dateline = !!head || (!prev && HEADLINE_PLACE.test(after) && /\p{Ll}/u.test(text.slice(m.start, m.end)));
  // "Polisi Pahang", "Pengadilan Negeri Surabaya": an agency's or court's words before the place (Indonesian and Malay
  // word order) are no name.
  const agencyBefore =
    spaced && (hasWord(words, 'agency_before', prevWord) || agencyPairBefore(text, tokens, m.from - 1, words));
  // "Jandarma Kilis'te …", "Dün Edirne'de …", "Două românce …": before a name with a case ending of place, or before a
  // nationality written in lowercase, a capitalised word that opens the sentence is an ordinary word.
  const suffix = caseSuffix(text, m, next, lang, words);
  const ordinaryBefore = (suffix || !isCapitalised(text[m.start] ?? '')) && opensSentence(text, tokens, m.from - 1);
  const nameBefore =
    initial ||
    (!agencyBefore &&
      !sentenceStart &&
      !ordinaryBefore &&
      !NOUNS_CAPITALISED.has(lang) &&
      isName(tokens, m.from - 1, placeTokens, lang, words) &&
      prev!.end + 1 === m.start);
  // German capitalises every noun: "Berliner Bordellen" is a town's adjective before a noun, not a longer name.
  const nameAfter =
    (!NOUNS_CAPITALISED.has(lang) && isName(tokens, m.to, placeTokens, lang, words) && m.end + 1 === next!.start) ||
    longerName(text, m);
  // "Policía de Houston", "polizia di Milano": a force or court of the place names it, as "Houston police" does.
  const agencyOf = spaced && hasWord(words, 'of', prevWord) && centralNounBefore(text, tokens, m.from - 2, words);
  // "mujeres paraguayas" aside, "víctimas de Paraguay", "11 người Myanmar": people of the place.
  const people = spaced && hasWord(words, 'people_before', prevWord);
  const prep = spaced ? prepositionBefore(text, tokens, m.from - 1, words) : '';
  // Turkish puts the preposition after the name, as a case ending: "İstanbul'da" (in), "Suriye'den" (from).
  const locative =
    dateline ||
    (!!prep && isLocative(prep, lang, words)) ||
    suffix ||
    afterPlaceName(text, tokens, m, lang, placeTokens, words);
  return {
    locative,
    strongLocative: locative && !weak(prep, lang, words),
    ofPlace: locative && afterCommonNoun(tokens, m.from - 1, prep, words),
    article: !!prev && hasWord(words, 'article', prev.text.toLowerCase()),
    passing: isPassing(text, tokens, m, prevWord, after, words),
    central: words.centralAfter.test(after) || agencyBefore || people || agencyOf,
    people,
    agency: words.agencyAfter.test(after),
    properNeighbour:
      (nameBefore || nameAfter || listedAfterName(text, tokens, m, placeTokens, lang, words)) &&
      !(next && words.designator.test(next.text)),
    nameBefore,
    sentenceStart,
    dateline,
    source: head ? (WIRE.test(head[0]) ? 'wire' : LOCAL_STATION.test(head[0]) ? 'local' : '') : '',
    headEnd: head ? m.end + head[0].length : 0,
  };
}

/** Whether token t and the word before it, one space apart, are an agency's two words ("Mahkamah Sesyen"). */
function agencyPairBefore(text: string, tokens: Token[], t: number, words: GeoWords): boolean {
  const first = tokens[t - 1];
  const second = tokens[t]!;
  if (!first || !spacesOnly(text, first.end, second.start)) return false;
  return hasWord(words, 'agency_before', `${first.text.toLowerCase()} ${second.text.toLowerCase()}`);
}

/** "a supplier to Homebase, Argos, Travis Perkins": a list whose other members are names that are no places. */
function listedAfterName(
  text: string,
  tokens: Token[],
  m: Mention,
  places: Set<number>,
  lang: string,
  words: GeoWords,
): boolean {
  const prev = tokens[m.from - 1];
  // Cheap test first: this runs for every mention, and almost none follows a comma.
  if (!prev || text.charCodeAt(prev.end) !== 44 || !/^,\s+$/.test(text.slice(prev.end, m.start))) return false;
  if (!isName(tokens, m.from - 1, places, lang, words)) return false;
  const before = tokens[m.from - 2];
  const next = tokens[m.to];
  // The list goes on after the mention too, and its first name is mid-sentence, not a sentence's first word.
  return (
    !!before &&
    !!next &&
    /^\s+$/.test(text.slice(before.end, prev.start)) &&
    words.listGap.test(text.slice(m.end, next.start)) &&
    isName(tokens, m.to, places, lang, words)
  );
}

/** True when text[from, to) is one or more spaces (no allocation). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

/** The word before a mention, past up to two articles or modifiers ("in the Alentejo", "in rural Kent"). */
function prepositionBefore(text: string, tokens: Token[], t: number, words: GeoWords): string {
  for (let k = 0; k < 3 && t >= 0; k++, t--) {
    const word = tokens[t]!.text.toLowerCase();
    if (!hasWord(words, 'place_between', word) || k === 2) return word;
    const before = tokens[t - 1];
    if (!before || !spacesOnly(text, before.end, tokens[t]!.start)) return word;
  }
  return '';
}

/** The end of a sentence (or a line, or a quote) in the gap before a word. */
const SENTENCE_END = new RegExp(`[.!?:"“”\\n${SCRIPT_STOPS}]\\s*$`);

/** Whether token t is the first word of its sentence (or of the text). */
function opensSentence(text: string, tokens: Token[], t: number): boolean {
  const before = tokens[t - 1];
  const tok = tokens[t];
  return !!tok && (!before || SENTENCE_END.test(text.slice(before.end, tok.start)));
}

/** A case ending of place written after the name and an apostrophe ("Kilis'te", "Almanya'ya"). */
function caseSuffix(text: string, m: Mention, next: Token | undefined, lang: string, words: GeoWords): boolean {
  const c = text.charCodeAt(m.end);
  if ((c !== 39 && c !== 0x2019) || !next || next.start !== m.end + 1) return false;
  return hasWord(words, 'locative_suffix', next.text.toLowerCase(), lang);
}

/** "in Myawaddy, Myanmar": a name after "in <Capitalised>, " is where that town is, even a town we do not know. */
function afterPlaceName(
  text: string,
  tokens: Token[],
  m: Mention,
  lang: string,
  places: Set<number>,
  words: GeoWords,
): boolean {
  const town = tokens[m.from - 1];
  const prep = tokens[m.from - 2];
  if (
    !town ||
    !prep ||
    places.has(m.from - 1) ||
    !isCapitalised(town.text) ||
    !/^,\s+$/.test(text.slice(town.end, m.start))
  )
    return false;
  return /^\s+$/.test(text.slice(prep.end, town.start)) && isLocative(prep.text.toLowerCase(), lang, words);
}

/** "un club de Huelva", "le strade di Pescara": "of" after a common noun places; "Juan de Medina" does not. */
function afterCommonNoun(tokens: Token[], t: number, prep: string, words: GeoWords): boolean {
  const noun = tokens[t - 1]?.text;
  return (
    hasWord(words, 'of', prep) &&
    tokens[t]?.text.toLowerCase() === prep &&
    !!noun &&
    noun.length > 3 &&
    !isCapitalised(noun)
  );
}

// Prepositions that also follow verbs and nouns ("spoke to Mendoza", "Juan de Medina"), in the text's language or English.
function weak(word: string, lang: string, words: GeoWords): boolean {
  return hasWord(words, 'weak_locative', word, lang) || hasWord(words, 'weak_locative', word, 'en');
}

// A preposition of place in the text's language, or in English (which turns up everywhere).
function isLocative(word: string, lang: string, words: GeoWords): boolean {
  return hasWord(words, 'locative', word, lang) || hasWord(words, 'locative', word, 'en');
}

/** "San Juan de las Manzanas", "Valencia de Don Juan": the name goes on, so it is another place. */
function longerName(text: string, m: Mention): boolean {
  const tail = text.slice(m.end, m.end + 24);
  return /^ (?:de|del|da|do|dos|das|di)(?: (?:la|las|los|el))? \p{Lu}/u.test(tail);
}

/** A capitalised word that is not itself part of a place name. */
function isName(tokens: Token[], t: number, placeTokens: Set<number>, lang: string, words: GeoWords): boolean {
  const tok = tokens[t];
  if (!tok || placeTokens.has(t) || !isCapitalised(tok.text)) return false;
  const word = tok.text.toLowerCase();
  // A capitalised preposition of the text's language is no person's name ("Au Sénégal", "Aus Bulgarien").
  return (
    !hasWord(words, 'title_small', word) && !hasWord(words, 'place_between', word) && !isLocative(word, lang, words)
  );
}

// Whether token i is a central noun (police, court, authorities) with only spaces after it.
function centralNounBefore(text: string, tokens: Token[], i: number, words: GeoWords): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    !!t && !!next && /^\s+$/.test(text.slice(t.end, next.start)) && hasWord(words, 'central_noun', t.text.toLowerCase())
  );
}
