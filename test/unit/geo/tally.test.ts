import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Sentences composed by us: a sentence that tallies a period's cases names countries as background, not the story's.

describe('countries named in a tally of the year', () => {
  it('leaves out a country only a tally names', () => {
    const text =
      'Fourteen fishermen from Myanmar were freed from a trawler in Songkhla, Thailand. The unit has identified 90 ' +
      'victims so far this year, most of them from Myanmar and Cambodia.';
    assert.deepEqual(countries(text), ['MM', 'TH']);
  });

  it('does so in Russian', () => {
    const text =
      'Четыре гражданки Кыргызстана вернулись из ОАЭ в Бишкек. С начала года из ОАЭ, Турции и Южной Кореи вернули 20 жертв.';
    assert.deepEqual(countries(text, 'ru'), ['AE', 'KG']);
  });

  it('keeps a country the story names elsewhere too', () => {
    const text =
      'Police in Cambodia freed 12 workers from a compound in Sihanoukville. So far this year 300 people were freed in Cambodia.';
    assert.deepEqual(countries(text), ['KH']);
  });
});
