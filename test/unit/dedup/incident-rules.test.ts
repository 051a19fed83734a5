// Rules that keep look-alike cases apart (fictional reports): a route of big cities is place, not a fact of the case;
// a name that begins with a city named is that place; an operation's edition number is part of its name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareReports, type StoryPrint } from '../../../src/dedup/compare.ts';
import { shingleSet } from '../../../src/dedup/fingerprint.ts';
import { incidentPrint, isPlaceName, operationNames } from '../../../src/dedup/incident.ts';
import type { Analysis, Place } from '../../../src/model/analysis.ts';

const city = (name: string, id: number, admin1: string): Place => ({
  name,
  id: `geonames:${id}`,
  kind: 'city',
  country: 'ES',
  admin1,
  lat: 40,
  lon: -3,
  start: 0,
  end: 0,
});

function report(title: string, text: string, at: string, places: Place[]): StoryPrint {
  const a: Analysis = {
    id: 'x',
    language: 'es',
    relevant: true,
    relevance: 0.9,
    incident: true,
    types: ['sexual'],
    countries: ['ES'],
    places,
    minors: null,
    victims: null,
    evidence: [],
    flags: [],
  };
  return { incident: incidentPrint(title, text, a), at: Date.parse(at), shingles: shingleSet(`${title}\n\n${text}`) };
}

describe('look-alike cases stay apart', () => {
  it('a route of the same big cities alone does not make one case', () => {
    const route = [city('Madrid', 1, 'Madrid'), city('Barcelona', 2, 'Catalonia'), city('Málaga', 3, 'Andalusia')];
    const a = report(
      'Desarticulada una red de trata',
      'La Policía Nacional detuvo en Málaga, Barcelona y Madrid a 18 personas y liberó a 15 mujeres.',
      '2025-03-02T10:00:00Z',
      route,
    );
    const b = report(
      'Detenidos 25 miembros de una red',
      'La organización prostituía a jóvenes en Málaga, Madrid y Barcelona; 25 detenidos y 16 víctimas liberadas.',
      '2025-03-04T10:00:00Z',
      route,
    );
    const c = compareReports(a, b);
    assert.ok(
      c.evidence.some((e) => e.startsWith('route of 3 cities')),
      c.evidence.join('; '),
    );
    assert.equal(c.same, false, c.evidence.join('; '));
  });

  it('a name beginning with a city the report names is that place', () => {
    assert.equal(isPlaceName('palma de mallorca', new Set(['palma'])), true);
    assert.equal(isPlaceName('rosa de lima', new Set(['palma'])), false);
    assert.equal(isPlaceName('palma', new Set(['palma'])), false);
  });

  it("keeps an operation's edition number in its name", () => {
    assert.deepEqual(operationNames('a Operação Resgate 3 contou com 222 ações'), ['resgate 3']);
    assert.deepEqual(operationNames('A Operação Resgate envolveu seis órgãos'), ['resgate']);
    assert.deepEqual(operationNames('la Operación Alborga II, que'), ['alborga ii']);
  });
});
