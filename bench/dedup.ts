// Near-duplicate detection on synthetic syndicated copies and look-alike stories: precision, recall, and the
// cost per new article as the index grows (LSH candidates, not all pairs); then story clustering of the same
// kind of stream with follow-up reports added. Run: node --import tsx bench/dedup.ts [originals]

import { loadAnalyzer } from '../src/analyze/analyzer.ts';
import { entitySet, minhash, shingleSet } from '../src/dedup/fingerprint.ts';
import { bandKeys } from '../src/dedup/lsh.ts';
import { MemoryLsh } from '../src/dedup/memory-lsh.ts';
import { bestDuplicate, type NearPrint } from '../src/dedup/near.ts';
import { type Neighbour, placeInStory } from '../src/dedup/place.ts';
import { articlePrints } from '../src/dedup/prints.ts';
import { shuffle, syntheticNews } from './synthetic-news.ts';

/** Candidates verified per new article. */
const CANDIDATES = 20;

const originals = Number(process.argv[2] ?? 4000);
const articles = shuffle(syntheticNews(originals));
const index = new MemoryLsh();
const prints: NearPrint[] = [];
const seenGroups = new Set<number>();
let flagged = 0;
let correct = 0;
let expected = 0;
let found = 0;
let candidatesSeen = 0;
const lapMs: { size: number; ms: number; scanned: number }[] = [];
let scanned = 0;
let lap = performance.now();
const t0 = performance.now();

for (const [i, a] of articles.entries()) {
  const full = `${a.title}\n\n${a.text}`;
  const print = { shingles: shingleSet(full), entities: entitySet(full) };
  const keys = bandKeys(minhash(print.shingles));
  const cands = index.candidates(keys, CANDIDATES);
  candidatesSeen += cands.length;
  scanned += index.lastScanned;
  const best = bestDuplicate(
    print,
    cands.map((id) => ({ item: id, print: prints[id]! })),
  );
  const hasEarlier = seenGroups.has(a.group);
  if (hasEarlier) expected++;
  if (best) {
    flagged++;
    if (articles[best.item]!.group === a.group) {
      correct++;
      found++;
    }
  }
  seenGroups.add(a.group);
  prints[i] = print;
  index.add(i, keys);
  if ((i + 1) % 2000 === 0) {
    lapMs.push({ size: i + 1, ms: (performance.now() - lap) / 2000, scanned: scanned / 2000 });
    scanned = 0;
    lap = performance.now();
  }
}
const total = performance.now() - t0;
const precision = flagged ? correct / flagged : 1;
const recall = expected ? found / expected : 1;
const kinds: Record<string, number> = {};
for (const a of articles) kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
console.log(
  `dedup: ${articles.length} articles (${JSON.stringify(kinds)}), ${expected} with an earlier copy in the stream`,
);
console.log(
  `dedup: precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  (flagged ${flagged}, correct ${correct})`,
);
console.log(
  `dedup: ${(total / articles.length).toFixed(3)} ms/article, ${(candidatesSeen / articles.length).toFixed(2)} candidates verified/article`,
);
console.log(`dedup: ms/article by index size: ${lapMs.map((l) => `${l.size}:${l.ms.toFixed(3)}`).join('  ')}`);
console.log(
  `dedup: bucket entries read/article by index size: ${lapMs.map((l) => `${l.size}:${l.scanned.toFixed(0)}`).join('  ')}`,
);

// Stories: originals, copies, look-alikes and other outlets' follow-up reports (other words, same incident),
// analysed for real, clustered as the pipeline does; scored by pairs of articles put in the same story.
const analyzer = await loadAnalyzer();
const storyStream = shuffle(syntheticNews(Math.ceil(originals / 4), 5, 2, 0.5, 0.6), 3);
const nearIndex = new MemoryLsh();
const storyIndex = new MemoryLsh();
const known: { print: NearPrint; neighbour: Neighbour | null; story: number }[] = [];
const cells = new Map<string, number>();
const predSize = new Map<number, number>();
const truthSize = new Map<number, number>();
let stories = 0;
let relevantCount = 0;
const ts = performance.now();
for (const [i, a] of storyStream.entries()) {
  const analysis = analyzer.analyze({ id: a.id, title: a.title, text: a.text });
  const p = articlePrints(a.title, a.text, analysis);
  if (!analysis.relevant) continue;
  relevantCount++;
  const dup = bestDuplicate(
    p.near,
    nearIndex.candidates(p.nearKeys, CANDIDATES).map((id) => ({ item: id, print: known[id]!.print })),
  );
  let story = dup ? known[dup.item]!.story : -1;
  // The synthetic stream has no dates: every report is dated the same day (time tells no incident apart).
  const print = { incident: p.incident!, at: 0, dated: true, shingles: p.near.shingles };
  if (story < 0) {
    const neighbours = storyIndex.candidates(p.storyKeys, CANDIDATES).map((id) => known[id]!.neighbour!);
    const choice = placeInStory(print, neighbours);
    story = choice?.storyId ?? -1;
    // Stories this report shows to be one incident merge, as the pipeline merges them.
    if (choice?.others.length) mergeStories(choice.others, story);
  }
  if (story < 0) story = stories++;
  known[i] = { print: p.near, neighbour: { storyId: story, print }, story };
  nearIndex.add(i, p.nearKeys);
  storyIndex.add(i, p.storyKeys);
}
// Counted at the end: merges relabel earlier reports.
for (const [i, a] of storyStream.entries()) {
  const story = known[i]?.story;
  if (story === undefined) continue;
  const cell = `${story}/${a.group}`;
  cells.set(cell, (cells.get(cell) ?? 0) + 1);
  predSize.set(story, (predSize.get(story) ?? 0) + 1);
  truthSize.set(a.group, (truthSize.get(a.group) ?? 0) + 1);
}
function mergeStories(from: number[], into: number): void {
  const gone = new Set(from);
  for (const k of known) {
    if (!k || !gone.has(k.story)) continue;
    k.story = into;
    if (k.neighbour) k.neighbour.storyId = into;
  }
}
const pairs = (m: Map<unknown, number>) => [...m.values()].reduce((n, k) => n + (k * (k - 1)) / 2, 0);
const together = pairs(cells);
const kindsS: Record<string, number> = {};
for (const a of storyStream) kindsS[a.kind] = (kindsS[a.kind] ?? 0) + 1;
console.log(
  `stories: ${storyStream.length} articles (${JSON.stringify(kindsS)}), ${relevantCount} judged relevant → ${predSize.size} stories for ${truthSize.size} incidents`,
);
console.log(
  `stories: pairwise precision ${(together / pairs(predSize)).toFixed(4)}  recall ${(together / pairs(truthSize)).toFixed(4)}  (${((performance.now() - ts) / storyStream.length).toFixed(2)} ms/article with analysis)`,
);
