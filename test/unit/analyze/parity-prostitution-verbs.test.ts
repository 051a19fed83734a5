import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Cases composed by us (fictional): women forced to prostitute themselves, said with the language's reflexive verb
// ("contraintes de se prostituer", "costrette a prostituirsi", "obligadas a prostituirse"), name sexual exploitation.
const CASES: [lang: string, title: string, text: string][] = [
  ['fr', 'Neuf femmes libérées', 'La police a libéré à Lyon neuf femmes contraintes de se prostituer par un réseau.'],
  [
    'fr',
    'Un réseau démantelé',
    'Les enquêteurs ont arrêté trois hommes qui obligeaient des jeunes femmes à se prostituer.',
  ],
  ['it', 'Liberate nove donne', 'La polizia ha liberato a Torino nove donne costrette a prostituirsi da una banda.'],
  [
    'es',
    'Liberan a nueve mujeres',
    'La policía liberó en Sevilla a nueve mujeres obligadas a prostituirse por una red.',
  ],
];

describe('forced to prostitute themselves, said with a reflexive verb', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.ok(r.types.includes('sexual'), JSON.stringify(r.types));
    });
  }
});
