// Near-duplicate detection on synthetic syndicated copies and look-alike stories: precision, recall, and the
// cost per new article as the index grows (LSH candidates, not all pairs). Run: node --import tsx bench/dedup.ts [originals]

import { entitySet, minhash, shingleSet } from '../src/dedup/fingerprint.ts';
import { bandKeys } from '../src/dedup/lsh.ts';
import { MemoryLsh } from '../src/dedup/memory-lsh.ts';
import { bestDuplicate, type NearPrint } from '../src/dedup/near.ts';
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
