// London boroughs the city package lists without a population, and a town named by its police (fictional sentences).
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

describe("a town's police", () => {
  it('"Dubai Police have rescued…" places the story in Dubai, at the head of a sentence too', () => {
    const r = where('Dubai Police have rescued nine women. The women were taken to a shelter.');
    assert.deepEqual(
      r.places.map((p) => `${p.name}/${p.country}`),
      ['Dubai/AE'],
    );
  });
});

describe("a town's force named in a Romance language", () => {
  it('"Departamento de Policía de Houston" places the story in Houston, though Houston is also a surname', () => {
    const r = where(
      'Agentes del Departamento de Policía de Houston rescataron a diez mujeres de Honduras en una cantina.',
      'es',
    );
    assert.ok(
      r.places.some((p) => p.name === 'Houston' && p.country === 'US'),
      JSON.stringify(r.places),
    );
  });
});
