import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locate } from '../../../src/analyze/geo/index.ts';
import { countries, geoIndex, where } from './helpers.ts';

// Written by us: each case of issue 5's disambiguation list, both readings where there are two.
describe('geo disambiguation', () => {
  it('Georgia: the US state after a US city or with "state of", else the country', () => {
    assert.deepEqual(countries('Police in Atlanta, Georgia, arrested two men for sex trafficking at a motel.'), ['US']);
    assert.deepEqual(countries('Lawmakers in the state of Georgia passed a bill on forced labour.'), ['US']);
    assert.deepEqual(countries('Georgia adopted a new anti-trafficking law, officials in Tbilisi said.'), ['GE']);
    assert.deepEqual(countries('Police in Tbilisi, Georgia, arrested two men for trafficking women to Turkey.'), [
      'GE',
      'TR',
    ]);
  });

  it('Jordan, Chad and Victoria as people are not places', () => {
    assert.deepEqual(countries('Michael Jordan donated to a shelter for trafficking survivors in Chicago.'), ['US']);
    assert.deepEqual(countries('Chad Smith, a detective in Texas, said the victims were rescued.'), ['US']);
    assert.deepEqual(countries('Victoria Beckham spoke at a London charity event about modern slavery.'), ['GB']);
    assert.deepEqual(countries('Jordan said the survivors were safe.'), []);
  });

  it('Jordan, Chad and Victoria as places are found', () => {
    assert.deepEqual(countries('Women from Jordan were trafficked to Iraq, police said.'), ['IQ', 'JO']);
    assert.deepEqual(countries('Girls from Chad were trafficked to Libya.'), ['LY', 'TD']);
    assert.deepEqual(countries('Police in Melbourne, Victoria, rescued six women.'), ['AU']);
  });

  it('Niger is not Nigeria, and Niger State is in Nigeria', () => {
    assert.deepEqual(countries('Traffickers moved children from Niger to Nigeria.'), ['NE', 'NG']);
    const state = where('Police in Minna, Niger State, rescued 12 children, Nigerian officials said.');
    assert.deepEqual(state.countries, ['NG']);
    assert.ok(state.places.some((p) => p.name === 'Niger' && p.kind === 'region' && p.country === 'NG'));
  });

  it('Lagos is in Nigeria unless the text places it in Portugal', () => {
    assert.deepEqual(countries('Police in Lagos rescued 20 girls bound for Europe, Nigerian officials said.'), ['NG']);
    assert.deepEqual(countries('Police in Lagos, in the Algarve region of Portugal, rescued migrant farm workers.'), [
      'PT',
    ]);
  });

  it('a capital outranks its namesakes unless the text places it elsewhere', () => {
    const london = where(
      'Police in Toronto and Vancouver worked with officers in London, who arrested the trafficker.',
    );
    assert.equal(london.places.find((p) => p.name === 'London')?.country, 'GB');
    const ontario = where('Police in London, Ontario, arrested a trafficker.');
    assert.equal(ontario.places.find((p) => p.name === 'London')?.country, 'CA');
    assert.deepEqual(countries('Farm workers were exploited near Lagos, Portugal.'), ['PT']);
  });

  it('Paris Hilton is a person; Paris is a city', () => {
    assert.deepEqual(countries('Paris Hilton testified about abuse at youth facilities in Utah.'), ['US']);
    assert.deepEqual(countries('Police in Paris dismantled a ring exploiting Nigerian women in France.'), ['FR', 'NG']);
  });

  it('"fine china" is not China', () => {
    assert.deepEqual(countries('She sold fine china at a market in Kent before she was exploited in Manchester.'), [
      'GB',
    ]);
    assert.deepEqual(countries('Workers were trafficked to China.'), ['CN']);
  });

  it('Sudan and South Sudan stay apart', () => {
    assert.deepEqual(countries('Children were trafficked from Sudan to Libya.'), ['LY', 'SD']);
    assert.deepEqual(countries('Child soldiers were freed in South Sudan, UNICEF said.'), ['SS']);
    assert.deepEqual(countries('Child soldiers were freed in war-torn S. Sudan.'), ['SS']);
  });

  it('Congo: DR Congo and the Republic of the Congo', () => {
    assert.deepEqual(countries('Children were recruited by armed groups in the Democratic Republic of the Congo.'), [
      'CD',
    ]);
    assert.deepEqual(countries('Child miners in DR Congo and the Republic of the Congo were rescued.'), ['CD', 'CG']);
    assert.deepEqual(countries('Workers in Congo-Brazzaville were exploited.'), ['CG']);
    assert.deepEqual(countries('Armed groups in Congo recruited child soldiers near Goma.'), ['CD']);
  });

  it("the source's country breaks a tie between two cities of one name (Valencia, Spain or Venezuela)", () => {
    const text = 'Police in Valencia rescued nine women.';
    assert.deepEqual(locate(text, geoIndex(), { countryHint: 'ES' }).countries, ['ES']);
    assert.deepEqual(locate(text, geoIndex(), { countryHint: 'VE' }).countries, ['VE']);
  });

  it('neighbouring places decide an ambiguous city (Toledo beside Madrid is in Spain)', () => {
    assert.deepEqual(countries('Women were exploited in flats in Madrid, Málaga and Toledo.', 'es'), ['ES']);
    assert.deepEqual(countries('Police in Toledo, Ohio, arrested a trafficker.'), ['US']);
  });

  it('a passing mention ("US-based", "according to the U.S. State Department") is not where the story is', () => {
    assert.deepEqual(countries('The US-based charity Polaris said the victims were rescued in Italy.'), ['IT']);
    assert.deepEqual(
      countries('Forty women were rescued in Kenya, according to the U.S. State Department report on Kenya.'),
      ['KE'],
    );
    assert.deepEqual(countries('The US Congress passed a law. Police in Kenya rescued 30 girls.'), ['KE']);
    assert.deepEqual(countries('All EU states reported cases except Malta, police in Portugal said.'), ['PT']);
    assert.deepEqual(countries('Victims were held in a Chinese-run compound in Myanmar.'), ['MM']);
  });
});
