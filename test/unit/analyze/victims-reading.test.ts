import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Sentences written for these tests; no third-party text. Each case is a reading rule for the count of victims, with a
// near miss where the rule must not reach.
describe('victims: how a count is read', () => {
  const cases: [string, string, string, number | null][] = [
    [
      'groups listed with commas and a final "and" add up',
      'Workers freed from a scam compound',
      'Police freed 12 Kenyans, 9 Ethiopians, five Ugandans and three Nepalis who had been forced to run online scams.',
      29,
    ],
    [
      'a list whose commas part other things is no list of groups',
      'Workers freed from a scam compound',
      'Police freed 12 Kenyans, arrested two managers and seized 40 phones at a compound where workers were forced to run scams.',
      12,
    ],
    [
      'km groups listed noun first, the last joined by "and", add up',
      'ប៉ូលិសជួយសង្គ្រោះជនបរទេស',
      'កម្លាំងនគរបាលបានវាយឆ្មក់ទីតាំងបោកប្រាស់តាមអនឡាញ និងបានជួយសង្គ្រោះជនរងគ្រោះនៃការជួញដូរមនុស្ស។ ក្នុងចំណោមអ្នកដែលត្រូវបានជួយសង្គ្រោះ មានជនជាតិថៃ ១០ នាក់ ជនជាតិវៀតណាម ៥ នាក់ និងជនជាតិឡាវ ៣ នាក់។',
      18,
    ],
  ];
  for (const [name, title, text, want] of cases) {
    it(name, async () => assert.equal((await analyze(title, text)).victims, want));
  }
});
