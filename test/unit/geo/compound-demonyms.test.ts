import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Sentences composed by us: a demonym of two words is its own country's, not the country of its last word.

describe('demonyms of two words', () => {
  it('reads "Bissau-Guinean" as Guinea-Bissau, not Guinea', () => {
    assert.deepEqual(countries('Police in Dakar, Senegal, freed twelve Bissau-Guinean boys forced to beg.'), [
      'GW',
      'SN',
    ]);
  });
});
