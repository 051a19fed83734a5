import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { where } from './helpers.ts';

// Sentences written for this test. Ukrainian and Russian news names a Ukrainian oblast by its short name
// ("Житомирщина", "на Закарпатті") and a Polish voivodeship by its adjective ("у Мазовецькому воєводстві"); both are
// listed in data/gazetteer/region-aliases.tsv, and their other cases are found through the stem.
type Case = [lang: string, text: string, region: string, cc: string];

describe('oblasts and voivodeships by their common names', () => {
  const cases: Case[] = [
    ['uk', 'На Житомирщині поліція затримала двох чоловіків.', 'Zhytomyrska oblast', 'UA'],
    ['uk', 'Житомирщина: поліція затримала двох чоловіків.', 'Zhytomyrska oblast', 'UA'],
    ['uk', 'Львівщина: правоохоронці викрили схему торгівлі людьми.', 'Lvivska oblast', 'UA'],
    ['uk', 'Поліція на Закарпатті затримала двох чоловіків.', 'Zakarpatska Oblast', 'UA'],
    ['uk', 'Жінок вивозили з Одещини до Туреччини.', 'Odeska oblast', 'UA'],
    ['uk', 'Вона працювала на фермі у Мазовецькому воєводстві.', 'Masovian Voivodeship', 'PL'],
    ['ru', 'На Житомирщине полиция задержала двух мужчин.', 'Zhytomyrska oblast', 'UA'],
    ['ru', 'Полиция в Закарпатье задержала двух мужчин.', 'Zakarpatska Oblast', 'UA'],
    ['ru', 'Она работала на ферме в Мазовецком воеводстве.', 'Masovian Voivodeship', 'PL'],
  ];
  for (const [lang, text, region, cc] of cases)
    it(`${lang}: ${text.slice(0, 60)}`, () => {
      const r = where(text, lang);
      assert.ok(r.countries.includes(cc), `countries ${r.countries.join(', ')}`);
      assert.ok(
        r.places.some((p) => p.name === region),
        `places ${r.places.map((p) => p.name).join(', ')}`,
      );
    });
});
