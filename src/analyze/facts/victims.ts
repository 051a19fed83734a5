// Victims of the main incident: a number tied to a victim noun or a rescue ("rescued 23 women", "32 víctimas"), never suspects.
import type { Evidence } from '../../model/analysis.ts';
import type { Hit } from '../cues/phrases.ts';
import { type CueSet, firstAtOrAfter, hitIn, hitsOf, nationalAt } from '../cues/scan.ts';
import { isOwnerS, isOwnWord, isPossessive, isWord } from '../cues/words.ts';
import { type StatedAge, sameSentence, statedAges } from './ages.ts';
import { joinGroups, wholesAndParts } from './groups.ts';
import { isAge, type NumberAt, numberAt } from './numbers.ts';
import {
  CLAUSE_END,
  MAGNITUDE_BONUS,
  NAMED_WEIGHT,
  namedVictims,
  otherCase,
  runningTotal,
  sinceDate,
  subdivided,
  TALLY_AFTER,
  titleMagnitude,
} from './totals.ts';

/** A candidate count with how strongly the context says it counts victims. */
export interface VictimCount {
  n: number;
  score: number;
  start: number;
  end: number;
  /** Said as a round figure ("more than 100"). */
  approx: boolean;
  /** Tied to a victim noun ("23 women"), not only to a rescue verb. */
  noun?: boolean;
  /** What the context said about the count (the learned decision weighs these). */
  cues?: CountCues;
}

/** The context of one count, as read by the rules. */
export interface CountCues {
  /** Score of its victim noun (0 when none). */
  noun: number;
  rescue: boolean;
  /** 4 in the title, 2 in the lead, 1 further on, 0 late in the text. */
  place: number;
  total: boolean;
  /** A part of a group, others beside the one told of, or the dead among them. */
  part: boolean;
  /** Groups joined by "and" ("four women and three girls"). */
  joined: boolean;
}

/** Tokens allowed between a number and its noun ("19 Nepali women", "nine trafficked children"). */
const NOUN_GAP = 3;
/** Tokens before a number in which a rescue verb makes it a count of victims ("rescued 23"). */
const RESCUE_BEFORE = 3;
/** Tokens after a count in which a rescue verb makes it a count of victims ("260 rescued", "32 were freed"). */
const RESCUE_AFTER = 4;
/** Score of a victim noun by its lexicon weight (1: "people", 2: "women", 3: "victims"). */
const NOUN_SCORE = [0, 1.5, 2.5, 3];
/** How far above a round figure ("over 200") the exact one may lie. */
const APPROX_SPAN = 1.5;
/** Score from which a count stands against a single named victim. */
const VICTIMS_SURE = 3;
/** Least score for a count to be reported. */
export const VICTIMS_MIN = 2;
/** Score lost by a part of a group ("including 21 children") or by the dead among them ("three workers died"). */
const PART_PENALTY = 3;
/** A currency sign or code right before a number makes it money ("$9,500", "Rs 50,000"). */
const MONEY_BEFORE =
  /(?:[$£€¥₹₦₱₫]|\b(?:rs|rp|usd|eur|inr|php|ngn|kes|vnd|aed|sar|gbp|chf|cad|aud|myr|rm|thb|idr|npr|pkr|bdt|egp|brl|r\$))\.?\s*$/i;

/** Finds the best-supported count of victims. */
export function countVictims(set: CueSet): VictimCount | null {
  const all = victimCandidates(set);
  const mentions = new Map<number, number>();
  // Only mentions before the tail of the text count (a story appended late repeats its own figures).
  // ("Seis mujeres, cinco de ellas dominicanas": a part named again is no second mention of the count.)
  for (const c of all) if ((c.cues?.place ?? 1) > 0 && !c.cues?.part) mentions.set(c.n, (mentions.get(c.n) ?? 0) + 1);
  let best: VictimCount | null = null;
  const magnitude = titleMagnitude(set);
  for (const c of all) {
    // A count repeated in the text is the one the story is about; one of the title's order of magnitude, too.
    const fits = magnitude !== undefined && c.n >= magnitude && c.n < magnitude * 10;
    const score = c.score + Math.min((mentions.get(c.n) ?? 1) - 1, 2) + (fits ? MAGNITUDE_BONUS : 0);
    if (!best || score > best.score) best = { ...c, score };
  }
  // A weakly supported count loses to the story of one person of a stated age, or of one person rescued.
  if (!best || best.score < VICTIMS_MIN) return oneNamedVictim(set) ?? oneRescued(set);
  if (best.score < VICTIMS_SURE) return oneNamedVictim(set) ?? best;
  return quotedInBody(set, all, best.approx ? (exactFigure(all, best) ?? best) : best);
}

// A count said in the title and again in the body is quoted from the body, where its sentence tells more.
function quotedInBody(set: CueSet, all: VictimCount[], c: VictimCount): VictimCount {
  if (c.start >= set.titleEnd) return c;
  const body = all.find((o) => o.n === c.n && o.start >= set.titleEnd);
  return body ? { ...c, start: body.start, end: body.end } : c;
}

/** A story told about one person of a stated age ("Ebenezer was six years old") has one victim. */
export function oneNamedVictim(set: CueSet): VictimCount | null {
  // The ages of suspects are set aside first ("a 37-year-old man was sentenced for forcing a 24-year-old woman…").
  const all = statedAges(set).filter((a) => !suspectAge(set, a));
  // "a 13-year-old girl" beside adults' ages (a mother of 35, a neighbour of 60): the one child is the victim.
  const children = all.filter((a) => a.value < CHILD_AGE);
  // "Piñeiro-Vega, 57, required a 38-year-old man…": the press names the accused with their age between commas and
  // tells the victim as "a 38-year-old": that one is the victim.
  const unnamed = all.filter((a) => isWord(set, 'one', a.ti - 1) && !apposed(set, a));
  const plain = unnamed.length && all.every((a) => unnamed.includes(a) || apposed(set, a)) ? unnamed : undefined;
  // (Plain ages of two people, "a 12-year-old girl" and "a 39-year-old woman" who kept her: the one child again.)
  const onePlain = plain && new Set(plain.map((a) => a.value)).size === 1 ? plain : undefined;
  const ages = new Set(all.map((a) => a.value)).size === 1 ? all : (onePlain ?? children);
  if (new Set(ages.map((a) => a.value)).size !== 1) return null;
  // ("Girl, 12, rescued…" in a title, "a 12-year-old girl" in the body: the mention with "a" before it says one person.)
  const a = ages.find((x) => isWord(set, 'one', x.ti - 1)) ?? ages[0]!;
  // "The victims, aged between 14 and 17": ages of a group, not of one person ("o tânără de 16 ani", one young woman,
  // is one person: "one" before the word).
  const group = hitIn(set, 'victim', a.ti - 4, a.ti);
  // ("The victim, a 15-year-old girl, …", "la víctima, de 17 años": "a" before the age, or an article that is only
  // singular before the word, says one person too.)
  if (a.range || (group && !oneOrSingular(set, group.ti - 1) && !isWord(set, 'one', a.ti - 1))) return null;
  return { n: 1, score: VICTIMS_MIN, start: a.start, end: a.end, approx: false };
}

// Whether token k says one person: "a", "one", or an article that is only singular.
function oneOrSingular(set: CueSet, k: number): boolean {
  return isWord(set, 'one', k) || isWord(set, 'singular', k);
}

// An age between commas right after a capitalised name ("Orlando Piñeiro-Vega, 57,").
function apposed(set: CueSet, a: StatedAge): boolean {
  // (The age's phrase may begin with the name: "Vega, 57".)
  if (/^\p{Lu}[\p{L}'’-]*,\s*\d/u.test(set.text.slice(a.start, a.end))) return true;
  const before = set.text.slice(Math.max(0, a.start - 3), a.start);
  return /,\s*$/.test(before) && a.ti > 0 && set.tokens.cap[a.ti - 1] === true;
}

// An adult in a sentence about a suspect and not about a victim is the suspect ("police said a 24-year-old from Edo State
// had recruited…, he was arrested"); a child in a story of trafficking is the victim ("Ebenezer was six years old when…").
function suspectAge(set: CueSet, a: StatedAge): boolean {
  return (
    a.value >= CHILD_AGE && inSentence(set, 'suspect', a.ti) && !VICTIM_NEAR.some((cat) => inSentence(set, cat, a.ti))
  );
}

/** Ages below this are children's. */
const CHILD_AGE = 18;
/** Categories that tell a person of a stated age as a victim. */
const VICTIM_NEAR = ['victim', 'minor', 'rescue', 'rescue_one'];
/** Tokens either side of a stated age searched for the sentence's subject. */
const PERSON_SPAN = 25;

// Whether a hit of the category lies in the sentence of token `at`.
function inSentence(set: CueSet, cat: string, at: number): boolean {
  for (let h = hitIn(set, cat, at - PERSON_SPAN, at + PERSON_SPAN); h; h = hitIn(set, cat, h.ti + 1, at + PERSON_SPAN))
    if (sameSentence(set, Math.min(h.ti, at), Math.max(h.ti, at))) return true;
  return false;
}

/** "A woman was rescued", "una mujer fue rescatada": one person rescued, told in the singular. */
export function oneRescued(set: CueSet): VictimCount | null {
  const h = hitsOf(set, 'rescue_one')[0] ?? oneActedOn(set);
  return h ? { n: 1, score: VICTIMS_MIN, start: h.start, end: h.end, approx: false } : null;
}

/** Tokens a verb of rescue or exploitation may stand from the one person it acts on ("kept a Kenyan woman"). */
const ACTED_GAP = 3;
/** Words allowed between "a" and the person's noun: a nationality or a capitalised name ("a Kenyan woman"). */
const ONE_GAP = 2;

// "kept a Kenyan woman as a domestic servant", "a girl trafficked from Nepal": one person, said in the singular ("a",
// "una", "une"), acted on by a verb of rescue or exploitation just before it in the same sentence, or told by a
// participle right after it. The first such person is the one.
function oneActedOn(set: CueSet): Hit | undefined {
  for (const noun of hitsOf(set, 'victim')) {
    const article = singularBefore(set, noun.ti);
    if (article === undefined) continue;
    // "A vítima foi levada…", "la víctima declaró": the word for a victim itself after a definite article that is only
    // singular is one person ("a child becomes a victim every two seconds" is no one in particular).
    if (noun.weight >= NAMED_WEIGHT && isOwnWord(set, 'singular', article)) return noun;
    const before = hitIn(set, 'rescue', article - ACTED_GAP, article);
    if (before && sameSentence(set, before.ti, noun.ti)) return noun;
    // "a girl trafficked from Nepal": a participle right after the noun, with no person after it ("a woman trafficked
    // girls" is the trafficker).
    const after = hitIn(set, 'rescue', noun.tj, noun.tj + 1);
    if (after?.ti === noun.tj && !hitIn(set, 'person', after.tj, after.tj + 1)) return noun;
  }
  return undefined;
}

// The token of "a"/"una" right before the noun, or before a nationality or name next to it.
function singularBefore(set: CueSet, ti: number): number | undefined {
  for (let k = ti - 1; k >= ti - 1 - ONE_GAP && k >= 0; k--) {
    if (isOwnWord(set, 'one', k) || isOwnWord(set, 'singular', k)) return set.tokens.lower[k] === 'one' ? undefined : k;
    // ("a young Slovak woman", "una joven colombiana": a word that describes the person may stand between.)
    if (!nationalAt(set, set.tokens.start[k]) && !set.tokens.cap[k] && !isWord(set, 'person_adjective', k))
      return undefined;
  }
  return undefined;
}

// "Over 200 child soldiers freed" in the title, "207 children" in the body: the exact figure wins.
function exactFigure(all: VictimCount[], rough: VictimCount): VictimCount | undefined {
  return all.find((c) => !c.approx && c.n > rough.n && c.n <= rough.n * APPROX_SPAN && c.score >= VICTIMS_MIN);
}

/** Every number that may count victims, with its score, in text order. */
export function victimCandidates(set: CueSet): VictimCount[] {
  const out: VictimCount[] = [];
  // Numbers the body gives as counts of suspects.
  const suspects: number[] = [];
  for (let i = 0; i < set.tokens.length; i++) {
    const num = numberAt(set, i);
    if (!num) continue;
    const c = candidate(set, num, suspects);
    if (c) out.push(c);
    i = num.tj - 1;
  }
  const titled = out.some((c) => c.start < set.titleEnd);
  return wholesAndParts(set, joinGroups(set, titled ? out.filter((c) => !toldOtherwise(set, c, suspects, out)) : out));
}

// A title's count that the body gives only as something else is that thing: as suspects, when the title gives it no
// rescue ("sette persone coinvolte" / "sette persone accusate"), or as an age ("…dječaka 12 i tinejdžera 17" /
// "starosti 12 i 17 godina").
function toldOtherwise(set: CueSet, c: VictimCount, suspects: number[], all: VictimCount[]): boolean {
  if (c.start >= set.titleEnd || all.some((o) => o.n === c.n && o.start >= set.titleEnd)) return false;
  if (!c.cues?.rescue && suspects.includes(c.n)) return true;
  return statedAges(set).some((a) => a.value === c.n && a.start >= set.titleEnd);
}

/** Evidence for a count. */
export function victimsEvidence(set: CueSet, c: VictimCount): Evidence {
  return { field: 'victims', value: c.n, quote: set.text.slice(c.start, c.end), start: c.start, end: c.end };
}

// (`suspects` gathers the body's numbers that count suspects.)
function candidate(set: CueSet, num: NumberAt, suspects: number[]): VictimCount | null {
  if (isAgeOrDate(set, num) || isMoney(set, num)) return null;
  // "an estimated 40,000 children": statistics, not the victims of a case.
  if (hitIn(set, 'general', num.ti - 3, num.ti)) return null;
  // ("jailed for six years and she for five. The woman…": a noun past the end of the sentence is not the count's.)
  // (Where counts follow their nouns, "หญิงชาวลาว 12 คน และหญิงชาวเมียนมา 5 คน", the noun after a number is the next
  // group's: the one before it is its own.)
  // (nounBefore reads only such languages.)
  const found =
    nounBefore(set, num) ??
    clause(set, num.tj - 1, firstStarting(set, 'victim', num.tj, num.tj + NOUN_GAP)) ??
    demonym(set, num.tj);
  // ("un couple sans enfants", "a couple without children": a noun after "without" counts nobody.)
  const noun = found && !isWord(set, 'without', found.ti - 1) ? found : undefined;
  const suspectNoun =
    firstStarting(set, 'suspect', num.tj, num.tj + NOUN_GAP) ?? firstStarting(set, 'unit', num.tj, num.tj + NOUN_GAP);
  // ("14 mutmaßliche Opfer", "alleged victims": a suspect word right before the word for victims only hedges it.)
  const hedge = !!noun && !!suspectNoun && suspectNoun.tj === noun.ti && noun.weight >= NAMED_WEIGHT;
  // ("50대 남성 B씨와 60대 남성 C씨": where counts follow their noun, the noun before "60" is the last group's; a unit
  // right after the number, "대", a decade of age, makes it a measure.)
  const claimed = !noun || suspectNoun?.ti === num.tj || (!!suspectNoun && suspectNoun.ti <= noun.ti);
  if (suspectNoun && claimed && !hedge) return suspectsCount(set, num, suspects);
  // "the couple locked the maid" (not "a couple of women"): the number word is itself a suspect word.
  // ("the defendants, a married couple, employed a woman": a noun further on is not the couple's.)
  if (hitIn(set, 'suspect', num.ti, num.tj) && !(noun && noun.ti >= num.tj && noun.ti <= num.tj + 1)) return null;
  const end = noun ? Math.max(noun.tj, num.tj) : num.tj;
  // "four teenagers, a police spokesman said": a suspect word after a comma belongs to the next clause.
  const after = phrase(set, end - 1, hitIn(set, 'suspect', end, end + 3)) ?? suspectAfterAside(set, end);
  const rescueAfter = clause(set, end - 1, hitIn(set, 'rescue', end, end + RESCUE_AFTER));
  // ("ช่วยเหลือหญิงชาวลาว 12 คน", rescued Lao women 12: where the noun comes first, the rescue comes before the noun.)
  // (The noun itself is no rescue: Khmer ជនរងគ្រោះ, "victim", is also read as one, but "ជនរងគ្រោះម្នាក់បានផ្ញើសារ", one
  // victim sent a message, tells no rescue of that one.)
  const rescueBefore =
    clause(set, num.ti, hitIn(set, 'rescue', num.ti - RESCUE_BEFORE, noun && noun.tj <= num.ti ? noun.ti : num.ti)) ??
    (noun && noun.tj <= num.ti ? rescueBeforeNoun(set, noun, num.ti) : undefined);
  // "12 suspects arrested" against "rescued 18 victims, arrested five people": a rescue before the count keeps it.
  // (The title's rescue keeps a body's count of women or victims, not of mere people: "…victims found in Wisbech" /
  // "Three people were arrested" are two clauses.)
  const titleOnly = !!rescueBefore && rescueBefore.ti < set.bodyToken && num.ti >= set.bodyToken;
  const ownRescue = rescueBefore && !(titleOnly && (noun?.weight ?? 0) < 2);
  if (after && !(rescueAfter && rescueAfter.ti <= after.ti) && !ownRescue) return suspectsCount(set, num, suspects);
  // "rescató a 18 víctimas, arrestó a cinco personas": an arrest right before the number outweighs a rescue further back.
  // ("officials said 30 of them": the one who speaks is no count.)
  // ("گرفتار ملزمان نے تین خواتین کو…", the arrested accused [agent] three women…: a suspect marked as the doer is the
  // subject of the clause, and the count after it the ones it acts on.)
  const suspectNear =
    !isWord(set, 'said', num.ti - 1) && clause(set, num.ti, hitIn(set, 'suspect', num.ti - 2, num.ti));
  const suspectBefore = suspectNear && !isWord(set, 'agent', suspectNear.tj) ? suspectNear : undefined;
  // ("were arrested and 30 women were rescued", "arrested after 16 men were found": a new clause after "and" or a
  // word that opens one, with its own rescue, keeps it.)
  const ownClause = (isWord(set, 'and', num.ti - 1) || isWord(set, 'opens_clause', num.ti - 1)) && !!rescueAfter;
  // ("The suspects forced five young women": a verb of compulsion between makes the number the suspects' victims.)
  const actedOn = !!suspectBefore && !!hitIn(set, 'compel', suspectBefore.tj, num.ti);
  if (suspectBefore && !ownClause && !actedOn && !rescueAfterHit(set, suspectBefore.ti, num.ti))
    return suspectsCount(set, num, suspects);
  // "section 370", "artículo 177 bis", "pasal 2", "372 (2)", "4(1)": a reference to a law or a document, not a count.
  if (hitIn(set, 'ref', num.ti - 1, num.ti) || subdivided(set, num)) return null;
  // "care for their three children", "the couple's two sons", "looking after four children": the family of someone in the
  // story or the children a worker minds, unless sold or rescued ("sold her two daughters").
  const family = isPossessive(set, num.ti - 1) || isOwnerS(set, num.ti - 1) || hitIn(set, 'care', num.ti - 3, num.ti);
  if (family && !clause(set, num.ti, hitIn(set, 'rescue', num.ti - 4, num.ti - 1))) return null;
  // ("pet devojaka, od kojih su dve maloletne": "of whom" after the noun and a comma opens the next count's clause.)
  const partOf = hitIn(set, 'part_of', num.tj, end + 2);
  const others = !!partOf && !(noun && partOf.ti >= noun.tj && afterComma(set, partOf.ti));
  // "40 migrants intercepted; 12 of them were victims of trafficking": the part said to be the victims is their count.
  const namedPart = others && !noun && !!namedVictims(set, end);
  if (!noun && !namedPart && !(rescueAfter || rescueBefore)) return null;
  const nounScore = noun ? NOUN_SCORE[Math.min(Math.max(Math.round(noun.weight), 1), 3)]! : 0;
  let score = nounScore;
  if (rescueAfter || rescueBefore) score += 2;
  const place = num.ti < set.bodyToken ? 4 : num.ti < set.bodyToken + 60 ? 2 : num.ti < set.bodyToken + 150 ? 1 : 0;
  score += place;
  // "15 Malaysians among 260 rescued", "a total of 45", "45 people in total": the total.
  const totalAfter = hitIn(set, 'total', end, end + 2);
  // ("15 Malaysians among 260": "among" before another number makes that one the total.)
  const total = totalBefore(set, num.ti) || (!!totalAfter && !numberAt(set, totalAfter.tj));
  if (total) score += 2;
  // "74 labourers, including 21 children", "three workers died": a part of the group, not its size.
  // ("300 migrants repatriated; among them were 25 victims of trafficking": the part named victims is their count.)
  const victimsNamed = !!noun && noun.weight >= NAMED_WEIGHT;
  const partOfGroup = (partBefore(set, num.ti) && !victimsNamed) || !!hitIn(set, 'dead', end, end + 3);
  if (partOfGroup) score -= PART_PENALTY;
  // "two of them", "four other women", "dua di antaranya": a part of a group already counted, or others beside the one told of.
  if (namedPart) score += NOUN_SCORE[3]!;
  else if (others) score -= PART_PENALTY;
  // "320 neue Opfer gezählt", "412 victims were registered last year": a statistic.
  const tally = hitIn(set, 'tally', end, end + TALLY_AFTER);
  if (hitIn(set, 'general', end, end + 2) || (tally && sameSentence(set, end - 1, tally.ti))) return null;
  // "part of 200 victims freed this month", "Since it was set up, the task force has rescued 200": a running total.
  if (sinceDate(set, end) || runningTotal(set, num.ti) || otherCase(set, num.ti)) return null;
  const start = set.tokens.start[num.ti]!;
  const approx = !!hitIn(set, 'approx', num.ti - 3, num.ti);
  const rescue = !!(rescueAfter || rescueBefore);
  const cues = { noun: nounScore, rescue, place, total, part: partOfGroup || others, joined: false };
  return { n: num.value, score, start, end: set.tokens.end[end - 1]!, approx, noun: !!noun, cues };
}

// Whether a comma stands right before token `ti`.
function afterComma(set: CueSet, ti: number): boolean {
  const prevEnd = set.tokens.end[ti - 1];
  return prevEnd !== undefined && set.text.slice(prevEnd, set.tokens.start[ti]).trim() === ',';
}

// Notes a body number told as suspects' and gives no candidate.
function suspectsCount(set: CueSet, num: NumberAt, suspects: number[]): null {
  if (num.ti >= set.bodyToken) suspects.push(num.value);
  return null;
}

// A rescue word between an arrest word and the number ("police rescued 12"): the number counts the rescued.
function rescueAfterHit(set: CueSet, from: number, to: number): boolean {
  return !!hitIn(set, 'rescue', from + 1, to);
}

// "including 21", "entre os resgatados estavam quatro": the part word ends at most two words before the number.
function partBefore(set: CueSet, ti: number): boolean {
  for (let h = hitIn(set, 'part', ti - PART_BEFORE, ti); h; h = hitIn(set, 'part', h.ti + 1, ti))
    if (h.tj >= ti - 1 && sameSentence(set, h.ti, ti)) return true;
  return false;
}

// "among 260", "a total of 45", "insgesamt 45": a total word ending right before the number.
function totalBefore(set: CueSet, ti: number): boolean {
  for (let h = hitIn(set, 'total', ti - 3, ti); h; h = hitIn(set, 'total', h.ti + 1, ti)) if (h.tj === ti) return true;
  return false;
}

/** Tokens before a count in which a part word ("among the victims") may start. */
const PART_BEFORE = 6;

/** Tokens between a noun and the count after it ("wanawake hao 17": the women, those, 17). */
const NOUN_BEFORE_GAP = 1;

/** Victim nouns in a row stepped back over before a count that follows its noun ("ผู้เสียหายหญิงชาวลาว 12 คน"). */
const NOUN_CHAIN = 3;

// A rescue verb right before the victim nouns that precede a count ("ช่วยเหลือหญิงชาวลาว 12 คน": rescued, women, Lao,
// 12), within the count's clause.
function rescueBeforeNoun(set: CueSet, noun: Hit, ti: number): Hit | undefined {
  let lead = noun.ti;
  for (let k = 0; k < NOUN_CHAIN; k++) {
    let first: Hit | undefined;
    for (let h = hitIn(set, 'victim', lead - 4, lead); h; h = hitIn(set, 'victim', h.ti + 1, lead))
      if (h.tj >= lead - NOUN_BEFORE_GAP) {
        first = h;
        break;
      }
    if (!first) break;
    lead = first.ti;
  }
  return clause(set, ti, hitIn(set, 'rescue', lead - RESCUE_BEFORE, lead));
}

// "wasichana 15", "mabinti watano": in a language whose counts follow their noun, a victim noun right before the number.
function nounBefore(set: CueSet, num: NumberAt): Hit | undefined {
  if (!set.lexicons[0]?.numberAfterNoun) return undefined;
  let last: Hit | undefined;
  for (
    let h = hitIn(set, 'victim', num.ti - NOUN_BEFORE_GAP - 3, num.ti);
    h;
    h = hitIn(set, 'victim', h.ti + 1, num.ti)
  )
    last = h;
  return last && last.tj >= num.ti - NOUN_BEFORE_GAP ? last : undefined;
}

// "23 Kenyans", "15 Malaysians": a capitalised plural demonym right after the number.
function demonym(set: CueSet, i: number): Hit | undefined {
  const w = set.tokens.lower[i];
  if (!w) return undefined;
  // A nationality the places stage read as people, in any language ("15 bolivianos", "dertien Roemenen").
  const start = set.tokens.start[i]!;
  // Where nationality words are declined nouns, any one right after the number ("jedenastu Rumunów").
  const named = nationalAt(set, start, true) || (!!set.lexicons[0]?.nationalNouns && nationalAt(set, start));
  if (!named && (!set.tokens.cap[i] || !/(?:ans|ese|is|ns)$/.test(w))) return undefined;
  return {
    cat: 'victim',
    weight: 1,
    phrase: w,
    ti: i,
    tj: i + 1,
    start: set.tokens.start[i]!,
    end: set.tokens.end[i]!,
  };
}

// A rescue verb counts only within the clause of the number ("Human trafficking: 2 women" has none).
function clause(set: CueSet, at: number, h: Hit | undefined): Hit | undefined {
  if (!h) return undefined;
  const [a, b] = h.ti > at ? [set.tokens.end[at]!, h.start] : [h.end, set.tokens.start[at]!];
  return CLAUSE_END.test(set.text.slice(a, b)) ? undefined : h;
}

const PHRASE_END = /[,()]/;

/** Most tokens of an aside naming a group's parts or ages ("Seven persons, including two women, have been arrested"). */
const ASIDE_TOKENS = 6;

// The suspect word right after an aside that names a part of the group or its ages ("Dois homens, de 18 e 51 anos,
// foram presos"): the verb is still the group's.
function suspectAfterAside(set: CueSet, end: number): Hit | undefined {
  if (end >= set.tokens.length || !commaOnly(set.text, set.tokens.end[end - 1]!, set.tokens.start[end]!))
    return undefined;
  const part = hitIn(set, 'part', end, end + 2);
  const from = part ? part.tj : end;
  for (let t = from; t < from + ASIDE_TOKENS && t < set.tokens.length; t++) {
    if (set.text[set.tokens.end[t]!] !== ',') continue;
    if (!part && !hitIn(set, 'age', end, t + 1) && !hitIn(set, 'age_weak', end, t + 1) && !plainAside(set, end, t + 1))
      return undefined;
    // ("five victims, including a 16-year-old girl, and the arrest of 14 men": "and" after the aside opens another part.)
    if (isWord(set, 'and', t + 1)) return undefined;
    const h = hitIn(set, 'suspect', t + 1, t + 4);
    return h && !PHRASE_END.test(set.text.slice(set.tokens.end[t]! + 1, h.start)) ? h : undefined;
  }
  return undefined;
}

// An aside that only describes the group ("Sept personnes, hommes et femmes, ont été arrêtées", "Seven people, members of
// the Nigerian community, were arrested"): no rescue or speaker of its own, so the verb after it is the group's.
function plainAside(set: CueSet, from: number, to: number): boolean {
  return !hitIn(set, 'rescue', from, to) && !isWord(set, 'said', to - 1);
}

// Whether text[from, to) is one comma with spaces around it (no allocation: this runs for every count).
function commaOnly(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return commas === 1;
}

// A word counts only within the phrase of the number (no comma or bracket between, and not past the title's end).
function phrase(set: CueSet, at: number, h: Hit | undefined): Hit | undefined {
  if (!h || at < set.bodyToken !== h.ti < set.bodyToken) return undefined;
  return PHRASE_END.test(set.text.slice(set.tokens.end[at]!, h.start)) ? undefined : h;
}

// The first hit of a category starting in [from, to): found by binary search (lists are in token order), not by a
// scan from the start of the list for every number.
function firstStarting(set: CueSet, cat: string, from: number, to: number): Hit | undefined {
  const list = hitsOf(set, cat);
  const h = list[firstAtOrAfter(list, from)];
  return h && h.ti < to ? h : undefined;
}

// "16-year-old", "aged 14", "in 2019", "3 June": numbers that are not counts of people.
function isAgeOrDate(set: CueSet, num: NumberAt): boolean {
  // "both 47", "beide 52": the age of people already named.
  if (isAge(set, num) || isWord(set, 'both', num.ti - 1)) return true;
  // "the girl, 14, was rescued": an age between commas after the person.
  // ("was 19 when", "tenía 16 años": the age phrase holds the number.)
  if (statedAges(set).some((a) => a.ti < num.ti && (a.tj === num.tj || (num.tj < a.tj && a.value === num.value))))
    return true;
  if (hitIn(set, 'date', num.tj, num.tj + 1) || hitIn(set, 'date', num.ti - 1, num.ti)) return true;
  if (partOfDate(set, num)) return true;
  const v = num.value;
  return v >= 1900 && v <= 2100 && Number.isInteger(v) && /^\d{4}$/.test(set.tokens.lower[num.ti]!);
}

function isMoney(set: CueSet, num: NumberAt): boolean {
  const a = set.tokens.start[num.ti]!;
  return MONEY_BEFORE.test(set.text.slice(Math.max(0, a - 5), a));
}

// "2023-12-17", "14/07/2023": digits joined to digits by a dash, slash or dot.
function partOfDate(set: CueSet, num: NumberAt): boolean {
  const t = set.text;
  const a = set.tokens.start[num.ti]!;
  const b = set.tokens.end[num.tj - 1]!;
  return (JOINERS.includes(t[a - 1] ?? '') && digitAt(t, a - 2)) || (JOINERS.includes(t[b] ?? '') && digitAt(t, b + 1));
}

// A module-level helper: a closure here would be created for every number read.
function digitAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
}

const JOINERS = '-/.';
