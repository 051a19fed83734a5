// The story benchmark's scores (bench/stories/score.ts): pairwise precision/recall and the same-city figure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairScore, sameCityPairs } from '../../../bench/stories/score.ts';

describe('story benchmark scores', () => {
  const items = [
    { truth: 'a', predicted: '1', cities: ['c:luton'] },
    { truth: 'a', predicted: '1', cities: ['c:luton'] },
    { truth: 'b', predicted: '1', cities: ['c:luton'] },
    { truth: 'c', predicted: '2', cities: ['c:luton', 'c:leeds'] },
    { truth: 'd', predicted: null, cities: ['c:kano'] },
  ];

  it('scores pairs put together against pairs that belong together', () => {
    const s = pairScore(items);
    assert.deepEqual([s.together, s.predicted, s.expected], [1, 3, 1]);
    assert.equal(s.recall, 1);
    assert.equal(s.precision, 1 / 3);
  });

  it('counts pairs of different incidents naming a city in common, and those sharing a story', () => {
    // a1-b, a2-b (joined), a1-c, a2-c, b-c (apart); d names no city in common with anyone.
    assert.deepEqual(sameCityPairs(items), { pairs: 5, joined: 2 });
  });
});
