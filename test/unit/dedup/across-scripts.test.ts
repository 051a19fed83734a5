// Facts that carry across languages (fictional sentences): Arabic ages in brackets and counts of people in words, the
// Arabic names of Turkish towns, initials with an age in brackets, one name spelt and declined apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countNoun } from '../../../src/dedup/count-nouns.ts';
import { readNumbers } from '../../../src/dedup/incident.ts';
import { fold, reportNames, sameName } from '../../../src/dedup/incident-names.ts';
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

describe('one name spelt and declined apart', () => {
  it('meets across transliterations and case endings, not another name', () => {
    assert.ok(sameName('ivan petrov', 'iwana petrowa'));
    assert.ok(sameName('georgi dimitrov', 'georgiego dimitrowa'));
    assert.ok(sameName('georgi dimitrov', 'georgija dimitrova'));
    assert.ok(sameName('ivan petrov', 'ivan petrof'));
    assert.ok(sameName('ivan petrov', 'uhapsen ivan petrov'));
    assert.ok(!sameName('ivan petrov', 'ivan popov'));
    assert.ok(!sameName('marko petrov', 'mirko petrov'));
  });
});

describe('German and Polish names with an age in brackets', () => {
  it('"Iwan Petrow (44)" is a name and an age; "(44 l.)" is an age', () => {
    assert.deepEqual(
      readNumbers('Die Polizei hat Iwan Petrow (44) und Georgi D. (38) festgenommen.', 'de').ages,
      [38, 44],
    );
    assert.deepEqual(readNumbers('zatrzymała Iwana Petrowa (44 l.)', 'pl').ages, [44]);
  });

  it('German names are read where an age in brackets follows them, not other capitalised nouns', () => {
    const r = reportNames('Die Polizei hat Iwan Petrow (44) in der Wohnung festgenommen.', new Set(), 'de');
    assert.deepEqual(r.names, ['iwan petrow']);
  });
});

describe('tens and units side by side in Slavic languages', () => {
  const CASES: [lang: string, text: string][] = [
    ['pl', 'uwolniła trzydziestu dwóch rybaków'],
    ['sr', 'oslobodila trideset dva ribara'],
    ['ru', 'освободили тридцать два рыбака'],
    ['bg', 'освободи тридесет и двама рибари'],
    ['cs', 'osvobodila třicet dva rybářů'],
  ];
  for (const [lang, text] of CASES) it(`${lang}: 32`, () => assert.deepEqual(readNumbers(text, lang).numbers, [32]));
});

describe('what a count counts, in more languages', () => {
  const CASES: [after: string, kind: string][] = [
    [' misstänkta greps', 'arrests'],
    [' osumnjičenih', 'arrests'],
    [' заподозрени', 'arrests'],
    [' gyanúsítottat', 'arrests'],
    [' podezřelých', 'arrests'],
    [' kvinnor', 'people'],
    [' žrtava', 'people'],
    [' жени', 'people'],
    [' áldozat', 'people'],
    [' obětí', 'people'],
  ];
  for (const [after, kind] of CASES) it(`"${after.trim()}" counts ${kind}`, () => assert.equal(countNoun(after), kind));
});
