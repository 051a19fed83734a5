// Story clustering features: who, where and how many — what reports of one incident share across outlets and days.
import type { Analysis } from '../model/analysis.ts';
import { fnv1a, minhash } from './fingerprint.ts';

/** Reports of one incident stay one story while they come within this many days of its last report. */
export const STORY_WINDOW_DAYS = 14;
/** Feature-set Jaccard at or above which two reports are about the same incident. */
export const STORY_JACCARD = 0.3;
/** At least this many shared names or places are needed as well. */
export const STORY_MIN_SHARED_NAMES = 3;
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
  const top = `${title}.\n${text.slice(0, FEATURE_CHARS)}`;
  for (const m of top.matchAll(/(?<![.!?]\s|^)\b(\p{Lu}[\p{L}'-]{2,})/gmu)) {
    const w = m[1]!.toLowerCase();
    if (!STOP.has(w)) f.add(`n:${w}`);
  }
  for (const m of top.matchAll(/\b(\d{2,4})\b/g)) f.add(`d:${m[1]}`);
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
  for (const x of a) {
    if (!b.has(x)) continue;
    inter++;
    if (x.startsWith('n:') || x.startsWith('p:')) names++;
  }
  const score = inter / (a.size + b.size - inter || 1);
  const countriesA = [...a].filter((x) => x.startsWith('c:'));
  const countriesB = [...b].filter((x) => x.startsWith('c:'));
  const countryClash = countriesA.length > 0 && countriesB.length > 0 && !countriesA.some((c) => b.has(c));
  return { score, same: !countryClash && score >= STORY_JACCARD && names >= STORY_MIN_SHARED_NAMES };
}
