// London boroughs the city package lists without a population (fictional sentences): they place a report in London.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { where } from './helpers.ts';

describe('London boroughs', () => {
  for (const borough of ['Harrow', 'Ilford', 'Tower Hamlets', 'Newham']) {
    it(`"a couple from ${borough}" is in London`, () => {
      const r = where(`A couple from ${borough} were charged with holding a woman in servitude.`);
      assert.deepEqual(
        r.places.map((p) => `${p.name}/${p.country}`),
        ['London/GB'],
      );
    });
  }
});
