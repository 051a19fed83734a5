import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { where } from './helpers.ts';

// Written by us: a headline that opens with its place, the convention of Spanish, Italian and Portuguese news.
describe('a headline that opens with its place', () => {
  it('places the story: "Town: …" and "Town, lower-case …"', () => {
    const es = 'Córdoba: rescatan a 12 personas explotadas en un taller textil\nLa policía detuvo al encargado.';
    assert.deepEqual(where(es, 'es', es.indexOf('\n')).countries, ['AR']);
    const it_ = 'Verona, tre arresti per caporalato\nFacevano lavorare venti braccianti per pochi euro.';
    assert.deepEqual(where(it_, 'it', it_.indexOf('\n')).countries, ['IT']);
  });

  it('an acronym before a colon is an organisation, not a town (ILO is also a town in Peru)', () => {
    const t = 'ILO: forced labour generates billions in illegal profits\nThe organisation published its estimate.';
    assert.deepEqual(where(t, 'en', t.indexOf('\n')).countries, []);
  });

  it('a place mid-headline still needs its usual support', () => {
    const t = 'Reading: the report on forced labour\nThe report was published on Monday.';
    assert.deepEqual(where(t, 'en', t.indexOf('\n')).countries, []);
  });
});
