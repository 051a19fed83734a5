// Story clustering features: who, where and how many — what reports of one incident share across outlets and days.
import type { Analysis } from '../model/analysis.ts';
import { CREDIT_LINE, fnv1a, minhash } from './fingerprint.ts';

/** Reports of one incident stay one story while they come within this many days of its last report. */
export const STORY_WINDOW_DAYS = 14;
/** Feature-set Jaccard at or above which two reports sharing a full name (e.g. a suspect's) are one incident. */
export const STORY_JACCARD_WITH_NAME = 0.15;
/** Without a shared full name: this Jaccard and this many shared single names or places. */
export const STORY_JACCARD = 0.35;
export const STORY_MIN_SHARED_NAMES = 4;
const STORY_BANDS = 24;
const STORY_ROWS = 2;
/** Text read for features (characters): the top of an article names the incident. */
const FEATURE_CHARS = 4000;

/** Capitalised words that name nothing in particular. */
const STOP = new Set(
  'the a an and but or in on at of for to with by from as it its he she they we i you this that these those his her their our police court government ministry officials monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms dr president minister according however meanwhile also said says news reuters afp ap human trafficking'.split(
    ' ',
  ),
);

/** The set of story features of one report. */
export function storyFeatures(title: string, text: string, analysis: Analysis | null): Set<string> {
  const f = new Set<string>();
  for (const c of analysis?.countries ?? []) f.add(`c:${c}`);
  for (const p of analysis?.places ?? []) f.add(`p:${p.name.toLowerCase()}`);
  for (const t of analysis?.types ?? []) f.add(`t:${t}`);
  if (analysis?.victims) f.add(`v:${analysis.victims}`);
  // Credit lines name the outlet, not the incident.
  const top = `${title}.\n${text.slice(0, FEATURE_CHARS)}`.replace(CREDIT_LINE, ' ');
  for (const m of top.matchAll(/(?<![.!?]\s|^)\b(\p{Lu}[\p{L}'-]{2,})/gmu)) {
    const w = m[1]!.toLowerCase();
    if (!STOP.has(w)) f.add(`n:${w}`);
  }
  for (const m of top.matchAll(/\b(\d{2,4})\b/g)) f.add(`d:${m[1]}`);
  for (const m of top.matchAll(/\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){1,3}/gu)) {
    const words = m[0].toLowerCase().split(/\s+/);
    while (words.length && STOP.has(words[0]!)) words.shift();
    if (words.length >= 2) f.add(`m:${words.join(' ')}`);
  }
  return f;
}

/** LSH keys of a feature set (low threshold: reports of one incident share a band most of the time). */
export function storyKeys(features: Set<string>): string[] {
  const sig = minhash(new Set([...features].map(fnv1a)));
  const keys: string[] = [];
  for (let b = 0; b < STORY_BANDS; b++) {
    const i = b * STORY_ROWS;
    keys.push(`s${b.toString(36)}:${sig[i]!.toString(36)}.${sig[i + 1]!.toString(36)}`);
  }
  return keys;
}

/** Whether two reports' features say they are about the same incident, and how strongly. */
export function sameStory(a: Set<string>, b: Set<string>): { score: number; same: boolean } {
  let inter = 0;
  let names = 0;
  let fullNames = 0;
  let where = 0;
  for (const x of a) {
    if (!b.has(x)) continue;
    inter++;
    if (x.startsWith('n:') || x.startsWith('p:')) names++;
    if (x.startsWith('m:')) fullNames++;
    if (x.startsWith('p:') || x.startsWith('c:')) where++;
  }
  const score = inter / (a.size + b.size - inter || 1);
  const countriesA = [...a].filter((x) => x.startsWith('c:'));
  const countriesB = [...b].filter((x) => x.startsWith('c:'));
  const countryClash = countriesA.length > 0 && countriesB.length > 0 && !countriesA.some((c) => b.has(c));
  // A shared full name counts with a shared place or country: outlets' own names recur across unrelated reports.
  const byName = fullNames > 0 && where > 0 && score >= STORY_JACCARD_WITH_NAME;
  const byFacts = names >= STORY_MIN_SHARED_NAMES && score >= STORY_JACCARD;
  return { score, same: !countryClash && (byName || byFacts) };
}
