import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Sentences composed by us: a list that a passing word opens is passing to its last member.

describe('a list that a passing word opens', () => {
  it('leaves out every funder of a list, not only the first', () => {
    const text =
      'A Nepali housemaid was held for two years in Kuwait. She now lives at a shelter in Kathmandu run by a charity ' +
      'that receives funding from the Norwegian and Swiss governments.';
    assert.deepEqual(countries(text), ['KW', 'NP']);
  });

  it('keeps a list that no passing word opens', () => {
    assert.deepEqual(countries('Women were trafficked from Nigeria and Ghana to Italy.'), ['GH', 'IT', 'NG']);
  });
});
