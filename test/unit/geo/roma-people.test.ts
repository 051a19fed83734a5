import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Sentences composed by us: "Roma" is the people in English, French, Dutch and German, Rome only in Italian and Spanish.

describe('"Roma", the people', () => {
  it('is no place in English, French, Dutch or German', () => {
    assert.deepEqual(countries('Police say a Roma girl from Tuzla was sold into marriage in Serbia.'), ['BA', 'RS']);
    assert.deepEqual(countries('Les familles roms et Roma de Sliven, en Bulgarie, ont été entendues.', 'fr'), ['BG']);
    assert.deepEqual(countries('Die Polizei in Wien sprach mit Sinti und Roma.', 'de'), ['AT']);
  });

  it('is still Rome in Italian and Spanish', () => {
    assert.deepEqual(countries('La polizia di Roma ha arrestato tre persone.', 'it'), ['IT']);
    assert.deepEqual(countries('Detenidos en Roma tres hombres por trata.', 'es'), ['IT']);
  });
});
