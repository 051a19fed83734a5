// Facts of Arabic reports that carry to other languages' reports of one case (fictional sentences): ages in brackets,
// counts of people written in words, the Arabic names of Turkish towns; and initials with an age in brackets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countNoun } from '../../../src/dedup/count-nouns.ts';
import { readNumbers } from '../../../src/dedup/incident.ts';
import { fold } from '../../../src/dedup/incident-names.ts';
import { where } from '../geo/helpers.ts';

describe('Arabic numbers in story prints', () => {
  it('reads an age in brackets, not a prison term', () => {
    assert.deepEqual(readNumbers('وإلقاء القبض على صاحبة المنزل (52 عاماً) وتحويلها', 'ar').ages, [52]);
    assert.deepEqual(readNumbers('وحُكم عليه بالسجن 15 عاماً', 'ar').ages, []);
  });

  it('reads initials with a bare age in brackets as ages, a country with a count in brackets as a count', () => {
    assert.deepEqual(readNumbers('Gözaltına alınan Y.K. (41) ile O.S. (29) adliyeye sevk edildi', 'tr').ages, [29, 41]);
    assert.deepEqual(readNumbers('victims from Nigeria (12) and Ghana (15)', 'en').numbers, [12, 15]);
  });

  it('counts people written in words, whatever hamza the writer put', () => {
    assert.deepEqual(readNumbers('أوقفت الشرطة أربعة أشخاص في المدينة', 'ar').small, ['4:people']);
    assert.deepEqual(readNumbers('أوقفت الشرطة اربعة أشخاص في المدينة', 'ar').small, ['4:people']);
    assert.equal(fold('أربعة'), fold('اربعة'));
  });

  it('reads no noun past a clause word', () => {
    assert.equal(countNoun(' منهن و ضبط 12 متهما'), '');
    assert.equal(countNoun(' متهما'), 'arrests');
    assert.equal(countNoun(' women and arrested 21'), 'people');
  });
});

describe('Arabic names of Turkish towns', () => {
  it('places Şanlıurfa and Gaziantep', () => {
    const r = where('أوقفت السلطات التركية في ولاية شانلي أورفا أربعة أشخاص، ونقلتهم إلى غازي عنتاب', 'ar');
    assert.ok(r.places.some((p) => p.name === 'Şanlıurfa'));
    assert.ok(r.places.some((p) => p.name === 'Gaziantep'));
  });
});
