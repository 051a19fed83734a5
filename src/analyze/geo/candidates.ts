// Each country a text names, with what the learned selection weighs: its centrality score and how it is named.
import { soft } from '../learned/linear.ts';
import type { CountryStats } from './rank.ts';

/** One country named in the text, with its feature vector. */
export interface CountryCandidate {
  cc: string;
  vector: number[];
}

/** Names of the country features, in vector order. */
export const COUNTRY_FEATURES = [
  'score',
  'share',
  'rank',
  'mentions',
  'firm',
  'title',
  'lead',
  'locative',
  'central',
  'passingAll',
  'demonymAll',
  'orphanAll',
  'dateline',
  'places',
  'countries',
  'rules',
  'implied',
];

/** Most countries weighed per text (the most central ones). */
const MAX_CANDIDATES = 16;

/** Candidates in order of the rules' centrality score; an origin implied by the language comes last. */
export function countryCandidates(
  ranked: [string, number][],
  stats: Map<string, CountryStats>,
  selected: string[],
  implied?: string,
): CountryCandidate[] {
  const top = ranked[0]?.[1] ?? 0;
  const out = ranked.slice(0, MAX_CANDIDATES).map(([cc, score], i): CountryCandidate => {
    const st = stats.get(cc)!;
    const vector = [
      soft(score),
      top > 0 ? score / top : 0,
      soft(i),
      soft(st.mentions),
      soft(st.firm),
      st.title ? 1 : 0,
      st.lead ? 1 : 0,
      st.locative ? 1 : 0,
      st.central ? 1 : 0,
      st.passing === st.mentions ? 1 : 0,
      st.demonym === st.mentions ? 1 : 0,
      st.orphan === st.mentions ? 1 : 0,
      st.dateline ? 1 : 0,
      st.places ? 1 : 0,
      soft(ranked.length),
      selected.includes(cc) ? 1 : 0,
      0,
    ];
    return { cc, vector };
  });
  if (implied && !stats.has(implied)) {
    const vector = COUNTRY_FEATURES.map(() => 0);
    vector[COUNTRY_FEATURES.indexOf('implied')] = 1;
    vector[COUNTRY_FEATURES.indexOf('rules')] = 1;
    vector[COUNTRY_FEATURES.indexOf('countries')] = soft(ranked.length);
    out.push({ cc: implied, vector });
  }
  return out;
}
