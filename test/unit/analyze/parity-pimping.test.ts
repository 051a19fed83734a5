import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Composed by us (fictional): a man prostitutes a girl, said with the transitive verb ("prostituting a 15-year-old",
// "prostituer une adolescente", "prostituir a una menor", "faceva prostituire"). The French text had read as not
// relevant (0.19): only the reflexive "se prostituer" and "forced into prostitution" were cues.
const CASES: [lang: string, title: string, text: string][] = [
  ['en', 'Man jailed', 'A man from Cardiff was jailed for prostituting a 15-year-old girl he met online.'],
  [
    'fr',
    'Une adolescente exploitée à Lyon',
    'Un homme a été condamné à huit ans de prison pour avoir prostitué une adolescente à Lyon. La victime, alors âgée de 16 ans, avait été recrutée sur les réseaux sociaux.',
  ],
  [
    'es',
    'Detenido',
    'Detenido en Sevilla un hombre por prostituir a una menor de 16 años a la que captó por internet.',
  ],
  ['it', 'Arrestato', 'Arrestato a Bari un uomo che faceva prostituire una ragazza di 17 anni conosciuta sui social.'],
];

describe('prostituting someone, said with the transitive verb', () => {
  for (const [lang, title, text] of CASES) {
    it(lang, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['sexual']);
      assert.equal(r.minors, true);
      assert.equal(r.victims, 1);
    });
  }
  it('the Italian city is Bari in Italy', async () => {
    assert.deepEqual((await analyze(CASES[3]![1], CASES[3]![2])).countries, ['IT']);
  });
});

describe('sex work without exploitation stays out', () => {
  it('en: women prostituting themselves, a protest', async () => {
    const r = await analyze(
      'Sex workers',
      'Sex workers in Amsterdam protested against plans to move the red-light district, saying women prostituting themselves there need safety.',
    );
    assert.equal(r.relevant, false);
  });
  it('fr: a debate on penalising clients', async () => {
    const r = await analyze(
      'Prostitution débat',
      "Le Parlement débat de la pénalisation des clients de la prostitution; les associations de travailleuses du sexe s'y opposent.",
    );
    assert.equal(r.relevant, false);
  });
});
