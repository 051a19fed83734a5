import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// A survivor's story composed by us (fictional), told in seven languages: "Maria was 16 when a man promised her a
// job…". The age is said with a verb ("tenía 16 años", "avait 16 ans", "war 16, als"): lexicon phrases with the age in
// their middle ("tenía _ años", "was _ when", "a los _ años", "aos _ anos") read it, so she is one victim and a minor.
// Known gaps: Italian "A 15 anni" (also "sentenced to 15 years") and English "She was just 14." are not read.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    "A survivor's story",
    'Maria was 16 when a man she met online promised her a job as a waitress in Madrid. Instead, she was locked in a flat and forced to see up to ten clients a night.',
  ],
  [
    'es',
    'El relato de una superviviente',
    'María tenía 16 años cuando un hombre que conoció por internet le prometió un trabajo de camarera en Madrid. En cambio, la encerraron en un piso y la obligaron a prostituirse.',
  ],
  [
    'fr',
    "Le récit d'une survivante",
    'Marie avait 16 ans quand un homme rencontré en ligne lui a promis un emploi de serveuse à Paris. Elle a été enfermée dans un appartement et contrainte de se prostituer.',
  ],
  [
    'pt',
    'O relato de uma sobrevivente',
    'Maria tinha 16 anos quando um homem que conheceu na internet lhe prometeu um emprego de empregada de mesa em Lisboa. Em vez disso, foi fechada num apartamento e obrigada a prostituir-se.',
  ],
  [
    'it',
    'Il racconto di una sopravvissuta',
    'Maria aveva 16 anni quando un uomo conosciuto online le promise un lavoro da cameriera a Roma. Invece fu rinchiusa in un appartamento e costretta a prostituirsi.',
  ],
  [
    'de',
    'Die Geschichte einer Überlebenden',
    'Maria war 16, als ihr ein Mann, den sie im Internet kennengelernt hatte, einen Job als Kellnerin in Berlin versprach. Stattdessen wurde sie in einer Wohnung eingesperrt und zur Prostitution gezwungen.',
  ],
  [
    'id',
    'Kisah penyintas',
    'Maria berusia 16 tahun ketika seorang pria yang dikenalnya secara daring menjanjikan pekerjaan sebagai pelayan di Jakarta. Ternyata ia dikurung di sebuah apartemen dan dipaksa menjadi pekerja seks.',
  ],
  [
    'es',
    'Superviviente',
    'A los 15 años, Ana fue captada en su pueblo y vendida a un hombre que la obligó a prostituirse en Lima.',
  ],
  [
    'pt',
    'Sobrevivente',
    'Aos 15 anos, Ana foi levada da sua aldeia e vendida a um homem que a obrigou a prostituir-se em São Paulo.',
  ],
];

describe('a survivor whose age is said with a verb', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: one victim, a minor`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 1);
      assert.equal(r.minors, true);
    });
  }
  it('fr: "il y a 16 ans" (16 years ago) is no age', async () => {
    const r = await analyze(
      'Un réseau jugé',
      'Il y a 16 ans, un réseau a contraint des femmes à se prostituer à Lyon; ses chefs ont été condamnés mardi.',
    );
    assert.notEqual(r.minors, true);
  });
});
