import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadGeoIndex, locate } from '../../../src/analyze/geo/index.ts';

// Wire copy writes cities without their local letters ("Lodz", "Wroclaw", "Aarhus", "Gothenburg"): each is an alias
// of the city in data/gazetteer/city-aliases.tsv. Sentences composed for this test.
describe('English spellings of cities with local letters', () => {
  const index = loadGeoIndex();
  for (const [city, cc] of [
    ['Lodz', 'PL'],
    ['Wroclaw', 'PL'],
    ['Krakow', 'PL'],
    ['Aarhus', 'DK'],
    ['Gothenburg', 'SE'],
    ['Nuremberg', 'DE'],
    ['Seville', 'ES'],
    ['Odesa', 'UA'],
  ] as const) {
    it(`${city} is in ${cc}`, () => {
      const r = locate(`Police in ${city} freed five women on Tuesday.`, index, { language: 'en', titleEnd: 0 });
      assert.deepEqual(r.countries, [cc]);
    });
  }
});
