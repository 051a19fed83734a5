import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in several languages: the police free 31 women,
// 'among them five girls' (named as children). Children named as part of the group ('among them', 'darunter',
// 'w tym', a count between) settle the minors question, as 'three of them were minors' does; before, the adult word
// for the whole group outweighed them. English 'girls', Spanish 'chicas', French 'filles' and Italian 'ragazze' also
// name young women and are left to the weighing (a known gap).
const AMONG: [lang: string, title: string, text: string][] = [
  [
    'de',
    '31 Frauen befreit',
    'Die Polizei befreite 31 Frauen, darunter fünf Mädchen, aus Bordellen in Köln, wo sie zur Prostitution gezwungen wurden.',
  ],
  [
    'pt',
    '31 mulheres resgatadas',
    'A polícia resgatou 31 mulheres, entre elas cinco meninas, de bordéis em Braga onde eram obrigadas a prostituir-se.',
  ],
  [
    'nl',
    '31 vrouwen bevrijd',
    'De politie bevrijdde 31 vrouwen, onder wie vijf meisjes, uit bordelen in Utrecht waar ze tot prostitutie werden gedwongen.',
  ],
  [
    'pl',
    'Uwolniono 31 kobiet',
    'Policja uwolniła 31 kobiet, w tym pięć dziewczynek, z domów publicznych w Krakowie, gdzie były zmuszane do prostytucji.',
  ],
  [
    'ro',
    '31 de femei eliberate',
    'Poliția a eliberat 31 de femei, printre care cinci fete minore, din bordeluri din Cluj unde erau obligate să se prostitueze.',
  ],
  [
    'id',
    '31 perempuan diselamatkan',
    'Polisi menyelamatkan 31 perempuan, di antaranya lima anak perempuan, dari rumah bordil di Batam tempat mereka dipaksa menjadi pekerja seks.',
  ],
  [
    'ru',
    'Освобождены 31 женщина',
    'Полиция освободила 31 женщину, среди них пять девочек, из борделей в Казани, где их принуждали к проституции.',
  ],
  [
    'en',
    'Workers freed',
    'Inspectors freed 31 workers, including five children, from a brick kiln in Punjab where they were held in debt bondage.',
  ],
  [
    'en',
    'Workers rescued from farm',
    'Labour inspectors rescued 31 workers, among them five teenagers, from a farm in Norfolk where they had been held in debt bondage.',
  ],
];

describe('children named among a group of victims', () => {
  for (const [lang, title, text] of AMONG) {
    it(`${lang}: minors among the victims, the whole group counted`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 31);
      assert.equal(r.minors, true);
    });
  }
  it('en: "including" before an offence names no children', async () => {
    const r = await analyze(
      'Two men charged',
      'Police in Leeds freed seven women from a brothel. Two men were charged with offences including the exploitation of prostitution.',
    );
    assert.equal(r.minors, false);
  });
});

// Forced labour told through its means: 'forced into labour' is the offence itself, and squalid or degrading living
// conditions are a sign of control beside unpaid work (two signs make the case).
describe('forced labour told through its means', () => {
  it('en: people forced into labour', async () => {
    const r = await analyze(
      'Operation frees 12',
      'The operation in Manchester freed 12 people forced into labour: nine women and three minors. Four suspects were arrested.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 12);
    assert.equal(r.minors, true);
    assert.ok(r.types.includes('labour'));
  });
  it('en: squalid conditions and work without pay', async () => {
    const r = await analyze(
      'Two arrested',
      'Two men have been arrested after police found eleven people, including a boy aged 14, living in squalid conditions and working without pay at a car wash in Derby.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 11);
  });
});

// Someone's own children ("her own children", "their two sons") are family, not victims, unless sold or freed (a
// known gap: "a woman who sold her two daughters" still reads the suspect's adult word louder than the daughters).
describe("a victim's or a suspect's own children", () => {
  it('en: threatened to take her children away is no child victim', async () => {
    const r = await analyze(
      'Family indicted',
      'A grand jury indicted three family members who held a woman captive for 12 years and forced her to work in their home without pay. They confiscated her documents and threatened to take her children away from her.',
    );
    assert.equal(r.relevant, true);
    assert.notEqual(r.minors, true);
  });
});
