// What surrounds a mention: a preposition of place before it, a passing use after it, a neighbouring proper name.
import type { Mention } from './match.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** Prepositions of place per language ("in", "from", "en", "em", "nach", "di", "sa", "tại", ...); English ones count everywhere. */
const LOCATIVE: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    en: 'in into from to across through throughout at near inside outside within via toward towards between',
    es: 'en de del desde hacia hasta a al por entre',
    pt: 'em no na nos nas de do da dos das para pelo pela a ao',
    it: 'in a da di nel nella nei nelle dal dalla dai verso per',
    fr: 'en au aux à de du des vers dans',
    de: 'in nach aus von im ins',
    id: 'di ke dari',
    ms: 'di ke dari',
    tl: 'sa',
    ny: 'ku mu pa',
    sw: 'katika kwa',
    vi: 'ở tại từ sang đến',
  }).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);
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
/** Articles skipped when reading the words before a mention ("according to the US"). */
const ARTICLE = new Set(['the', 'de', 'da', 'do', 'di', 'la', 'el', 'le']);
/** "Nigerian police", "Thai authorities": where the arrest, rescue or trial happens. */
const CENTRAL_AFTER =
  /^['’]?s?\s+(?:police|authorities|officials|officers|court|courts|prosecutors|immigration|coast guard|navy|army|military|troops|victims|women|girls|children|nationals|citizens|workers|policía|polícia|polizia|Police|Authorities|Court)\b/;
/** "mujeres colombianas", "donne nigeriane": a demonym after the people it describes. */
const PEOPLE_BEFORE = new Set(
  (
    'mujeres niñas niños menores víctimas ciudadanos ciudadanas migrantes trabajadores mulheres crianças vítimas cidadãos trabalhadores donne ragazze ' +
    'bambini minori vittime cittadini lavoratori braccianti femmes filles enfants victimes ressortissants travailleurs Frauen Mädchen Kinder Opfer'
  )
    .toLowerCase()
    .split(' '),
);
/** Small words capitalised in Title Case Headlines ("Girls Rescued In Lagos"): not names. */
const TITLE_WORDS = new Set(
  'a an the in into from to of and or at for on by with as after before over near across via en de del da do di du des la le el em no na'.split(
    ' ',
  ),
);
/** Words after a place name that make it part of a longer place name rather than a person's or organisation's. */
const DESIGNATOR = /^(?:State|Province|Region|City|County|District|Delta|Police|Airport|Port|Island|Islands)$/;

/** Features of one mention used to rank countries and to drop false hits. */
export interface MentionContext {
  locative: boolean;
  /** A preposition that only means place ("in", "from"), not one that also follows verbs ("spoke to", "de"). */
  strongLocative: boolean;
  passing: boolean;
  central: boolean;
  /** Capitalised word right before or after, not itself a place (a person's or organisation's name). */
  properNeighbour: boolean;
  /** Capitalised word right before, mid-sentence ("Inspector Frank Butao"). */
  nameBefore: boolean;
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
): MentionContext {
  const prev = tokens[m.from - 1];
  const next = tokens[m.to];
  const after = text.slice(m.end, m.end + 40);
  const gapBefore = prev ? text.slice(prev.end, m.start) : '\n';
  const spaced = !!prev && /^\s+$/.test(gapBefore);
  const prevWord = spaced ? prev.text.toLowerCase() : '';
  const sentenceStart = !prev || /[.!?:"“”\n]\s*$/.test(gapBefore) || /^\s*[-–—•*]\s*$/.test(gapBefore);
  const nameBefore = !sentenceStart && isName(tokens, m.from - 1, placeTokens) && prev!.end + 1 === m.start;
  const nameAfter = (isName(tokens, m.to, placeTokens) && m.end + 1 === next!.start) || longerName(text, m);
  const locative = (spaced && isLocative(prevWord, lang)) || afterPlaceName(text, tokens, m, lang, placeTokens);
  return {
    locative,
    strongLocative: locative && !WEAK.has(prevWord),
    passing: PASSING_AFTER.test(after) || passingBefore(text, tokens, m),
    central: CENTRAL_AFTER.test(after) || (spaced && PEOPLE_BEFORE.has(prevWord)),
    properNeighbour: (nameBefore || nameAfter) && !(next && DESIGNATOR.test(next.text)),
    nameBefore,
    sentenceStart,
  };
}

/** "in Myawaddy, Myanmar": a name after "in <Capitalised>, " is where that town is, even a town we do not know. */
function afterPlaceName(text: string, tokens: Token[], m: Mention, lang: string, places: Set<number>): boolean {
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
  return /^\s+$/.test(text.slice(prep.end, town.start)) && isLocative(prep.text.toLowerCase(), lang);
}

/** "according to the US ...", "except Malta", "funded by Norway", ", said Kenya's ...": not where the story is. */
function passingBefore(text: string, tokens: Token[], m: Mention): boolean {
  let t = m.from - 1;
  if (t >= 0 && ARTICLE.has(tokens[t]!.text.toLowerCase())) t--;
  const w1 = tokens[t]?.text.toLowerCase();
  if (!w1) return false;
  if (PASSING_WORD.has(w1)) return true;
  if (w1 === 'said' && /,\s*$/.test(text.slice(tokens[t - 1]?.end ?? 0, tokens[t]!.start))) return true;
  const w0 = tokens[t - 1]?.text.toLowerCase();
  return !!w0 && PASSING_PAIR.has(`${w0} ${w1}`);
}

/** Prepositions that also follow verbs and nouns ("spoke to Mendoza", "Juan de Medina"). */
const WEAK = new Set(['to', 'a', 'al', 'de', 'del', 'di', 'da', 'do', 'du', 'des', 'for', 'at', 'sa', 'ku', 'pa']);

function isLocative(word: string, lang: string): boolean {
  return (LOCATIVE[lang]?.has(word) ?? false) || (LOCATIVE.en?.has(word) ?? false);
}

/** "San Juan de las Manzanas", "Valencia de Don Juan": the name goes on, so it is another place. */
function longerName(text: string, m: Mention): boolean {
  const tail = text.slice(m.end, m.end + 24);
  return /^ (?:de|del|da|do|dos|das|di)(?: (?:la|las|los|el))? \p{Lu}/u.test(tail);
}

/** A capitalised word that is not itself part of a place name. */
function isName(tokens: Token[], t: number, placeTokens: Set<number>): boolean {
  const tok = tokens[t];
  return !!tok && !placeTokens.has(t) && isCapitalised(tok.text) && !TITLE_WORDS.has(tok.text.toLowerCase());
}
