// Cities named by their rank in a country ("the Kenyan capital", "Greece's second city"): fictional sentences.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cityOfRank, loadDescriptors } from '../../../src/analyze/geo/descriptors.ts';
import { dataPath } from '../../../src/lib/paths.ts';
import { geoIndex, where } from './helpers.ts';

const cities = (text: string, lang = 'en') =>
  where(text, lang)
    .places.filter((p) => p.kind === 'city')
    .map((p) => p.name);

describe('a city named by its rank in a country', () => {
  it('reads a capital told by its people or its country, in several languages', () => {
    assert.deepEqual(cities('Police in the Kenyan capital rescued ten women from a brothel.'), ['Nairobi']);
    assert.deepEqual(cities("Ten women were rescued in Kenya's capital on Tuesday."), ['Nairobi']);
    assert.deepEqual(cities('La policía liberó a diez mujeres en la capital de Colombia.', 'es'), ['Bogotá']);
  });

  it("reads a country's second and largest cities by population", () => {
    assert.deepEqual(cities("Police in Greece's second city arrested four men."), ['Thessaloníki']);
    assert.deepEqual(cities("Police in Turkey's largest city rescued ten women."), ['Istanbul']);
  });

  it('spans the whole phrase, and adds no city the text names itself', () => {
    const text = 'Police in the Kenyan capital, Nairobi, rescued ten women.';
    assert.deepEqual(cities(text), ['Nairobi']);
    const [p] = where('Police in the Kenyan capital rescued ten women.').places;
    assert.equal('Police in the Kenyan capital rescued ten women.'.slice(p!.start, p!.end), 'the Kenyan capital');
  });

  it('names no city where the data names none or the press means another city by "the capital"', () => {
    assert.deepEqual(cities('La police a libéré dix femmes dans la capitale ivoirienne mardi.', 'fr'), []);
    assert.deepEqual(cities("Police in Thailand's second city rescued ten women."), []);
    assert.deepEqual(cities("Police in Mexico's second city rescued ten women."), ['Guadalajara']);
  });

  it('finds every city the data names in the gazetteer', () => {
    const d = loadDescriptors(dataPath('lexicons', 'places', 'descriptors.json'));
    for (const [rank, byCountry] of d.cities)
      for (const [cc, name] of byCountry)
        assert.notEqual(cityOfRank(geoIndex(), d, rank, cc), undefined, `${rank} ${cc} ${name}`);
  });

  it('needs the phrase: a nationality or a country alone names no city', () => {
    assert.deepEqual(cities('Kenyan police rescued ten women from a brothel in a small town.'), []);
    assert.deepEqual(cities("Greece's police arrested four men."), []);
  });

  it('rejects a phrase without a placeholder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-desc-'));
    const file = join(dir, 'descriptors.json');
    writeFileSync(file, JSON.stringify({ capital: { en: ['the capital'] }, largest_city: {}, second_city: {} }));
    assert.throws(() => loadDescriptors(file), /has no \{D\} or \{C\}/);
  });
});
