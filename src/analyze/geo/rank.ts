// Ranks countries by how central they are to the story: title, lead, prepositions of place, frequency; passing mentions barely count.
import { emptyList } from '../../lib/empty-list.ts';
import type { Resolved } from './resolve.ts';
import type { GeoWords } from './words.ts';

/** Tunables of the centrality score (measured on the dev set). */
export const RANK = {
  demonym: 0.7,
  /** A plural demonym names people ("Zimbabweans", "nigerianas"): victims or suspects, not an adjective. */
  people: 1,
  place: 0.9,
  title: 2,
  leadChars: 400,
  lead: 1.3,
  locative: 1.5,
  central: 1.2,
  passing: 0.1,
  list: 0.5,
  /** A mention in a sentence that tallies a period's cases ("so far this year, most of them from ..."). */
  tally: 0.5,
  /** Each further mention of a country adds this share of its weight (the best mention counts whole). */
  repeat: 0.2,
  /** A city or region whose country is never named, in a text that names other countries ("two women in Bradford"). */
  orphan: 0.6,
  /** Cities this large stand for their country on their own (Dubai, Bangkok): never orphans. */
  landmark: 1_000_000,
  /** ...and towns this large after a preposition of place ("to a flat in Wolverhampton"). */
  placedTown: 15_000,
  /** A country is kept when its score reaches this share of the top score... */
  share: 0.2,
  /** ...and this absolute score. */
  floor: 0.9,
  /** Below this, even the top country has only passing mentions and is not reported. */
  passingOnly: 0.3,
};

/** How each country is named, over all its mentions (what the learned selection weighs). */
export interface CountryStats {
  mentions: number;
  /** Mentions that are not passing, not an agency acting from afar, not in a loose list. */
  firm: number;
  title: number;
  lead: number;
  locative: number;
  central: number;
  passing: number;
  demonym: number;
  orphan: number;
  dateline: number;
  places: number;
}

function emptyStats(): CountryStats {
  return {
    mentions: 0,
    firm: 0,
    title: 0,
    lead: 0,
    locative: 0,
    central: 0,
    passing: 0,
    demonym: 0,
    orphan: 0,
    dateline: 0,
    places: 0,
  };
}

/** Score of each country, highest first; `stats`, when given, is filled with how each country is named. */
export function scoreCountries(
  text: string,
  found: Resolved[],
  titleEnd: number,
  home: string | undefined,
  words: GeoWords,
  stats?: Map<string, CountryStats>,
): [string, number][] {
  const best = new Map<string, number>();
  const sum = new Map<string, number>();
  const { inList, routed, examples } = lists(text, found, words);
  // Countries named outright; a demonym ("Australian police") does not make the towns of other countries orphans.
  const named = new Set(found.filter((r) => r.entry.kind === 'c' && r.mention.type !== 'd').map((r) => r.entry.cc));
  const elsewhere = new Set(found.filter((r) => !r.ctx.dateline).map((r) => r.entry.cc));
  const towns = new Set(found.filter((r) => r.entry.kind !== 'c').map((r) => r.entry.cc));
  const visiting = visitingAgencies(text, found, towns, words.listGap);
  const tally = talliedMentions(text, found, words.tallyWord);
  found.forEach((r, i) => {
    if (r.qualifier) return;
    const trusted = r.ctx.dateline && trustedDateline(r);
    let w = r.entry.kind === 'c' ? (r.mention.type === 'd' ? demonymWeight(text, r, words) : 1) : RANK.place;
    const orphan = r.ctx.dateline ? !trusted && datelineOnly(r, elsewhere, home) : isOrphan(r, named, towns, home);
    if (orphan) w *= RANK.orphan;
    const title = r.mention.start < titleEnd;
    const lead = !title && r.mention.start < titleEnd + RANK.leadChars;
    if (title) w *= RANK.title;
    else if (lead) w *= RANK.lead;
    // "from Australian police": the preposition governs the noun, not the demonym.
    // A dateline counts as a place of the story, but no more: agencies file from hubs (NEW YORK (Reuters) —).
    const locative = (r.ctx.locative && !r.ctx.dateline && r.mention.type !== 'd') || routed.has(i) || trusted;
    if (locative) w *= RANK.locative;
    const central = r.ctx.central && !visiting.has(r.entry.cc);
    if (central) w *= RANK.central;
    const passing = r.ctx.passing || (r.ctx.agency && visiting.has(r.entry.cc)) || examples.has(i);
    if (passing) w *= RANK.passing;
    else if (inList.has(i)) w *= RANK.list;
    if (tally.has(i)) w *= RANK.tally;
    const cc = r.entry.cc;
    if (stats) {
      const st = stats.get(cc) ?? emptyStats();
      st.mentions++;
      if (!passing && !inList.has(i) && !tally.has(i)) st.firm++;
      if (title) st.title++;
      if (lead) st.lead++;
      if (locative) st.locative++;
      if (central) st.central++;
      if (passing) st.passing++;
      if (r.mention.type === 'd') st.demonym++;
      if (orphan) st.orphan++;
      if (r.ctx.dateline) st.dateline++;
      if (r.entry.kind !== 'c') st.places++;
      stats.set(cc, st);
    }
    best.set(cc, Math.max(best.get(cc) ?? 0, w));
    sum.set(cc, (sum.get(cc) ?? 0) + w);
  });
  // (An empty map() result has another hidden class than a list of scores: its readers would deoptimise on it.)
  if (!best.size) return emptyList();
  const scores = [...best.entries()].map(([cc, b]): [string, number] => [cc, b + RANK.repeat * (sum.get(cc)! - b)]);
  return scores.sort((a, b) => b[1] - a[1]);
}

/**
 * Countries present only through their agencies ("US customs authorities", "Australian Federal Police") and passing
 * words, in a story that places itself in another country (its towns, or "in" it): the agency visits or acts from afar.
 * Agencies named together ("Romanian and UK authorities") are partners in a joint case and count.
 */
function visitingAgencies(text: string, found: Resolved[], towns: Set<string>, gap: RegExp): Set<string> {
  const agencies = new Set<string>();
  const present = new Set<string>();
  found.forEach((r, i) => {
    const prev = found[i - 1];
    const joint = !!prev && prev.entry.cc !== r.entry.cc && gap.test(text.slice(prev.mention.end, r.mention.start));
    if (r.ctx.agency && !joint) agencies.add(r.entry.cc);
    else if (!r.ctx.passing && (r.mention.type !== 'd' || r.ctx.agency || r.entry.kind !== 'c'))
      present.add(r.entry.cc);
  });
  const placed = new Set(found.filter((r) => r.entry.kind !== 'c' || r.ctx.strongLocative).map((r) => r.entry.cc));
  const out = new Set<string>();
  for (const cc of agencies) {
    if (present.has(cc) || towns.has(cc)) continue;
    for (const other of placed) if (other !== cc) out.add(cc);
  }
  return out;
}

/** Where a sentence ends: full stops of the Latin, CJK, Devanagari and Burmese scripts, and line breaks. */
const SENTENCE_END = /[.!?\n\u3002\u0964\u104b]/u;

/**
 * Mentions in a sentence that tallies a period's cases ("212 victims so far this year, most of them from Myanmar and
 * Cambodia", "с начала года из ОАЭ, Турции и Южной Кореи вернули 38 жертв"): background to the story, not its places.
 */
function talliedMentions(text: string, found: Resolved[], tallyWord: RegExp): Set<number> {
  const out = new Set<number>();
  if (!found.length) return out;
  // Each mention's sentence is read once for a tally phrase (not the whole text: most sentences name no place).
  const tallies = new Map<number, boolean>();
  const test = oneMatch(tallyWord);
  found.forEach((r, i) => {
    const from = sentenceStart(text, r.mention.start);
    const rest = text.slice(from).search(SENTENCE_END);
    const to = rest < 0 ? text.length : from + rest;
    if (r.mention.end > to) return;
    let tallied = tallies.get(from);
    if (tallied === undefined) {
      tallied = test.test(text.slice(from, to));
      tallies.set(from, tallied);
    }
    if (tallied) out.add(i);
  });
  return out;
}

const firstMatchOf = new WeakMap<RegExp, RegExp>();

// The same expression without the global flag, for a yes-or-no test that keeps no state between calls.
function oneMatch(re: RegExp): RegExp {
  let one = firstMatchOf.get(re);
  if (!one) {
    one = new RegExp(re.source, re.flags.replace('g', ''));
    firstMatchOf.set(re, one);
  }
  return one;
}

// Where the sentence holding offset `at` starts.
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  return 0;
}

/** A town whose country the text never names (a state or province is never one), unless in the language's home country. */
function isOrphan(r: Resolved, named: Set<string>, towns: Set<string>, home?: string): boolean {
  const e = r.entry;
  if (e.kind === 'c' || !named.size || named.has(e.cc) || e.cc === home) return false;
  // "brought from Romania to a flat in Wolverhampton": a sizeable town after "in"/"from" is where the story is,
  // unless the text also names towns of another country ("Barrie police ... two women in Bradford").
  const rivalTowns = towns.size > 1 || !towns.has(e.cc);
  const landmark = (r.ctx.strongLocative || r.ctx.ofPlace) && !rivalTowns ? RANK.placedTown : RANK.landmark;
  return r.townSize > 0 && r.townSize < landmark;
}

/**
 * A dateline that places the story: a capital's not credited to a wire service ("PARIS —"), or any town's
 * credited to a local broadcaster ("HOUSTON (KHOU) —").
 */
function trustedDateline(r: Resolved): boolean {
  return r.ctx.source === 'local' || (r.entry.capital && r.ctx.source !== 'wire');
}

/** A dateline whose country nothing else in the text names, in a text about other countries: a news hub. */
function datelineOnly(r: Resolved, elsewhere: Set<string>, home?: string): boolean {
  const cc = r.entry.cc;
  return r.entry.kind !== 'c' && !elsewhere.has(cc) && cc !== home && elsewhere.size > 0;
}

function demonymWeight(text: string, r: Resolved, words: GeoWords): number {
  return namesPeople(text, r, words) ? RANK.people : RANK.demonym;
}

/** Whether a demonym names people ("Zimbabweans", "nigerianas", "Roemenen"), not a thing of a country. */
export function namesPeople(text: string, r: Resolved, words: GeoWords): boolean {
  const { start, end } = r.mention;
  const last = text[end - 1] ?? '';
  const plural = last === 's' || (last === 'i' && text[start] !== text[start]?.toUpperCase());
  // "Thailänderinnen", "de nacionalidad colombiana": people, not an adjective.
  return (
    plural ||
    words.peopleEnding.test(text.slice(start, end)) ||
    words.nationalityBefore.test(text.slice(Math.max(0, start - 30), start))
  );
}

/** Countries central enough to report. */
export function selectCountries(ranked: [string, number][]): string[] {
  const top = ranked[0]?.[1] ?? 0;
  // The top country is kept even below the floor, but not when all it has is passing mentions ("US-based").
  const kept = ranked.filter(
    ([, s], i) => (i === 0 && s >= RANK.passingOnly) || s >= Math.max(RANK.floor, top * RANK.share),
  );
  return kept.length ? kept.map(([cc]) => cc) : emptyList(); // one hidden class for every list of countries
}

/**
 * Enumerations of three or more countries ("from Nepal, India, Bangladesh and Laos"): members of a route
 * count as places of the story; other lists ("countries such as ...") count less.
 */
function lists(
  text: string,
  found: Resolved[],
  words: GeoWords,
): { inList: Set<number>; routed: Set<number>; examples: Set<number> } {
  const inList = new Set<number>();
  const routed = new Set<number>();
  const examples = new Set<number>();
  const out = { inList, routed, examples };
  let run: number[] = [];
  found.forEach((r, i) => {
    const prev = found[i - 1];
    if (!prev || !words.listGap.test(text.slice(prev.mention.end, r.mention.start))) {
      sortRun(text, found, words, run, out);
      run = [];
    }
    run.push(i);
  });
  sortRun(text, found, words, run, out);
  return out;
}

// A run of mentions of three countries or more is a list: its members are examples, a route or plain list members.
function sortRun(
  text: string,
  found: Resolved[],
  words: GeoWords,
  run: number[],
  into: { inList: Set<number>; routed: Set<number>; examples: Set<number> },
): void {
  if (new Set(run.map((i) => found[i]!.entry.cc)).size < 3) return;
  const head = found[run[0]!]!;
  const tail = found[run[run.length - 1]!]!;
  const before = text.slice(Math.max(0, head.mention.start - 60), head.mention.start);
  // "Victims are most often from ...", "... and Yemen, among others": examples of what happens, not the story.
  const example =
    words.habitHead.test(before) || words.exampleTail.test(text.slice(tail.mention.end, tail.mention.end + 30));
  const route = words.routeHead.test(before.slice(-40));
  for (const i of run) (example ? into.examples : route ? into.routed : into.inList).add(i);
}
