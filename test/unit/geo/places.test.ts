import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_PLACES } from '../../../src/analyze/geo/index.ts';
import { where } from './helpers.ts';

// Written by us: the Place contract (src/model/analysis.ts) the portal's maps and the exports rely on.
describe('geo places', () => {
  const text = 'Police in Rome, Italy, and in Lagos rescued women trafficked from Edo State.';
  const { places, evidence } = where(text);

  it('gives each place a stable id, kind, country, coordinates and the offsets where it was found', () => {
    for (const p of places) {
      assert.equal(text.slice(p.start, p.end).length > 0, true);
      assert.match(p.id, /^(geonames:\d+|country:[A-Z]{2}|iso3166-2:[A-Z]{2}-[A-Z0-9]+)$/);
      assert.match(p.country, /^[A-Z]{2}$/);
      assert.ok(Number.isFinite(p.lat) && Math.abs(p.lat) <= 90);
      assert.ok(Number.isFinite(p.lon) && Math.abs(p.lon) <= 180);
    }
    const rome = places.find((p) => p.name === 'Rome');
    assert.deepEqual(
      { id: rome?.id, kind: rome?.kind, country: rome?.country, admin1: rome?.admin1 },
      { id: 'geonames:3169070', kind: 'city', country: 'IT', admin1: 'Lazio' },
    );
    assert.equal(text.slice(rome!.start, rome!.end), 'Rome');
    assert.ok(Math.abs(rome!.lat - 41.89) < 0.1 && Math.abs(rome!.lon - 12.51) < 0.1);
    assert.deepEqual(
      places.map((p) => [p.name, p.kind, p.country]),
      [
        ['Rome', 'city', 'IT'],
        ['Italy', 'country', 'IT'],
        ['Lagos', 'city', 'NG'],
        ['Edo', 'region', 'NG'],
      ],
    );
  });

  it('lists named places, not demonyms, yet counts demonyms for the country', () => {
    const r = where('Nigerian women were rescued in Rome.');
    assert.deepEqual(
      r.places.map((p) => p.name),
      ['Rome'],
    );
    assert.deepEqual([...r.countries].sort(), ['IT', 'NG']);
  });

  it('quotes the text behind each country as evidence', () => {
    for (const e of evidence) {
      assert.equal(e.field, 'countries');
      assert.equal(text.slice(e.start, e.end), e.quote);
    }
    assert.deepEqual(evidence.map((e) => e.value).sort(), ['IT', 'NG']);
  });

  it('keeps to its limits on long and odd input', () => {
    const long = 'Police in Kenya rescued girls trafficked to Oman. '.repeat(5000);
    const r = where(long);
    assert.deepEqual([...r.countries].sort(), ['KE', 'OM']);
    assert.ok(r.places.length <= MAX_PLACES);
    assert.deepEqual(where('\u0000\uffff\ud800 ,.;:- \n\t').countries, []);
  });
});
