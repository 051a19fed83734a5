// The learned story decision (src/dedup/pair-model.ts): how evidence becomes features, that the shipped model is what
// the code and the dev sets build, and what it decides on fictional pairs: one case told in two languages the same day,
// a follow-up that names the suspects, and another case in the same town.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { compareReports, type StoryPrint } from '../../../src/dedup/compare.ts';
import { shingleSet } from '../../../src/dedup/fingerprint.ts';
import { incidentPrint } from '../../../src/dedup/incident.ts';
import { EVIDENCE_KINDS, nearKnots, PAIR_FEATURES, pairFeatures, pairModel } from '../../../src/dedup/pair-model.ts';
import { ROOT } from '../../../src/lib/paths.ts';
import type { Analysis, Place } from '../../../src/model/analysis.ts';

const lagos: Place = {
  name: 'Lagos',
  id: 'geonames:2332459',
  kind: 'city',
  country: 'NG',
  admin1: 'Lagos',
  lat: 6.45,
  lon: 3.39,
  start: 0,
  end: 0,
};

function report(language: string, title: string, text: string, at: string, over: Partial<Analysis> = {}): StoryPrint {
  const a: Analysis = {
    id: title,
    language,
    relevant: true,
    relevance: 0.9,
    incident: true,
    types: ['sexual'],
    countries: ['NG'],
    places: [lagos],
    minors: null,
    victims: null,
    evidence: [],
    flags: [],
    ...over,
  };
  return { incident: incidentPrint(title, text, a), at: Date.parse(at), dated: true, shingles: shingleSet(text) };
}

describe('pair features', () => {
  it('add points by kind, "names" and "name words" apart, and mark the span of days and the languages', () => {
    const x = pairFeatures(
      [
        ['names obinna kalu', 3],
        ['name words lagos', 0.75],
        ['route of 3 cities', 0.75],
        ['places', 1.5],
      ],
      2,
      true,
      false,
    );
    assert.equal(x.length, PAIR_FEATURES.length);
    assert.equal(x[EVIDENCE_KINDS.indexOf('names')], 3);
    assert.equal(x[EVIDENCE_KINDS.indexOf('name words')], 0.75);
    assert.equal(x[EVIDENCE_KINDS.indexOf('route of')], 0.75);
    // Two days apart lies between the knots at 0 and 4 days, by log(1 + days): 1 - log 3 / log 5 and log 3 / log 5.
    assert.ok(Math.abs(x[PAIR_FEATURES.indexOf('near 4 days')]! - Math.log(3) / Math.log(5)) < 1e-9);
    assert.ok(Math.abs(x[PAIR_FEATURES.indexOf('near 0 days')]! - (1 - Math.log(3) / Math.log(5))) < 1e-9);
    assert.equal(x[PAIR_FEATURES.indexOf('near 21 days')], 0);
    assert.equal(x[PAIR_FEATURES.indexOf('other languages')], 1);
  });
});

describe('time apart', () => {
  it('moves smoothly between knots and saturates at both ends', () => {
    assert.deepEqual(nearKnots(0), [1, 0, 0, 0, 0]);
    assert.deepEqual(nearKnots(4), [0, 1, 0, 0, 0]);
    assert.deepEqual(nearKnots(1000), [0, 0, 0, 0, 1]);
    assert.deepEqual(nearKnots(-3), [1, 0, 0, 0, 0]);
    // A day either side of a knot changes each share by little: no cliff between 3.9 and 4.1 days.
    const a = nearKnots(3.9);
    const b = nearKnots(4.1);
    for (let k = 0; k < a.length; k++) assert.ok(Math.abs(a[k]! - b[k]!) < 0.05);
    for (const d of [0.5, 2, 7, 30, 100, 400]) assert.ok(Math.abs(nearKnots(d).reduce((s, v) => s + v, 0) - 1) < 1e-9);
  });
});

describe('the shipped model', () => {
  it('is what the code and the dev sets build (npm run train:stories)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-stories.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.match(out, /is up to date/);
  });

  it('is loaded and decides', () => {
    assert.ok(pairModel());
    const a = report('en', 'Women rescued', 'Police rescued 12 women from a nightclub.', '2026-03-02T09:00:00Z');
    assert.equal(typeof compareReports(a, a).probability, 'number');
  });
});

describe('what the model decides', () => {
  const first = report(
    'en',
    'Twelve women rescued from Lagos nightclub',
    'Police in Lagos rescued 12 women from a nightclub owned by Obinna Kalu. His recruiter, Grace Eze, was also arrested.',
    '2026-03-02T09:00:00Z',
    { victims: 12 },
  );

  it('joins one case told in another language the next day (the count, the town, the setting)', () => {
    const fr = report(
      'fr',
      'Douze femmes libérées dans une boîte de nuit de Lagos',
      'La police nigériane a libéré douze femmes exploitées dans une boîte de nuit de Lagos. Deux suspects ont été arrêtés.',
      '2026-03-03T07:00:00Z',
      { victims: 12 },
    );
    const c = compareReports(first, fr);
    assert.equal(c.same, true, `${c.evidence.join('; ')} p=${c.probability}`);
  });

  it('joins a charge weeks later that names the suspects', () => {
    const charged = report(
      'en',
      'Nightclub owner charged in Lagos',
      'A court charged Obinna Kalu, who owns a Lagos nightclub, after 12 women were freed. Grace Eze was charged too.',
      '2026-03-20T09:00:00Z',
      { victims: 12 },
    );
    const c = compareReports(first, charged);
    assert.equal(c.same, true, `${c.evidence.join('; ')} p=${c.probability}`);
  });

  it('keeps another case in the same town weeks later apart', () => {
    const other = report(
      'en',
      'Girl rescued in Lagos',
      'Police in Lagos rescued a 15-year-old girl from a house where she was forced to work. A woman, Halima Sani, was arrested.',
      '2026-03-25T09:00:00Z',
      { victims: 1, minors: true, types: ['domestic_servitude'] },
    );
    const c = compareReports(first, other);
    assert.equal(c.same, false, `${c.evidence.join('; ')} p=${c.probability}`);
  });
});
