import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shuffle, syntheticNews } from '../../../bench/synthetic-news.ts';
import { contentHash, entitySet, minhash, shingleSet, simhash64 } from '../../../src/dedup/fingerprint.ts';
import { bandKeys, candidateProbability } from '../../../src/dedup/lsh.ts';
import { MemoryLsh } from '../../../src/dedup/memory-lsh.ts';
import { bestDuplicate, type NearPrint, nearDuplicate } from '../../../src/dedup/near.ts';

const print = (t: string): NearPrint => ({ shingles: shingleSet(t), entities: entitySet(t) });
const BASE =
  'Police in Varna rescued 14 workers from a garment workshop on Tuesday. Officers arrested Goran Petrov, 48, and Lina Mensah. The victims had been promised jobs abroad and were forced to work 16 hours a day without pay. Prosecutors in Varna said the suspects face charges of human trafficking. The workers were taken to a shelter run by a local charity, where they received medical help.';

describe('fingerprints', () => {
  it('gives exact copies one content hash, whatever the spacing, case and credit line', () => {
    assert.equal(
      contentHash(BASE),
      contentHash(`Article from: Coast Herald\n\n${BASE.toUpperCase().replace(/ /g, '  ')}`),
    );
    assert.notEqual(contentHash(BASE), contentHash(BASE.replace('14', '15')));
  });

  it('makes a 64-bit SimHash that moves little under light edits', () => {
    const a = simhash64(BASE);
    const b = simhash64(BASE.replace('rescued', 'freed'));
    assert.match(a, /^[0-9a-f]{16}$/);
    const dist = [...(BigInt(`0x${a}`) ^ BigInt(`0x${b}`)).toString(2)].filter((c) => c === '1').length;
    assert.ok(dist <= 12, `hamming ${dist}`);
  });

  it('finds names and numbers, not sentence-initial common words', () => {
    const e = entitySet(
      'The police came. The suspects, Goran Petrov and Lina, were held in Varna for 14 days; the end.',
    );
    assert.equal(e.length, 5); // goran, petrov, lina, varna, 14
  });
});

describe('near-duplicates', () => {
  it('calls syndicated, republished, cut and lightly edited copies duplicates', () => {
    const copies = [
      `Article from: Morning Star\n\n${BASE}`,
      BASE.replace('rescued', 'freed').replace('arrested', 'detained').replace('shelter', 'safe house'),
      BASE.split('. ').slice(0, 3).join('. '),
      `Authorities announced a major operation this week. ${BASE}`,
    ];
    for (const c of copies) assert.equal(nearDuplicate(print(BASE), print(c)).duplicate, true, c.slice(0, 60));
  });

  it('does not confuse a look-alike report of another incident', () => {
    const other = BASE.replace(/Varna/g, 'Iasi')
      .replace('14', '9')
      .replace('Goran Petrov, 48', 'Ana Dumitru, 39')
      .replace('Lina Mensah', 'Bruno Costa')
      .replace('16 hours', '12 hours')
      .replace('Tuesday', 'Friday');
    const v = nearDuplicate(print(BASE), print(other));
    assert.ok(v.jaccard > 0.2, 'the wording is close');
    assert.equal(v.duplicate, false);
  });

  it('LSH finds copies among look-alikes: precision ≥ 0.98, recall ≥ 0.95 on a generated set', () => {
    const articles = shuffle(syntheticNews(300, 11));
    const index = new MemoryLsh();
    const prints: NearPrint[] = [];
    const seen = new Set<number>();
    let flagged = 0;
    let correct = 0;
    let expected = 0;
    for (const [i, a] of articles.entries()) {
      const p = print(`${a.title}\n\n${a.text}`);
      const keys = bandKeys(minhash(p.shingles));
      const best = bestDuplicate(
        p,
        index.candidates(keys, 20).map((id) => ({ item: id, print: prints[id]! })),
      );
      if (seen.has(a.group)) expected++;
      if (best) {
        flagged++;
        if (articles[best.item]!.group === a.group) correct++;
      }
      seen.add(a.group);
      prints[i] = p;
      index.add(i, keys);
    }
    assert.ok(correct / flagged >= 0.98, `precision ${correct / flagged}`);
    assert.ok(correct / expected >= 0.95, `recall ${correct / expected}`);
  });

  it('has the LSH S-curve we expect', () => {
    assert.ok(candidateProbability(0.5) > 0.85);
    assert.ok(candidateProbability(0.1) < 0.01);
  });
});
