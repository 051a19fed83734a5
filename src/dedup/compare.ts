// Whether two reports tell one incident: evidence they share (operation, names, distinctive numbers, the same
// victims count, places, wording) against facts that cannot both be true (other countries, other cities, other
// counts, other forms). Boilerplate — the agency, the offence, the country — is never evidence. Pure.
import { overlap } from './fingerprint.ts';
import { asAlias, type IncidentPrint, isQuoted } from './incident.ts';
import { sameName } from './incident-names.ts';
import { learnedSame, pairFeatures, pairModel, pairProbability } from './pair-model.ts';

/** What story clustering compares: a report's incident print, its time and its wording (sorted shingle hashes). */
export interface StoryPrint {
  incident: IncidentPrint;
  /** When the report appeared (ms since epoch): published, else fetched. */
  at: number;
  /** False when the page gave no date and `at` is only when it was fetched (it may be days after the events). */
  dated?: boolean;
  shingles: Uint32Array;
}

/** The verdict on a pair, with the evidence for it (for explanations and tests). */
export interface Comparison {
  same: boolean;
  score: number;
  /** Why the pair cannot be one incident, or null. */
  veto: string | null;
  evidence: string[];
  /** What the hand-set thresholds alone say (absent on a veto). */
  rules?: boolean;
  /** The learned model's probability that the pair is one incident (absent without a model or on a veto). */
  probability?: number;
  /** What the learned model reads (src/dedup/pair-model.ts; absent on a veto). */
  features?: number[];
}

/** Evidence needed to call two reports one incident, by days between them (follow-ups need more). Reports of one
 * news day need least: two cases in one place, with a fact in common, on one day are rare (outlets retell one case
 * that day in other languages with few words in common). */
export const THRESHOLDS: readonly { days: number; score: number }[] = [
  { days: 1.5, score: 2 },
  { days: 4, score: 3.5 },
  { days: 21, score: 4.5 },
  { days: 90, score: 6 },
  { days: Number.POSITIVE_INFINITY, score: 4.5 },
];
/** A name both reports give (a person's, a business's, a vessel's; not an official's), and each further one: the
 * first weighs a little more, so that one name with a place carries a follow-up weeks later ("Long Xing 629"). */
export const FIRST_NAME = 3;
export const NAME = 2.5;
/** Names on the two sides (each naming someone), none shared, past which they argue for two cases. */
const OTHER_NAMES = 2;
/** The least distance in days assumed between reports when one of them has no date: a feed is read as it publishes,
 * so its fetch time is within the news cycle's days (never the same day: a same-day pair needs less). */
export const UNDATED_DAYS = 4;
/** Evidence other than place and wording a pair needs (templated boilerplate repeats place and phrases). */
export const MIN_FACTS = 1.25;
/** Reports this close (days), both dated, are of one news day, and the facts they need: the same small count of
 * victims in the same town that day ("eight potential victims" at a Preston car wash) is rarely two cases. A day and
 * a half: an outlet in another time zone or language retells the case in the next morning's edition. */
const SAME_DAY = 1.5;
export const SAME_DAY_FACTS = 0.5;
/** Past this many days only a shared operation or a shared name (not an official's) can carry a pair. */
export const FOLLOW_UP_DAYS = 90;

/** A day of the month both reports name ("20 December" and "December 20"): the day of the events. */
export const SHARED_DATE = 1.5;
/** Two or more distinctive counts in common, beyond what each adds. */
export const COUNTS_TOGETHER = 0.5;
/** Two rewrites of one press release: a fact of the case (the release tells one case). */
export const REWRITE = 2;
/** Days within which two reports may be rewrites of one release (a later release of the agency is another case's). */
const REWRITE_DAYS = 7;
/** The most counts in common add together (from four counts on). */
export const MAX_TOGETHER = 1.5;
/** Reports further apart than this (days) name other months' days: a bare day of the month no longer meets a date. */
const DAY_ONLY_DAYS = 31;
/** Each small count (2–4 people or arrests) in common, at most two counted. */
export const SMALL_COUNT = 0.5;
/** A month with its year both name (when the investigation began), a second one, or months named without a year. */
export const SHARED_MONTH_YEAR = 1;
export const SHARED_MONTH = 0.5;
/** The same weekday named by reports less than a week apart. */
export const SHARED_WEEKDAY = 0.5;
const WEEK_DAYS = 6;
/** A count of arrests (at least NEAR_MIN) that another report gives a little differently. Victims counts are left
 * out: two cases' "15 women" and "16 victims" are as near, and a victims count that differs is weighed apart. */
export const NEAR_COUNT = 0.5;
const NEAR_MIN = 10;
/** Counts this close (share of the larger) are one count told by two outlets. */
const NEAR_COUNT_SHARE = 0.15;
/** A city outside both reports' main country that both name. */
export const ABROAD_CITY = 0.5;
/** Cities in common from which a shared route counts half as a fact of the case. */
const ROUTE_FACT_CITIES = 3;
/** The same exact victims count in one place within NEWS_DAYS days, beyond what the count and the place add. */
export const ONE_COUNT_ONE_PLACE = 1;
/** Facts (beyond place and wording) the model needs for reports of the news days: the route and a setting or a rare
 * form in one town (a Kenyan maid in Beirut in Arabic and in Swahili two days apart). */
const NEWS_FACTS = 1;
/** Days within which outlets retell one case (the first threshold's span). */
const NEWS_DAYS = 4;
/** Least victims count that, with a place and the news days, tells one case. */
const ONE_COUNT_MIN = 5;
/** Countries in common from which they trace one route, and what that adds. */
const ROUTE_COUNTRIES = 3;
export const ROUTE_OF_COUNTRIES = 0.5;
/** A sum of money in common (from BIG_SUM; half below), and the most that sums add. */
export const SUM = 1;
const BIG_SUM = 1000;
const MAX_SUMS = 2;
/** Reports this close in time that give their events' days with weekdays, and no day in common, tell two events. */
const OTHER_DAY_DAYS = 14;

/** Compares two reports; `margin` raises the evidence needed (pooled prints). */
export function compareReports(a: StoryPrint, b: StoryPrint, margin = 0): Comparison {
  const x = a.incident;
  const y = b.incident;
  const evidence: string[] = [];
  const veto = conflict(x, y);
  // Reports of a many-country operation name different examples; its name or its large totals still identify it.
  if (veto && !(veto === 'other countries' && identifiedAbroad(x, y))) return { same: false, score: 0, veto, evidence };
  let score = 0;
  const parts: [string, number][] = [];
  const add = (points: number, why: string) => {
    if (points === 0) return;
    score += points;
    parts.push([why, points]);
    evidence.push(`${why} ${points > 0 ? '+' : ''}${points}`);
  };
  const ops = operationsInCommon(x, y);
  add(Math.min(ops.length, 1) * 5, `operation ${ops.join(', ')}`);
  const names = namesInCommon(x, y);
  add(names.length ? Math.min(FIRST_NAME + (names.length - 1) * NAME, 7.5) : 0, `names ${names.join(', ')}`);
  // Both name several people and none in common: other suspects, another case. Across languages names are spelt
  // and transliterated apart ("Đinh Văn Nơi", "Dinh Van Noi"), and each outlet names what its readers know: no sign.
  const oneLanguage = !x.language || !y.language || x.language === y.language;
  const named =
    oneLanguage && Math.min(x.names.length, y.names.length) >= 1 && x.names.length + y.names.length > OTHER_NAMES;
  if (!names.length && named) add(-1.5, 'other names');
  // Victims of other nationalities ("mujeres paraguayas" and "once mujeres colombianas" in one town's clubs): two
  // groups of victims, two cases.
  add(
    otherOrigins(x, y) ? -OTHER_ORIGINS : 0,
    `other victims ${(x.origins ?? []).join('/')}|${(y.origins ?? []).join('/')}`,
  );
  // Countries beyond those in common on both sides, none of them where the victims came from ("Nepali women in
  // Kuwait", "Nepali women in Saudi Arabia"): two destinations, two cases.
  add(
    otherDestinations(x, y) ? -OTHER_DESTINATIONS : 0,
    `other destinations ${x.countries.join('/')}|${y.countries.join('/')}`,
  );
  const officials = sharedNames([...x.officials, ...x.names], [...y.officials, ...y.names]).filter(
    (n) => !names.includes(n),
  );
  // An official's name is the agency's, shared by its other cases: it only backs other evidence.
  add(Math.min(officials.length * 0.5, 1), `officials ${officials.join(', ')}`);
  const words = shared(x.words, y.words);
  // Single name words ("Azalea", "Bedfordshire", "Prohibition") recur in one force's releases case after case:
  // they back facts like place and wording do, and are not facts of the case themselves.
  const wordPoints = Math.min(words.length * 0.75, 2.25);
  add(wordPoints, `name words ${words.join(', ')}`);
  // "24 mujeres liberadas, 21 detenidos" and "21 mujeres liberadas": one side's victims are the other's arrests.
  const kx = kindsByValue(x.counts);
  const ky = kindsByValue(y.counts);
  const nums = sharedKinds(kx, ky).filter(
    (v) => !victimsAsArrests(x.victims, kx, ky, v) && !victimsAsArrests(y.victims, ky, kx, v),
  );
  add(
    Math.min(
      nums.reduce((n, v) => n + numberWeight(v) * (roughly(x, v) || roughly(y, v) ? ROUGH_SHARE : 1), 0),
      6,
    ),
    `numbers ${nums.join(', ')}`,
  );
  // A sum of money both name (a fine, a debt, a price paid for a girl: "R$ 412 mil", "412,000 reais") is a fact of
  // the case; a thousand or more rarely meets by chance, a smaller one (a monthly wage) backs others.
  const sums = shared(x.money ?? [], y.money ?? []);
  add(
    Math.min(
      sums.reduce((n, v) => n + (v >= BIG_SUM ? SUM : SUM / 2), 0),
      MAX_SUMS,
    ),
    `sums ${sums.join(', ')}`,
  );
  // Outlets count one operation's arrests differently (35 and 40, "une quinzaine" and 16): a near count agrees.
  const close = nums.length ? [] : nearCounts(x.counts, y.counts);
  add(close.length ? NEAR_COUNT : 0, `near counts ${close.join(', ')}`);
  add(victims(x, y, nums), `victims ${x.victims}/${y.victims}`);
  const ages = shared(x.ages, y.ages);
  add(Math.min(ages.length * 1.5, 3), `ages ${ages.join(', ')}`);
  const ranges = shared(x.ranges, y.ranges);
  add(Math.min(ranges.length * 0.75, 1.5), `age ranges ${ranges.join(', ')}`);
  const dates = shared(x.dates ?? [], y.dates ?? []);
  add(dates.length ? SHARED_DATE : 0, `dates ${dates.join(', ')}`);
  const days = Math.abs(a.at - b.at) / 86400_000;
  // "Quarta-feira (22)" in one language and "February 22" in another name the same day of the events.
  const dayOnly = !dates.length && days <= DAY_ONLY_DAYS ? weekdayDayOnDate(a, b) || weekdayDayOnDate(b, a) : null;
  add(dayOnly ? SHARED_DATE : 0, `day ${dayOnly}`);
  const [months, monthPoints] = monthsInCommon(x.months ?? [], y.months ?? []);
  add(monthPoints, `months ${months.join(', ')}`);
  // A follow-up names the month its case broke ("sgominata a febbraio", "arrested in May"): the earlier report's.
  const recalled = days > WEEK_DAYS && (recallsMonth(a, b) || recallsMonth(b, a));
  add(recalled ? RECALLED_MONTH : 0, 'recalls the month');
  // Within a week the same weekday named is the same day.
  const [wx, dx] = split(x.weekdays ?? [], (w) => w.startsWith('w'));
  const [wy, dy] = split(y.weekdays ?? [], (w) => w.startsWith('w'));
  const weekdays = days <= WEEK_DAYS ? shared(wx, wy) : [];
  add(weekdays.length ? SHARED_WEEKDAY : 0, `weekday ${weekdays.join(', ')}`);
  // "Quarta-feira (22)" and "quarta-feira, 01" a week apart are two events, however alike.
  const weekdayDays = shared(dx, dy);
  // So do "20 December" and "3 December" in reports of one week, dated on both sides with none in common.
  const otherDates = (x.dates ?? []).length > 0 && (y.dates ?? []).length > 0 && !dates.length && !dayOnly;
  const otherDay = days <= OTHER_DAY_DAYS && ((dx.length > 0 && dy.length > 0 && !weekdayDays.length) || otherDates);
  add(
    otherDay ? -SHARED_DATE : weekdayDays.length && !dates.length && !dayOnly ? SHARED_DATE : 0,
    `days ${dx.join('/')}|${dy.join('/')}`,
  );
  // Small counts (2 victims, 3 arrests) are common alone: they back another fact of the case, never stand alone.
  const agree = tellsVictims(x, y) && tellsVictims(y, x) && score > 0;
  const few = agree ? sharedCounts(x.small ?? [], y.small ?? [], true) : [];
  add(Math.min(few.length * SMALL_COUNT, 2 * SMALL_COUNT), `small counts ${few.join(', ')}`);
  // Two or more counts in common (8 arrests and 11 women) coincide far more rarely than one, and each further one
  // (74 freed, 15 of them children, in 7 workshops, 9 arrested) more rarely still.
  add(countsTogether(nums.length + few.length), 'counts together');
  const where = places(x, y);
  const said = wording(a.shingles, b.shingles, x.terms, y.terms);
  // Most of one report's phrases in the other: two rewrites of one press release, which templates never come near.
  // Outlets rewrite a release within days and keep its count; an agency's other release reuses its template, not its
  // facts (a Met release of 14 women freed and one of six arrests a week apart share most of their phrases).
  const fresh = days <= REWRITE_DAYS || a.dated === false || b.dated === false;
  const sameCount = keepsCount(x, y) && keepsCount(y, x);
  add(fresh && sameCount && rewritten(a.shingles, b.shingles) ? REWRITE : 0, 'one release rewritten');
  add(where, 'places');
  // The same victims count, said exactly, in the same place within the news cycle's days: one case told twice ("nove
  // bolivianos resgatados no Brás", "rescatan a nueve bolivianos en Brás"); a look-alike weeks later needs more.
  const oneCase = days <= NEWS_DAYS && where > 0 && sameExactCount(x, y);
  add(oneCase ? ONE_COUNT_ONE_PLACE : 0, 'one count, one place, one week');
  // Two or more cities in common trace one case's route (Tenerife and Segovia; Madrid, Málaga and Toledo).
  const route = shared(x.cities, y.cities);
  const routePoints = Math.min(Math.max(0, route.length - 1) * 0.75, 1.5);
  add(routePoints, `route of ${route.length} cities`);
  // A town abroad both name (where the ring's heads were held, "Côme et Turin") is a fact of the case, not boilerplate.
  const away = shared(x.abroad ?? [], y.abroad ?? []);
  add(away.length ? ABROAD_CITY : 0, `town abroad ${away.join(', ')}`);
  add(forms(x.forms, y.forms), `forms ${x.forms.join('/')}|${y.forms.join('/')}`);
  const rare = shared(x.forms, y.forms).filter((f) => !COMMON_FORMS.has(f));
  add(rare.length && where > 0 ? RARE_FORM : 0, `rare form ${rare.join(', ')}`);
  // The setting both name in one place (a garlic farm, a fishing boat, a brick kiln), in any language, is a fact
  // where the form in common is a common one; a rare form already says it (scam compounds are forced criminality).
  const settings = rare.length ? [] : shared(x.settings ?? [], y.settings ?? []);
  add(where > 0 ? settingPoints(settings.length) : 0, `settings ${settings.join(', ')}`);
  // Three or more countries in common (where the victims came from, passed through and were found: Colombia, Honduras
  // and Spain) are a route few cases share; two are a common pair (Romanian women in Spain).
  const lands = shared(x.countries, y.countries);
  // Two countries in common (where the victims came from and where they were found) with a town in common, both
  // dated within the news days, are one route to one town, as three countries are anywhere.
  const undatedPair = a.dated === false || b.dated === false;
  const oneRoute =
    lands.length >= ROUTE_COUNTRIES ||
    (lands.length >= 2 && where >= TOWN_IN_COMMON && !undatedPair && days <= NEWS_DAYS);
  add(oneRoute ? ROUTE_OF_COUNTRIES : 0, `countries ${lands.join(', ')}`);
  // Wording backs facts, never outweighs them: templated text repeats phrases across cases.
  // A route is still place: national operations name the same big cities (Madrid, Barcelona, Málaga) case after case.
  // Three or more towns in common are more than a national operation's usual cities: half of it is a fact.
  const placed = Math.max(0, where) + routePoints - (route.length >= ROUTE_FACT_CITIES ? routePoints / 2 : 0);
  const backed = Math.min(said, Math.max(0, score - placed));
  add(backed, 'wording');
  const placeAndWording = placed + backed + wordPoints;
  // A fetch time says little about when a report's events happened: undated pairs never count as same-day.
  const undated = a.dated === false || b.dated === false;
  const need = THRESHOLDS.find((t) => Math.max(days, undated ? UNDATED_DAYS : 0) <= t.days)!.score + margin;
  // A follow-up months later that recalls the month of the case and shares one of its facts (an age, a count, a sum)
  // is identified like one sharing a name.
  // So is one that recalls the month in the same town and shares a name word of it ("Rajoir", "Napak").
  const recalledFact = ages.length + nums.length + sums.length > 0 || (words.length > 0 && where >= TOWN_IN_COMMON);
  const identified = ops.length > 0 || names.length > 0 || (recalled && recalledFact);
  // Place and wording only back facts of the case itself: an operation, a name, a count, an age.
  const facts = score - placeAndWording;
  // Two dated reports of one day need less: the same count in the same town on the same day is rarely two cases.
  // A pool's facts come from several reports, so chance meets it more often: its margin is asked of the facts too.
  const minFacts = (!undated && days <= SAME_DAY ? SAME_DAY_FACTS : MIN_FACTS) + margin / 2;
  const rules =
    score >= need && facts >= minFacts && (Math.max(days, undated ? UNDATED_DAYS : 0) <= FOLLOW_UP_DAYS || identified);
  // The learned model weighs the same evidence where one is built (data/models/stories.json); the rules otherwise.
  const otherLanguages = !!x.language && !!y.language && x.language !== y.language;
  const features = pairFeatures(parts, Math.max(days, undated ? UNDATED_DAYS : 0), otherLanguages, undated);
  const model = pairModel();
  if (!model) return { same: rules, score, veto: null, evidence, rules, features };
  // Place and wording alone never make one case (templated releases repeat both), and two different towns need a
  // name or an operation in common: the model weighs evidence, these say what can be evidence.
  const newsDays = !undated && days <= NEWS_DAYS;
  const guarded =
    facts >= (newsDays ? Math.min(minFacts, NEWS_FACTS + margin / 2) : minFacts) && (where >= 0 || identified);
  const same = guarded && learnedSame(model, features, margin);
  return { same, score, veto: null, evidence, rules, features, probability: pairProbability(model, features) };
}

/** What victims of other nationalities on the two sides weigh against one case. */
export const OTHER_ORIGINS = 1.5;

// Both sides give the victims' nationalities and none in common.
function otherOrigins(x: IncidentPrint, y: IncidentPrint): boolean {
  const a = x.origins ?? [];
  const b = y.origins ?? [];
  return a.length > 0 && b.length > 0 && !shared(a, b).length;
}

/** What countries of their own on both sides, beyond one in common and the victims' origins, weigh against one case. */
export const OTHER_DESTINATIONS = 1;
/** Most countries a side names for its own to be destinations: longer lists (a scam region's) differ by example. */
const DESTINATION_LIST = 4;

// Both sides share a country and name another the other side lacks, neither a country the victims came from.
function otherDestinations(x: IncidentPrint, y: IncidentPrint): boolean {
  if (Math.max(x.countries.length, y.countries.length) > DESTINATION_LIST) return false;
  if (!shared(x.countries, y.countries).length) return false;
  const origins = new Set([...(x.origins ?? []), ...(y.origins ?? [])]);
  const own = (a: string[], b: string[]) => a.some((c) => !b.includes(c) && !origins.has(c));
  return own(x.countries, y.countries) && own(y.countries, x.countries);
}

function conflict(x: IncidentPrint, y: IncidentPrint): string | null {
  if (x.countries.length && y.countries.length && !shared(x.countries, y.countries).length) return 'other countries';
  return null;
}

/** Large totals in common (2,517 arrests and 17,793 migrants) that, with an operation name or alone, outweigh lists
 * of countries that do not meet. */
const ABROAD_TOTALS = 2;
const ABROAD_MIN = 100;

function identifiedAbroad(x: IncidentPrint, y: IncidentPrint): boolean {
  if (operationsInCommon(x, y).length) return true;
  return sharedCounts(x.counts, y.counts).filter((n) => n >= ABROAD_MIN).length >= ABROAD_TOTALS;
}

/** Points for counts in common: COUNTS_TOGETHER from two, and as much again for each further one, up to MAX_TOGETHER. */
export function countsTogether(n: number): number {
  return n < 2 ? 0 : Math.min(COUNTS_TOGETHER * (n - 1), MAX_TOGETHER);
}

/** A day of the month one report gives with its weekday ("quarta-feira (22)", read in the month up to the report's
 * own day) that the other dates with its month ("February 22"), as "2-22". */
function weekdayDayOnDate(a: StoryPrint, b: StoryPrint): string | null {
  const at = new Date(a.at);
  const dates = new Set(b.incident.dates ?? []);
  for (const w of a.incident.weekdays ?? []) {
    if (!w.startsWith('d')) continue;
    const day = Number(w.slice(1));
    // A day after the report's own day of the month is last month's.
    const month = ((at.getUTCMonth() - (day > at.getUTCDate() ? 1 : 0) + 12) % 12) + 1;
    if (dates.has(`${month}-${day}`)) return `${month}-${day}`;
  }
  return null;
}

/** What places() gives a pair naming a town in common. */
const TOWN_IN_COMMON = 1.5;
/** A later report naming the month an earlier one was published in: as much as a day of the month both name (a
 * court report months later recalls when the raid was, rarely its day), so that with the town and one fact of the
 * case it carries the follow-up. */
export const RECALLED_MONTH = 1.5;

// Whether `later` (published after `earlier`) names the month, with its year or without, `earlier` appeared in.
function recallsMonth(earlier: StoryPrint, later: StoryPrint): boolean {
  if (later.at <= earlier.at || earlier.dated === false) return false;
  const d = new Date(earlier.at);
  const month = d.getUTCMonth() + 1;
  const months = later.incident.months ?? [];
  return months.includes(`m${month}`) || months.includes(`${d.getUTCFullYear()}-${String(month).padStart(2, '0')}`);
}

/** Months with a year in common (1, then 0.5 more), else months alone (0.5); months on both sides and none in
 * common (the investigation began in January, or in May) argue for two cases (-0.5). */
function monthsInCommon(a: readonly string[], b: readonly string[]): [string[], number] {
  const both = shared(a, b);
  const dated = both.filter((m) => !m.startsWith('m'));
  if (dated.length) return [dated, SHARED_MONTH_YEAR + (dated.length > 1 ? SHARED_MONTH : 0)];
  if (both.length) return [both, SHARED_MONTH];
  return [[], a.length && b.length ? -SHARED_MONTH : 0];
}

// Both give the same victims count, neither as a bound nor as a rounded figure, and it is no count of arrests.
function sameExactCount(x: IncidentPrint, y: IncidentPrint): boolean {
  const n = x.victims;
  if (n === null || n < ONE_COUNT_MIN || y.victims !== n) return false;
  if (x.victimsHedged || y.victimsHedged || roughly(x, n) || roughly(y, n)) return false;
  return !arrests(x, n) && !arrests(y, n);
}

/** Whether `y` writes `x`'s victims count among the people it counts (or `x` gives none): small counts in common
 * mean nothing when one report's two victims are the other's four. */
function tellsVictims(x: IncidentPrint, y: IncidentPrint): boolean {
  if (x.victims === null || y.victims === null) return true;
  // "More than 20 labourers" bounds the other's 23.
  if ((y.victimsHedged && x.victims >= y.victims) || (x.victimsHedged && y.victims >= x.victims)) return true;
  const people = [
    y.victims,
    ...y.numbers,
    ...(y.small ?? []).filter((c) => c.endsWith(':people')).map((c) => Number.parseInt(c, 10)),
  ];
  return people.includes(x.victims);
}

/** Whether y gives x's victims count (as its own count or among its numbers), or x gives none. */
function keepsCount(x: IncidentPrint, y: IncidentPrint): boolean {
  if (x.victims === null || x.victims < MIN_VICTIMS) return true;
  return y.victims === x.victims || y.numbers.includes(x.victims) || countsPeople(y, x.victims);
}

/** Numbers both sides write for the same kind of thing (or for what one side does not say; `strict`: never). */
function sharedCounts(a: readonly string[], b: readonly string[], strict = false): number[] {
  return sharedKinds(kindsByValue(a), kindsByValue(b), strict);
}

/** sharedCounts on counts already grouped by value (kindsByValue). */
function sharedKinds(mine: Map<number, Set<string>>, theirs: Map<number, Set<string>>, strict = false): number[] {
  const out: number[] = [];
  for (const [v, ks] of mine) {
    const other = theirs.get(v);
    if (!other) continue;
    if ([...ks].some((k) => [...other].some((o) => compatibleKinds(k, o) && (!strict || (!!k && !!o))))) out.push(v);
  }
  return out.sort((x, y) => x - y);
}

/** Whether `v` is one side's victims count (`mine` its counts by value) and a count of arrests only on the other. */
function victimsAsArrests(
  victims: number | null,
  mine: Map<number, Set<string>>,
  theirs: Map<number, Set<string>>,
  v: number,
): boolean {
  // ("PJ detém 18 pessoas" read as 18 victims: its own words say they are arrests, and so do the other's.)
  if (victims !== v || mine.get(v)?.has('arrests')) return false;
  const ks = theirs.get(v);
  return !!ks && ks.size === 1 && ks.has('arrests');
}

/** What each number counts in one report. A report gives one number one meaning: where it says what the number
 * counts anywhere ("detiene 21 miembros … detenidas 21 personas"), the bare mentions count the same thing. */
function kindsByValue(counts: readonly string[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const c of counts) {
    const [v, k] = c.split(':');
    const set = out.get(Number(v)) ?? new Set<string>();
    out.set(Number(v), set.add(k ?? ''));
  }
  for (const set of out.values()) if (set.size > 1) set.delete('');
  return out;
}

/** Pairs of counts of arrests, not equal, within NEAR_COUNT_SHARE of each other ("35~40"). */
export function nearCounts(a: readonly string[], b: readonly string[]): string[] {
  const read = (cs: readonly string[]) =>
    cs
      .map((c) => c.split(':'))
      .filter(([v, k]) => k === 'arrests' && Number(v) >= NEAR_MIN)
      .map(([v]) => Number(v));
  const out: string[] = [];
  for (const v of read(a))
    for (const w of read(b)) if (v !== w && Math.abs(v - w) <= Math.max(v, w) * NEAR_COUNT_SHARE) out.push(`${v}~${w}`);
  return out;
}

/** "14 personas detenidas" and "14 arrests" count the same people; officers and premises are other things. */
function compatibleKinds(a: string, b: string): boolean {
  if (!a || !b || a === b) return true;
  return (a === 'people' && b === 'arrests') || (a === 'arrests' && b === 'people');
}

// Operations and aliases both reports name, and a nickname one gives only in quotes and the other as an alias.
function operationsInCommon(x: IncidentPrint, y: IncidentPrint): string[] {
  const [qx, ox] = split(x.operations, isQuoted);
  const [qy, oy] = split(y.operations, isQuoted);
  return [...new Set([...shared(ox, oy), ...shared(qx.map(asAlias), oy), ...shared(ox, qy.map(asAlias))])];
}

/** A single word of two given names joined ("marian-catalin"), which one outlet writes as two ("Marian Catalin P."). */
const JOINED_NAME = /^\p{L}{3,}-\p{L}{3,}$/u;

// Names both reports give, and a joined name one writes as a word and the other as a name.
function namesInCommon(x: IncidentPrint, y: IncidentPrint): string[] {
  const joined = (p: IncidentPrint) => p.words.filter((w) => JOINED_NAME.test(w));
  const found = [
    ...sharedNames(x.names, y.names),
    ...sharedNames(x.names, joined(y)),
    ...sharedNames(joined(x), y.names),
  ];
  return [...new Set(found)];
}

/** Names of one side matching a name of the other ("darcy pozza" in "ginasio municipal darcy pozza"). */
function sharedNames(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((n) => b.some((m) => sameName(n, m)));
}

function split<T>(xs: readonly T[], test: (x: T) => boolean): [T[], T[]] {
  return [xs.filter(test), xs.filter((x) => !test(x))];
}

function shared<T>(a: readonly T[], b: readonly T[]): T[] {
  const set = new Set(b);
  return a.filter((v) => set.has(v));
}

/** Share of its weight a shared number keeps when either side gives it only as a rounded figure ("une vingtaine"). */
const ROUGH_SHARE = 0.5;

function roughly(p: IncidentPrint, v: number): boolean {
  return !!p.rough?.includes(v);
}

/** Large numbers rarely coincide; small ones often do. */
function numberWeight(v: number): number {
  return v >= 100 ? 2 : v >= 20 ? 1 : 0.5;
}

/** Smallest victims count compared: smaller ones are too often a misread (one suspect, two officers). */
const MIN_VICTIMS = 3;

/**
 * The same victims count counts (unless already counted as a shared number); very different ones argue against,
 * unless either report also writes the other's count ("8 freed of 36 identified").
 */
function victims(x: IncidentPrint, y: IncidentPrint, sharedNumbers: number[]): number {
  // A "victims" count the report itself gives as a number of arrests is a misreading: it says nothing.
  const a = arrests(x, x.victims) ? null : x.victims;
  const b = arrests(y, y.victims) ? null : y.victims;
  // One outlet's main count is a count of people the other writes without calling them victims ("apat na babae").
  if (a === null && b !== null && b >= MIN_VICTIMS && countsPeople(x, b)) return sharedNumbers.includes(b) ? 0 : 1;
  if (b === null && a !== null && a >= MIN_VICTIMS && countsPeople(y, a)) return sharedNumbers.includes(a) ? 0 : 1;
  if (a === null || b === null || a < MIN_VICTIMS || b < MIN_VICTIMS) return 0;
  // The main count matching says more than any shared number.
  if (a === b) return sharedNumbers.includes(a) ? 0.5 : 1.5;
  // "More than 170 workers" and "171 workers": one outlet gives the count, the other a bound just under it.
  // So do "two dozen workers" and "26 braccianti": a rounded figure near the other's count.
  const loose = (p: IncidentPrint, n: number) => !!p.victimsHedged || roughly(p, n);
  if (loose(x, a) !== loose(y, b) && Math.min(a, b) >= BOUND_MIN && near(a, b)) return BOUND_MET;
  // "32 trabalhadores" and "thirty-one coffee pickers": outlets count one rescue a little apart (one found later).
  if (Math.min(a, b) >= BOUND_MIN && near(a, b)) return NEAR_VICTIMS;
  // A running total grows and outlets round it (204, then 207; 194 of them from Bahia): a near count agrees.
  if (x.numbers.some((n) => near(n, b)) || y.numbers.some((n) => near(n, a))) return 0;
  // "More than 400" bounds a total that "88 came forward" is part of: no conflict when the bound is the larger.
  if ((x.victimsHedged && a > b) || (y.victimsHedged && b > a)) return 0;
  const ratio = Math.max(a, b) / Math.min(a, b);
  if (ratio > 4 && Math.abs(a - b) >= 5) return -2;
  return ratio > 1.6 && Math.abs(a - b) >= 3 ? -1 : 0;
}

/** Whether a print counts `n` people (a count or a small count of people, not of arrests). */
function countsPeople(p: IncidentPrint, n: number): boolean {
  return p.counts.includes(`${n}:people`) || (p.small ?? []).includes(`${n}:people`);
}

/** Counts within a tenth of each other (at least 2 apart allowed): one running total told at two moments. */
/** A bound one report gives ("more than 80") near the count the other gives (86), from this many people: a fact. */
const BOUND_MIN = 10;
const BOUND_MET = 1;
/** Two exact counts of victims within a tenth of each other, from this many people: a little evidence. */
const NEAR_VICTIMS = 0.5;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(2, Math.max(a, b) * NEAR_SHARE);
}
const NEAR_SHARE = 0.1;

function arrests(p: IncidentPrint, n: number | null): boolean {
  return n !== null && p.counts.includes(`${n}:arrests`) && !p.counts.includes(`${n}:people`);
}

/** Shared cities count; named cities none of which the other names argue against (a dateline alone may differ). */
function places(x: IncidentPrint, y: IncidentPrint): number {
  // A city one gazetteer pass missed ("París" in a Spanish text, "Tenerife" for "Santa Cruz de Tenerife") still
  // counts when the other side resolved it.
  const missed = missedCities(x, y) + missedCities(y, x);
  // A place the gazetteer does not know ("Mount Lambert") counts as a city when both name it.
  const localities = shared(x.localities ?? [], y.localities ?? []).length;
  const cities = shared(x.cities, y.cities).length + Math.min(missed + localities, 1);
  if (cities) return 1.5;
  const regions = shared(x.regions, y.regions).length;
  const both = x.cities.length > 0 && y.cities.length > 0;
  if (!regions) return both && !routeEnds(x, y) ? -2 : 0;
  return both ? -1 : 0.5;
}

/** Whether the two sides' towns lie in different countries, each of which the other side names too: the two ends of
 * one route, told by an outlet at each end ("Lyon" for the ring in France, "Sliven" for the victims' Bulgarian village),
 * not two places of one case. */
function routeEnds(x: IncidentPrint, y: IncidentPrint): boolean {
  const cx = townCountries(x);
  const cy = townCountries(y);
  if (!cx.size || !cy.size || [...cx].some((c) => cy.has(c))) return false;
  return [...cy].some((c) => x.countries.includes(c)) && [...cx].some((c) => y.countries.includes(c));
}

/** The countries of a print's towns, from the regions they were resolved in ("BG/sliven province"). */
function townCountries(p: IncidentPrint): Set<string> {
  return new Set(p.regions.map((r) => r.slice(0, r.indexOf('/'))));
}

function missedCities(x: IncidentPrint, y: IncidentPrint): number {
  const words = new Set(y.words);
  return x.cityNames.filter((n) => words.has(n) || n.split(' ').some((w) => w.length >= 5 && words.has(w))).length;
}

/** Forms most cases take; any other both name in one place (a baby sold, a bride, begging children) is a fact. */
const COMMON_FORMS = new Set(['sexual', 'labour', 'unspecified']);
export const RARE_FORM = 0.5;

/** A setting both reports name (data/stories/settings.json), and each further one, up to a most. */
export const SETTING = 0.5;
const MORE_SETTING = 0.25;
const MAX_SETTINGS = 1;

function settingPoints(n: number): number {
  return n ? Math.min(SETTING + (n - 1) * MORE_SETTING, MAX_SETTINGS) : 0;
}

function forms(a: readonly string[], b: readonly string[]): number {
  return a.length && b.length && !shared(a.map(formFamily), b.map(formFamily)).length ? -1.5 : 0;
}

/** Forms of forced labour that outlets name either way: a scam compound's workers are "forced labour" in one report
 * and forced criminality in another, a maid's servitude is also labour, forced begging too. */
const LABOUR_FAMILY = new Set(['labour', 'forced_criminality', 'domestic_servitude', 'forced_begging']);

function formFamily(form: string): string {
  return LABOUR_FAMILY.has(form) ? 'labour' : form;
}

/** Share of the shorter text's phrases found in the other (and phrase overlap) from which both rewrite one release:
 * on real reports of other incidents (templated releases of one agency included) the share stayed under 0.19. */
const REWRITE_CONTAINMENT = 0.45;
const REWRITE_JACCARD = 0.25;
/** Fewest phrases the shorter text needs for its share to tell a rewrite. */
const REWRITE_MIN_SHINGLES = 40;

function rewritten(a: Uint32Array, b: Uint32Array): boolean {
  if (Math.min(a.length, b.length) < REWRITE_MIN_SHINGLES) return false;
  const { jaccard, containment } = overlap(a, b);
  return containment >= REWRITE_CONTAINMENT && jaccard >= REWRITE_JACCARD;
}

/**
 * Rewrites of one press release share phrases (word triples) and long words (trafficking vocabulary aside) that
 * two releases of the same agency rarely do: on real reports of other incidents in the same language, phrase
 * overlap stayed under 0.07 and word overlap under 0.13 in 99 pairs of 100.
 */
function wording(a: Uint32Array, b: Uint32Array, ta: number[], tb: number[]): number {
  const { jaccard } = overlap(a, b);
  const phrases = jaccard >= 0.15 ? 3 : jaccard >= 0.08 ? 2.5 : jaccard >= 0.05 ? 1 : 0;
  const words = overlap(Uint32Array.from(ta), Uint32Array.from(tb)).jaccard;
  return phrases + (words >= 0.2 ? 1.5 : words >= 0.14 ? 1 : words >= 0.09 ? 0.5 : 0);
}
