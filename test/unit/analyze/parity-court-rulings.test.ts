import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Court rulings composed by us (fictional), in five languages: a court convicts someone who recruited a girl of 16 or
// 17 and forced her into prostitution ("obligarla a ejercer la prostitución", "zur Prostitution gezwungen"), and a
// couple who kept a domestic worker without pay, rest days or leave to go out. Court words ("condenó", "Audiencia
// Provincial", "tribunal correctionnel", "Landgericht") tell a case; Spanish clitic infinitives ("obligarla") compel.
// "la víctima, de 17 años": an article that is only singular (word role `singular`) makes the victim one person.
const SEXUAL: [lang: string, title: string, text: string][] = [
  [
    'es',
    'Sentencia',
    'La Audiencia Provincial condenó al acusado a seis años de prisión por captar a la víctima, de 17 años, con la promesa de un empleo y obligarla a ejercer la prostitución en un club de carretera.',
  ],
  [
    'fr',
    'Jugement',
    "Le tribunal correctionnel a condamné le prévenu à cinq ans de prison pour avoir recruté la victime, alors âgée de 16 ans, et l'avoir contrainte à se prostituer dans des appartements.",
  ],
  [
    'it',
    'Sentenza',
    "Il tribunale ha condannato l'imputato a otto anni per aver reclutato la vittima, di 17 anni, con la promessa di un lavoro e averla costretta a prostituirsi in strada.",
  ],
  [
    'de',
    'Urteil',
    'Das Landgericht verurteilte den Angeklagten zu vier Jahren Haft, weil er die damals 17-jährige Geschädigte mit einem Jobversprechen angeworben und zur Prostitution gezwungen hatte.',
  ],
  [
    'pt',
    'Acórdão',
    'O tribunal condenou o arguido a sete anos de prisão por ter aliciado a vítima, de 16 anos, com a promessa de um emprego e a ter obrigado a prostituir-se num bar.',
  ],
];

const DOMESTIC: [lang: string, title: string, text: string][] = [
  [
    'es',
    'Sentencia',
    'El juzgado condenó a un matrimonio por tener a una empleada doméstica trabajando 16 horas al día sin sueldo, sin días libres y sin poder salir de la vivienda durante cuatro años.',
  ],
  [
    'fr',
    'Jugement',
    'Un couple a été condamné pour avoir fait travailler une employée de maison seize heures par jour, sans salaire ni jour de repos, en lui confisquant son passeport.',
  ],
];

describe('a court convicts the recruiter of a girl forced into prostitution', () => {
  for (const [lang, title, text] of SEXUAL) {
    it(`${lang}: relevant, sexual exploitation of a minor`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.minors, true);
      assert.deepEqual(r.types, ['sexual']);
    });
  }
});

describe('the victim, with a singular article and an age, is one person', () => {
  it('es: la víctima, de 17 años', async () => {
    const r = await analyze(SEXUAL[0]![1], SEXUAL[0]![2]);
    assert.equal(r.victims, 1);
  });
});

describe('a court convicts a couple who kept a domestic worker', () => {
  for (const [lang, title, text] of DOMESTIC) {
    it(`${lang}: relevant, domestic servitude`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.ok(r.types.includes('domestic_servitude'), JSON.stringify(r.types));
    });
  }
});
