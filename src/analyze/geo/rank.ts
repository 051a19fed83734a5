// Ranks countries by how central they are to the story: title, lead, prepositions of place, frequency; passing mentions barely count.
import type { Resolved } from './resolve.ts';

/** Tunables of the centrality score (measured on the dev set). */
export const RANK = {
  demonym: 0.7,
  place: 0.8,
  title: 2,
  leadChars: 400,
  lead: 1.3,
  locative: 1.5,
  central: 1.5,
  passing: 0.1,
  list: 1,
  /** Each further mention of a country adds this share of its weight (the best mention counts whole). */
  repeat: 0.2,
  /** A country is kept when its score reaches this share of the top score... */
  share: 0.2,
  /** ...and this absolute score. */
  floor: 0.9,
};

const LIST_GAP = /^(?:\s*,\s*|\s+(?:and|or|y|e|et|und|o|ou|và|dan|at)\s+|\s*,\s*(?:and|or|y|e|et|und)\s+)$/;

/** Score of each country, highest first. */
export function scoreCountries(text: string, found: Resolved[], titleEnd: number): [string, number][] {
  const best = new Map<string, number>();
  const sum = new Map<string, number>();
  const inList = listMembers(text, found);
  found.forEach((r, i) => {
    let w = r.entry.kind === 'c' ? (r.mention.type === 'd' ? RANK.demonym : 1) : RANK.place;
    if (r.mention.start < titleEnd) w *= RANK.title;
    else if (r.mention.start < titleEnd + RANK.leadChars) w *= RANK.lead;
    if (r.ctx.locative) w *= RANK.locative;
    if (r.ctx.central) w *= RANK.central;
    if (r.ctx.passing) w *= RANK.passing;
    if (inList.has(i)) w *= RANK.list;
    const cc = r.entry.cc;
    best.set(cc, Math.max(best.get(cc) ?? 0, w));
    sum.set(cc, (sum.get(cc) ?? 0) + w);
  });
  const scores = [...best.entries()].map(([cc, b]): [string, number] => [cc, b + RANK.repeat * (sum.get(cc)! - b)]);
  return scores.sort((a, b) => b[1] - a[1]);
}

/** Countries central enough to report. */
export function selectCountries(ranked: [string, number][]): string[] {
  const top = ranked[0]?.[1] ?? 0;
  return ranked.filter(([, s], i) => i === 0 || s >= Math.max(RANK.floor, top * RANK.share)).map(([cc]) => cc);
}

/** Mentions inside an enumeration of three or more different countries ("from Nepal, India, Bangladesh and Laos"). */
function listMembers(text: string, found: Resolved[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (new Set(run.map((i) => found[i]!.entry.cc)).size >= 3) for (const i of run) out.add(i);
    run = [];
  };
  found.forEach((r, i) => {
    const prev = found[i - 1];
    if (prev && LIST_GAP.test(text.slice(prev.mention.end, r.mention.start))) run.push(i);
    else {
      flush();
      run = [i];
    }
  });
  flush();
  return out;
}
