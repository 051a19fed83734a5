// The settings of a case, named in each language (fictional sentences): a garlic farm in Spanish and in English, a
// fishing boat in Polish, a farm in Arabic with its glued article, and a setting both reports share as a fact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseSettings } from '../../../src/dedup/settings.ts';

describe('settings named in each language', () => {
  const CASES: [lang: string, text: string, expected: string[]][] = [
    ['es', 'Rescatan a 27 trabajadores en una finca de ajo.', ['crop_garlic', 'farm']],
    ['en', 'Officers found 27 workers on a garlic farm.', ['crop_garlic', 'farm']],
    ['it', "Liberati 26 braccianti in un'azienda agricola.", ['farm']],
    ['pl', 'Marynarze byli przetrzymywani na kutrze rybackim.', ['fishing_vessel']],
    ['ar', 'حررت الشرطة عمالا في المزرعة', ['farm']],
    ['ms', 'Pekerja ditemui tinggal dalam kontena.', ['container']],
  ];
  for (const [lang, text, expected] of CASES)
    it(`${lang}: "${text}"`, () => assert.deepEqual(caseSettings(text, lang), expected));

  it('names none in a text about none, and none for a language without words', () => {
    assert.deepEqual(caseSettings('Police arrested three men in the city centre.', 'en'), []);
    assert.deepEqual(caseSettings('garlic farm', 'xx'), []);
  });
});
