// Picks one place for each mention (Georgia the state or the country, Lagos in Nigeria or Portugal) and drops false hits.
import { emptyList } from '../../lib/empty-list.ts';
import { contextOf, type MentionContext } from './context.ts';
import { DECLINING, type Entry, type GeoIndex } from './lookup.ts';
import type { Mention } from './match.ts';
import { isCapitalised, isCaseless, type Token } from './tokens.ts';
import { type GeoWords, hasWord } from './words.ts';

/** A mention with the place it names and its surroundings. */
export interface Resolved {
  mention: Mention;
  entry: Entry;
  ctx: MentionContext;
  /** Population when the name is also a town's in that country (Mwanza, Bradford), else 0 for regions. */
  townSize: number;
  /** A country that only qualifies a dateline's town ("LYON (France) —", "MANILA, Philippines —"). */
  qualifier: boolean;
}

/** Support a city or region gives its country when it is named unambiguously (a country's own name gives 1). */
const PLACE_SUPPORT = 0.5;
/** Cities below this population need their country named elsewhere, or a preposition of place, to count. */
const SMALL_CITY = 100_000;
/** Bonus, in orders of magnitude of population, for a place whose country the rest of the text names. */
const SUPPORTED = 3;
/** Support that lets a city or region win over a country of the same name without wording that places it. */
const STRONG_SUPPORT = 2;
/** The same for a name that is also a person's (Georgia): the text names its other country at least once (US, Atlanta, FBI). */
const PERSON_NAME_SUPPORT = 1;
/** Bonus, in orders of magnitude, for a national capital over towns of the same name. */
const CAPITAL = 2;
/** Bonus for a place in the source's own country. */
const HINTED = 1;
/** Bonus for a town or region in the country where the text's language is mostly written (Bari in Italian news). */
const HOME_PLACE = 0.75;
/** Resolves every mention to its most likely place given the rest of the text; drops the unlikely ones. */
export function resolveMentions(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  index: GeoIndex,
  titleEnd: number,
  lang: string,
  hint?: string,
  home?: string,
): Resolved[] {
  const placeTokens = new Set<number>();
  const declining = DECLINING.has(lang);
  for (const m of mentions) for (let t = m.from; t < m.to; t++) placeTokens.add(t);
  mentions = mentions.filter((m) => m.type !== 'x');
  // (An empty filter result has another hidden class: the array code below, compiled for lists, would deoptimise on it.)
  if (!mentions.length) return emptyList();
  // First pass on priors alone; the second lets each mention lean on the other names' countries.
  const none: Support = { total: new Map(), own: undefined };
  const first = mentions.map((m) => pick(m, index, none, hint, home));
  const ctxs = mentions.map((m) => contextOf(text, tokens, m, lang, placeTokens, index.words));
  // An ordinary word ("Essen" in German) lends its country no support unless a preposition of place makes it a name.
  const ordinary = mentions.map((m, i) => ordinaryWord(text, tokens, m, index, lang, ctxs[i]!));
  const table = supportTable(text, mentions, first, ctxs, ordinary);
  // Countries the text names by their own names (not by a nationality word).
  const named = new Set<string>();
  first.forEach((e, j) => {
    if (e?.kind === 'c' && mentions[j]!.type === 'n' && !ctxs[j]!.passing) named.add(e.cc);
  });
  const longer = longerPlaces(text, mentions, first);
  const regions = new Map<string, Entry>();
  for (const e of first) if (e?.kind === 'r') regions.set(`${e.cc}:${e.name}`, e);
  // The regions any town named may lie in ("Murcia" the city lies in the region of Murcia, and so may "La Unión"):
  // namesakes that share a region with another town named are the ones meant.
  // (Built on first need: most texts have no namesake to settle.)
  const towns: { regions?: Map<string, number[]> } = {};
  const out: Resolved[] = emptyList(); // shaped like a filled list even when nothing is kept
  // Plain loop without closures: it runs for every mention of every article.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // "di Kota Semarang": a word of the administrative name before a town ("Kota", "Kabupaten") is not Kota in India.
    if (m.to - m.from === 1 && isCapitalised(tokens[m.to]?.text ?? '') && placePrefix(text, m, index, lang)) continue;
    // "avenida Avellaneda", "Jalan Sudirman", "calle Toledo": a street or a square named after a place.
    if (m.from > 0 && hasWord(index.words, 'street', tokens[m.from - 1]!.text.toLowerCase().replace(/\.$/, '')))
      continue;
    // "pelaku DN, HS, dan KL": initials in a list of initials are people, not Kuala Lumpur.
    if (m.to - m.from === 1 && initialsListed(text, tokens, m, placeTokens, index.words)) continue;
    const support: Support = { total: table.total, own: table.byName.get(text.slice(m.start, m.end)) };
    const designated =
      m.ids.length > 1
        ? (designatedCountry(text, mentions, first, i) ??
          inNamedRegion(m, index, regions) ??
          (ordinary[i]
            ? undefined
            : besideTown(m, index, mentions, townRegionsOf(towns, mentions, ordinary, index), i, support)))
        : undefined;
    let entry = pick(m, index, support, hint, home, designated);
    if (!entry || (entry.kind === 'c' && index.words.subunitAfter.test(text.slice(m.end, m.end + 14)))) continue;
    // "Jersey" in a story about New Jersey, "Benin" in one about Benin City, "Minas" (a town in Uruguay) in one about
    // Minas Gerais: the short form of the longer place.
    const whole = longer.length ? shortFormOf(text, m, longer) : undefined;
    if (whole && whole.cc !== entry.cc && others(support, entry.cc) === 0) {
      const same = m.ids.map((k) => index.entry(k)).find((e) => e.id === whole.id);
      if (!same) continue;
      entry = same;
    }
    // "in the Republic": a town's name after an article is a word ("in the Hague" is the rare exception).
    const ctx =
      entry.kind === 'p' && ctxs[i]!.article ? { ...ctxs[i]!, locative: false, strongLocative: false } : ctxs[i]!;
    const placed = entry.kind !== 'c' && (designated === '*' || designated === entry.cc);
    const supported = others(support, entry.cc) > 0 || placed;
    if (ordinary[i] && !supported) continue;
    // "en Flores" (a town of Guatemala) in a text that names Argentina and not Guatemala: a small foreign town that
    // only its preposition places is more likely a district or street of the named country's.
    const stray =
      !supported &&
      entry.kind === 'p' &&
      entry.weight < SMALL_CITY &&
      named.size > 0 &&
      !named.has(entry.cc) &&
      entry.cc !== home;
    if (!stray && keep(text, m, entry, ctx, supported, titleEnd, declining, index.words))
      out.push({ mention: m, entry, ctx, townSize: townSize(m, entry, index), qualifier: false });
  }
  inheritPlace(text, out);
  markQualifiers(out);
  return out;
}

/**
 * A place name that is an ordinary word in the text's language ("Essen" in German; "المالية" in Arabic, prefix and all),
 * not made a name by a plain preposition of place ("in Essen", not "zum Essen").
 */
function ordinaryWord(
  text: string,
  tokens: Token[],
  m: Mention,
  index: GeoIndex,
  lang: string,
  ctx: MentionContext,
): boolean {
  const words = index.common.get(lang);
  if (!words || m.to - m.from > 1) return false;
  // "im Zug", "zum Essen": a preposition fused with an article goes with a noun, never with a town's name.
  // (German "im", "zum"; Romance "al", "nel", "du": prepositions fused with an article.)
  if (ctx.strongLocative && !hasWord(index.words, 'fused', tokens[m.from - 1]?.text.toLowerCase() ?? '')) return false;
  const surface = text.slice(m.start, m.end);
  if (words.has(surface)) return true;
  if (!isCaseless(surface)) return false;
  for (const w of words) if (surface.endsWith(w)) return true;
  return false;
}

/** "girls from Benin … Edo State": a town of a region the text names (Benin City is in Edo) is that town. */
function inNamedRegion(m: Mention, index: GeoIndex, regions: Map<string, Entry>): string | undefined {
  if (!regions.size) return undefined;
  for (const k of m.ids) {
    const e = index.entry(k);
    const region = e.kind === 'p' && e.admin1 ? regions.get(`${e.cc}:${e.admin1}`) : undefined;
    // The region must be named by another name ("Ilam" the Iranian province does not place "Ilam" the town).
    if (region && !m.ids.some((j) => index.entry(j) === region)) return e.cc;
  }
  return undefined;
}

// The regions of the towns named, built on the first call and kept in `towns` (a function, not a closure: a closure
// would be made for every text).
function townRegionsOf(
  towns: { regions?: Map<string, number[]> },
  mentions: Mention[],
  ordinary: boolean[],
  index: GeoIndex,
): Map<string, number[]> {
  towns.regions ??= regionsOfTowns(mentions, ordinary, index);
  return towns.regions;
}

// The regions each town named may lie in, with the mentions that name a town there.
function regionsOfTowns(mentions: Mention[], ordinary: boolean[], index: GeoIndex): Map<string, number[]> {
  const out = new Map<string, number[]>();
  mentions.forEach((m, j) => {
    if (ordinary[j] || m.ids.length > MAX_NAMESAKES) return;
    for (const k of m.ids) {
      const e = index.entry(k);
      if (e.kind !== 'p' || !e.admin1) continue;
      const key = `${e.cc}:${e.admin1}`;
      out.set(key, [...(out.get(key) ?? []), j]);
    }
  });
  return out;
}

// A namesake town in the region of another town the text names ("the port city of Cartagena" beside Murcia).
function besideTown(
  m: Mention,
  index: GeoIndex,
  mentions: Mention[],
  townRegions: Map<string, number[]>,
  i: number,
  support: Support,
): string | undefined {
  const names = new Set(m.ids.map((k) => index.entry(k).id));
  // A capital keeps its rank over namesakes ("officers in London" beside Toronto is still London).
  if (m.ids.some((k) => index.entry(k).capital)) return undefined;
  let found: string | undefined;
  for (const k of m.ids) {
    const e = index.entry(k);
    const towns = e.kind === 'p' && e.admin1 ? townRegions.get(`${e.cc}:${e.admin1}`) : undefined;
    // (Another town: the same name said twice is no second town.)
    if (!towns?.some((j) => j !== i && !mentions[j]!.ids.some((x) => names.has(index.entry(x).id)))) continue;
    // Namesakes beside towns of two countries say nothing.
    if (found && found !== e.cc) return undefined;
    found = e.cc;
  }
  // Towns of common names share regions by chance (Kent and Manchester in the United States): the text must also
  // place the story in that country as firmly as by its name.
  return found && others(support, found) >= 1 ? found : undefined;
}

/** Cities and regions named in several words ("New Jersey", "Benin City"), with their text. */
function longerPlaces(text: string, mentions: Mention[], picks: (Entry | undefined)[]): [string, Entry][] {
  const out: [string, Entry][] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const e = picks[i];
    if (e && e.kind !== 'c' && m.to - m.from > 1) out.push([text.slice(m.start, m.end), e]);
  }
  return out;
}

/** The longer place whose name holds this mention's name as whole words. */
function shortFormOf(text: string, m: Mention, longer: [string, Entry][]): Entry | undefined {
  const name = text.slice(m.start, m.end);
  for (const [full, e] of longer) {
    if (full.length <= name.length) continue;
    const at = full.indexOf(name);
    if (at < 0) continue;
    const before = full[at - 1];
    const after = full[at + name.length];
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return e;
  }
  return undefined;
}

/** "Myawaddy, Myanmar": a country named right after a town or region takes its preposition of place. */
function inheritPlace(text: string, found: Resolved[]): void {
  for (let i = 1; i < found.length; i++) {
    const r = found[i]!;
    const prev = found[i - 1]!;
    if (r.entry.kind !== 'c' || prev.entry.kind === 'c' || prev.entry.cc !== r.entry.cc) continue;
    if (/^,\s*$/.test(text.slice(prev.mention.end, r.mention.start)) && prev.ctx.locative) r.ctx.locative = true;
  }
}

/** "LYON (France) —": names in a dateline's head after its town, of the town's country, only qualify it. */
function markQualifiers(found: Resolved[]): void {
  let town: Resolved | undefined;
  for (const r of found) {
    if (town && r.mention.start < town.ctx.headEnd && r.entry.cc === town.entry.cc) {
      r.qualifier = true;
      r.ctx.dateline = true;
      r.ctx.source = town.ctx.source;
    } else town = r.ctx.dateline && r.entry.kind !== 'c' ? r : undefined;
  }
}

/** The population of the town a name stands for: the city itself, or a same-named city beside a region. */
function townSize(m: Mention, e: Entry, index: GeoIndex): number {
  if (e.kind === 'p') return e.weight;
  if (e.kind !== 'r') return 0;
  let size = 0;
  for (const i of m.ids) {
    const c = index.entry(i);
    if (c.kind === 'p' && c.cc === e.cc) size = Math.max(size, c.weight);
  }
  return size;
}

/** Support for each country from all names, and from the name being resolved (which must not count itself). */
interface Support {
  total: Map<string, number>;
  own: Map<string, number> | undefined;
}

function others(s: Support, cc: string): number {
  return (s.total.get(cc) ?? 0) - (s.own?.get(cc) ?? 0);
}

/**
 * The country a name is placed in by its wording: "Atlanta, Georgia" (after a city of that country),
 * "Lagos, Portugal" (before a country), "Niger State", "the state of Georgia" ('*': the non-country reading).
 */
function designatedCountry(
  text: string,
  mentions: Mention[],
  picks: (Entry | undefined)[],
  i: number,
): string | undefined {
  const m = mentions[i]!;
  const prev = mentions[i - 1];
  const prevPick = picks[i - 1];
  if (prev && prevPick && prevPick.kind !== 'c' && /^,\s*$/.test(text.slice(prev.end, m.start))) return prevPick.cc;
  // "Lagos, Portugal", "London, Ontario", "Lagos (Portugal)", "Lagos, in the Algarve region of Portugal".
  const next = mentions[i + 1];
  const nextPick = picks[i + 1];
  if (
    next &&
    nextPick &&
    nextPick.kind !== 'p' &&
    next.start - m.end <= 45 &&
    /^\s*[,(][^.;!?\n]*$/.test(text.slice(m.end, next.start))
  ) {
    return nextPick.cc;
  }
  if (/^\s+(?:State|state|Province|province|County|county)\b/.test(text.slice(m.end, m.end + 12))) return '*';
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  if (/ (?:of|de|di|du) $/.test(before) && /\b(?:state|province|región|region|estado|stato|état) \S+ $/i.test(before)) {
    return '*';
  }
  return undefined;
}

/** How much the names point at each country, in all and per name (a name never supports itself, nor do its repeats). */
function supportTable(
  text: string,
  mentions: Mention[],
  picks: (Entry | undefined)[],
  ctxs: MentionContext[],
  ordinary: boolean[],
) {
  const total = new Map<string, number>();
  const byName = new Map<string, Map<string, number>>();
  picks.forEach((e, j) => {
    const m = mentions[j]!;
    // A town inside a longer proper name ("Bar Rincón Alegre") supports nothing.
    // A name that is also a person's supports its country only as a dateline ("PARIS —" places "the Paris metro").
    if (
      !e ||
      (m.type === 'p' && !ctxs[j]!.dateline) ||
      ordinary[j] ||
      ctxs[j]!.passing ||
      (e.kind !== 'c' && ctxs[j]!.properNeighbour)
    )
      return;
    const s = e.kind === 'c' && m.type === 'n' ? 1 : PLACE_SUPPORT;
    total.set(e.cc, (total.get(e.cc) ?? 0) + s);
    const name = text.slice(m.start, m.end);
    const own = byName.get(name) ?? new Map<string, number>();
    own.set(e.cc, (own.get(e.cc) ?? 0) + s);
    byName.set(name, own);
  });
  return { total, byName };
}

function pick(
  m: Mention,
  index: GeoIndex,
  support: Support,
  hint: string | undefined,
  home: string | undefined,
  designated?: string,
): Entry | undefined {
  let best: Entry | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  let rival: Entry | undefined;
  for (const i of m.ids) if (!rival && index.entry(i).kind === 'c') rival = index.entry(i);
  const needed = m.type === 'p' ? PERSON_NAME_SUPPORT : STRONG_SUPPORT;
  for (const i of m.ids) {
    const e = index.entry(i);
    // A region or city named like a country (Georgia, Niger) needs wording that places it, or clearly more support.
    const supported =
      rival && e.kind !== 'c'
        ? designated === '*' ||
          designated === e.cc ||
          (others(support, e.cc) >= needed && others(support, rival.cc) === 0)
        : others(support, e.cc) > 0;
    const placed = e.kind !== 'c' && designated === e.cc ? SUPPORTED : 0;
    const seat = e.kind === 'p' && seatOfNamesake(m, index, e) ? SEAT : 0;
    const local = e.kind !== 'c' && e.cc === home ? HOME_PLACE : 0;
    // Support as strong as a country's own name counts in full; a nationality word alone (the victims' origin: "mujeres
    // colombianas" in a Spanish case at Cartagena) half.
    const lift = !supported ? 0 : rival && e.kind !== 'c' ? SUPPORTED : SUPPORTED * Math.min(1, others(support, e.cc));
    const score = prior(e) + seat + lift + placed + (e.cc === hint ? HINTED : 0) + local;
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}

/** Names with more namesakes than this (a common word's many towns) lend no region to others. */
const MAX_NAMESAKES = 12;

/** What lifts a city over the region of its own name that it lies in (Bremen, Hamburg): regions' prior is 6. */
const SEAT = 1;

// Whether the name is also the region the city lies in ("Bremen" the city in the state of Bremen): the city is meant,
// and its region still comes with it (admin1).
function seatOfNamesake(m: Mention, index: GeoIndex, city: Entry): boolean {
  for (const i of m.ids) {
    const r = index.entry(i);
    if (r.kind === 'r' && r.cc === city.cc && r.name === city.admin1) return true;
  }
  return false;
}

/** In orders of magnitude of population: countries first (larger ones break ties: Congo → DR Congo), then regions, then cities. */
function prior(e: Entry): number {
  if (e.kind === 'c') return 7.5 + Math.log10(e.weight + 1) / 20;
  if (e.kind === 'r') return 6;
  // Rome, London, Paris, Dhaka: a capital outranks its namesakes unless the text places it elsewhere.
  return Math.log10(e.weight + 1) + (e.capital ? CAPITAL : 0);
}

function keep(
  text: string,
  m: Mention,
  e: Entry,
  ctx: MentionContext,
  supported: boolean,
  titleEnd: number,
  declining: boolean,
  words: GeoWords,
): boolean {
  if (m.type === 'p') {
    if (ctx.properNeighbour || words.saidAfter.test(text.slice(m.end, m.end + 12))) return false;
    // "Georgia police", "Jordan authorities": a place's institutions, not a person. In a language that declines, any
    // preposition of place will do: its noun stands in an oblique case ("до Мілана", to Milan; "Мілана" alone is a name).
    return ctx.strongLocative || (declining && ctx.locative) || ctx.central || supported;
  }
  // "Luciano dijo": a nationality word written with a capital mid-sentence is a person's name.
  if (m.capitalisedWord && !ctx.sentenceStart && m.start >= titleEnd) return false;
  // "Inspector Frank Butao" is not Bhutan; "Polk County Sheriff's Office" still places the story.
  // In a language that declines nouns a country follows the noun that governs it ("МВД Украины": the ministry of Ukraine).
  // ("Policía Federal Argentina", "Policía Nacional del Perú": an agency's level word before the country names whose.)
  if (e.kind === 'c')
    return declining || !ctx.nameBefore || m.to - m.from > 1 || m.start < titleEnd || levelBefore(text, m, words);
  // "Dubai Police have rescued…": a town's police or courts name the town, capitalised or not.
  if (ctx.agency) return true;
  if (ctx.properNeighbour && !supported) return false;
  // A one-word name opening a sentence may be an ordinary word ("Reading the report", Indonesian "Para"); longer ones are
  // names. A script without capitals gives nothing away there ("云南警方…", "پنجاب میں…" open headlines): read as elsewhere.
  if (
    ctx.sentenceStart &&
    !ctx.locative &&
    !supported &&
    m.to - m.from === 1 &&
    !isCaseless(text.slice(m.start, m.end))
  )
    return false;
  if (e.kind === 'p' && e.weight < SMALL_CITY) return supported || ctx.locative;
  return true;
}

/** The word before a mention (an article or "of" between allowed: "Nacional del Perú") is an agency's level. */
function levelBefore(text: string, m: Mention, words: GeoWords): boolean {
  const w = /(\p{L}+)(?:\s+(\p{L}+))?\s+$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
  if (!w) return false;
  // (The words of "of" are places/words.json's role `of`.)
  const level = w[2] && hasWord(words, 'of', w[2].toLowerCase()) ? w[1]! : (w[2] ?? w[1]!);
  return hasWord(words, 'agency_level', level);
}

/** Whether the mention is a word that opens an administrative name in the text's language ("Kota", "Kabupaten"). */
function placePrefix(text: string, m: Mention, index: GeoIndex, lang: string): boolean {
  return hasWord(index.words, 'place_prefix', text.slice(m.start, m.end).toLowerCase(), lang);
}

/** Letters of a person's initials as the press writes them ("KL"). */
const INITIALS = /^\p{Lu}{2,3}$/u;
// Whether a short capitals mention sits in a list with other capitals initials that are no places.
function initialsListed(text: string, tokens: Token[], m: Mention, places: Set<number>, words: GeoWords): boolean {
  if (!INITIALS.test(text.slice(m.start, m.end))) return false;
  return initialsAt(text, tokens, m.from - 1, -1, places, words) || initialsAt(text, tokens, m.to, 1, places, words);
}

// Whether the token next to a mention (past a comma or a list's "and", words.json and_or) is initials that are no place.
function initialsAt(
  text: string,
  tokens: Token[],
  i: number,
  dir: 1 | -1,
  places: Set<number>,
  words: GeoWords,
): boolean {
  let t = tokens[i];
  if (t && hasWord(words, 'and_or', t.text.toLowerCase())) {
    i += dir;
    t = tokens[i];
  }
  if (!t || places.has(i) || !INITIALS.test(t.text)) return false;
  const near = tokens[i - dir]!;
  const gap = dir < 0 ? text.slice(t.end, near.start) : text.slice(near.end, t.start);
  return /^[\s,]*$/.test(gap) && gap.length <= 3;
}
