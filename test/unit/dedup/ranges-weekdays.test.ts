// Age ranges and weekdays as the languages of Europe write them (fictional sentences): "w wieku od 28 do 45 lat",
// "28 és 45 év közöttieket", "w środę", "szerdán", "på onsdagen", "u sredu" carry the same facts as English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventMonths, eventWeekdays } from '../../../src/dedup/event-times.ts';
import { readNumbers } from '../../../src/dedup/incident.ts';

const RANGES: [lang: string, text: string][] = [
  ['pl', 'Zatrzymano pięciu podejrzanych w wieku od 28 do 45 lat.'],
  ['hu', 'Öt gyanúsítottat vettek őrizetbe, 28 és 45 év közöttieket.'],
  ['sv', 'Fem misstänkta i åldern 28 till 45 år greps.'],
  ['sr', 'Uhapšeno je pet osumnjičenih starosti od 28 do 45 godina.'],
  ['el', 'Συνελήφθησαν πέντε ύποπτοι, ηλικίας 28 έως 45 ετών.'],
  ['bg', 'Задържани са петима заподозрени на възраст между 28 и 45 години.'],
  ['nl', 'Vijf verdachten tussen 28 en 45 jaar oud zijn aangehouden.'],
];

describe('age ranges in more languages', () => {
  for (const [lang, text] of RANGES)
    it(`${lang}: 28 to 45 is a range, no count`, () => {
      const r = readNumbers(text, lang);
      assert.deepEqual(r.ranges, ['28-45']);
      assert.ok(!r.numbers.includes(28) && !r.numbers.includes(45), String(r.numbers));
    });
});

describe('declined weekday names', () => {
  const WEDNESDAY: string[] = [
    'Policja uwolniła w środę kobiety',
    'A rendőrség szerdán kiszabadított',
    'Polisen befriade på onsdagen',
    'Policija je u sredu oslobodila',
    'Полиция в среду освободила',
  ];
  for (const text of WEDNESDAY) it(`"${text}" names a Wednesday`, () => assert.deepEqual(eventWeekdays(text), ['w3']));
  it('reads Saturday and Sunday in their declined forms', () => {
    assert.deepEqual(eventWeekdays('w sobotę i w niedzielę'), ['w6', 'w0']);
  });
});

describe('a month after a word that is no month', () => {
  it('"el pasado mes de marzo" names March ("pasado mes" had hidden it)', () => {
    assert.deepEqual(eventMonths('liberados por la Guardia Civil el pasado mes de marzo.'), ['m3']);
  });
});

describe('months by their number', () => {
  it('reads Vietnamese "tháng 6", "tháng 11/2024" and "tháng 3 năm 2023"', () => {
    assert.deepEqual(eventMonths('từ tháng 6 đến tháng 11/2024; tháng 3 năm 2023; tháng 15'), [
      'm6',
      'm11',
      '2024-11',
      'm3',
      '2023-03',
    ]);
  });
});

describe('declined month names', () => {
  const MARCH: string[] = [
    'Policja zatrzymała ich w marcu',
    'Полиция задержала их в марте',
    'Policija ih je uhapsila u martu',
    'Policie je zadržela v březnu',
    'La policía los detuvo en marzo',
  ];
  for (const text of MARCH) it(`"${text}" names March`, () => assert.deepEqual(eventMonths(text), ['m3']));
  it('a bare month-like word with no preposition is no month ("marca" the brand)', () => {
    assert.deepEqual(eventMonths('Nowa marka samochodu'), []);
  });
});

describe('rounded words a units word multiplies', () => {
  const CASES: [lang: string, text: string, value: number][] = [
    ['en', 'Police found two dozen farmhands in the camp.', 24],
    ['es', 'La policía liberó a dos docenas de trabajadores.', 24],
    ['es', 'Fueron rescatadas tres decenas de mujeres.', 30],
    ['fr', 'Trois centaines de migrants ont été secourus.', 300],
  ];
  for (const [lang, text, value] of CASES)
    it(`${lang}: "${text}" counts ${value}, roughly`, () => {
      const r = readNumbers(text, lang);
      assert.deepEqual([r.numbers, r.rough, r.small], [[value], [value], []]);
    });
  it('"a dozen" alone stays 12, and "dozens of" no count', () => {
    assert.deepEqual(readNumbers('A dozen women were freed.', 'en').numbers, [12]);
    assert.deepEqual(readNumbers('Dozens of women were freed.', 'en').numbers, []);
  });
});
