// A town named like a country ("em Cuba, no Alentejo") is that town when the report names the other country's
// places beside it; a country named beside a place ("victims from Venezuela, Madrid police said") stays a country.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryTowns } from '../../../src/dedup/country-towns.ts';
import type { Place } from '../../../src/model/analysis.ts';

function at(text: string, word: string, kind: Place['kind'], country: string, name = word): Place {
  const start = text.indexOf(word);
  return { name, id: `${kind}:${name}`, kind, country, lat: 0, lon: 0, start, end: start + word.length };
}

describe('towns named like countries', () => {
  it('reads "Cuba, no Alentejo" and "Beja, Cuba e Ferreira" as a town of Portugal', () => {
    const a = 'Foram detidas 35 pessoas em Cuba, no Alentejo, por tráfico.';
    const found = countryTowns([at(a, 'Cuba', 'country', 'CU'), at(a, 'Alentejo', 'region', 'PT')], a, ['PT', 'CU']);
    assert.deepEqual(found, { countries: ['CU'], towns: ['cuba'] });
    const b = 'Trabalhavam em Beja, Cuba e Ferreira do Alentejo.';
    const list = [at(b, 'Beja', 'region', 'PT'), at(b, 'Cuba', 'country', 'CU')];
    assert.deepEqual(countryTowns(list, b, ['PT', 'CU']).countries, ['CU']);
  });

  it('keeps a country named as a country, even once beside a town', () => {
    const c = 'Women from Venezuela, Madrid police said, were held. Venezuela has asked for details.';
    const places = [at(c, 'Venezuela', 'country', 'VE'), at(c, 'Madrid', 'city', 'ES')];
    assert.deepEqual(countryTowns(places, c, ['ES', 'VE']).countries, []);
    const d = 'Trabalhavam em Beja, Cuba e Ferreira do Alentejo; outros vinham de Cuba.';
    const twice = [
      at(d, 'Beja', 'region', 'PT'),
      at(d, 'Cuba', 'country', 'CU'),
      { ...at(d, 'de Cuba', 'country', 'CU'), start: d.lastIndexOf('Cuba'), end: d.lastIndexOf('Cuba') + 4 },
    ];
    assert.deepEqual(countryTowns(twice, d, ['PT', 'CU']).countries, []);
  });
});
