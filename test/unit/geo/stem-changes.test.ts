import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedStems } from '../../../src/analyze/geo/stem-changes.ts';
import { countries } from './helpers.ts';

// Sentences written for this test. A town's name whose sound changes before a case ending (src/analyze/geo/
// stem-changes.ts) is found in that form; the change is the language's, not one town's.
type Case = [lang: string, text: string, want: string[]];

function check(cases: Case[]): void {
  for (const [lang, text, want] of cases) {
    it(`${lang}: ${text.slice(0, 70)}`, () => assert.deepEqual(countries(text, lang), [...want].sort()));
  }
}

describe('towns whose stem changes before a case ending', () => {
  check([
    ['pl', 'Prokuratura Okręgowa w Ostrołęce postawiła zarzuty trzem mężczyznom.', ['PL']],
    ['pl', 'Policja w Łodzi zatrzymała dwóch mężczyzn.', ['PL']],
    ['pl', 'Dwie kobiety z Łodzi zostały zatrzymane.', ['PL']],
    ['pl', 'Policja w Gdyni uwolniła sześć kobiet.', ['PL']],
    ['pl', 'Policja w Zamościu zatrzymała dwóch mężczyzn.', ['PL']],
    ['pl', 'Policja w Mielcu zatrzymała dwóch mężczyzn.', ['PL']],
    ['pl', 'Policja w Stargardzie zatrzymała dwóch mężczyzn.', ['PL']],
    ['sk', 'Polícia v Košiciach zadržala dvoch mužov.', ['SK']],
  ]);
});

describe('the changes of each language', () => {
  const cases: [name: string, lang: string, cc: string, stem: string][] = [
    ['Ostrołęka', 'pl', 'PL', 'Ostrołęc'],
    ['Łódź', 'pl', 'PL', 'Łodz'],
    ['Kraków', 'pl', 'PL', 'Krakow'],
    ['Sopot', 'pl', 'PL', 'Sopoc'],
    ['Poznań', 'pl', 'PL', 'Poznan'],
    ['Praha', 'cs', 'CZ', 'Praz'],
    ['Liberec', 'cs', 'CZ', 'Liberc'],
    ['Rijeka', 'hr', 'HR', 'Rijec'],
    ['Koper', 'sl', 'SI', 'Kopr'],
    ['Харків', 'uk', 'UA', 'Харков'],
    ['Миколаїв', 'uk', 'UA', 'Миколаєв'],
    ['Тернопіль', 'uk', 'UA', 'Тернопол'],
    ['Прага', 'uk', 'CZ', 'Праз'],
  ];
  for (const [name, lang, cc, stem] of cases)
    it(`${lang}: ${name} → ${stem}`, () => assert.ok(changedStems(name, lang, [cc]).includes(stem)));
  it('a foreign name keeps its vowel (Ukrainian "Берлін" → "у Берліні")', () =>
    assert.deepEqual(changedStems('Берлін', 'uk', ['DE']), []));
  it('an adjective keeps its -ka (Croatian "Hrvatska" → "u Hrvatskoj")', () =>
    assert.deepEqual(changedStems('Hrvatska', 'hr', ['HR']), []));
  it('only a town of Poland loses its -ia (Gdynia → w Gdyni; Serbia\'s "Serba" is a person)', () => {
    assert.ok(changedStems('Gdynia', 'pl', ['PL']).includes('Gdyn'));
    assert.deepEqual(changedStems('Serbia', 'pl', ['RS']), []);
  });
});

describe('a changed stem makes no person a place', () => {
  check([['pl', 'Rozmawiał z Michaelem Jordanem o koszykówce.', []]]);
});
