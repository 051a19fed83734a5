import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// A survivor quoted in an interview, composed by us (fictional), in five languages: "They took our passports and told
// us we owed them 5,000 dollars… we had to stand on the street every night", said one of 11 women freed. Two signs of
// control said in the first person plural ("took our passports", "les debíamos", "leur devions") and street work
// ("hacer la calle", "faire le trottoir", "auf den Strich") describe the exploitation without naming it.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Interview',
    '"They took our passports and told us we owed them 5,000 dollars," said Joy, one of 11 Nigerian women freed from a house in Palermo last week. "We had to stand on the street every night."',
  ],
  [
    'es',
    'Entrevista',
    '"Nos quitaron los pasaportes y nos dijeron que les debíamos 5.000 dólares. Teníamos que hacer la calle", cuenta Joy, una de las 11 mujeres nigerianas liberadas la semana pasada de una casa en Murcia.',
  ],
  [
    'fr',
    'Témoignage',
    "« Ils ont pris nos passeports et nous ont dit que nous leur devions 5 000 dollars. Il fallait faire le trottoir », raconte Joy, l'une des 11 Nigérianes libérées la semaine dernière d'une maison à Marseille.",
  ],
  [
    'it',
    'Testimonianza',
    '«Ci hanno tolto i passaporti e ci hanno detto che dovevamo loro 5.000 dollari. Dovevamo stare sul marciapiede», racconta Joy, una delle 11 nigeriane liberate la settimana scorsa da una casa a Palermo.',
  ],
  [
    'de',
    'Interview',
    '„Sie nahmen uns die Pässe ab und sagten, wir schuldeten ihnen 5.000 Dollar. Wir mussten auf den Strich gehen“, sagt Joy, eine von elf Nigerianerinnen, die vergangene Woche aus einem Haus in Hamburg befreit wurden.',
  ],
];

// Near misses: a pavement in an accident, streets walked in a protest about rents owed.
const NEGATIVES: [lang: string, title: string, text: string][] = [
  [
    'fr',
    'Accident',
    "Un piéton a été renversé sur le trottoir à Lyon; le conducteur, contraint de s'arrêter, a été interpellé.",
  ],
  [
    'en',
    'Protest',
    'Thousands walk the streets of London to protest against rising rents; organisers said tenants owed landlords millions.',
  ],
];

describe('a survivor quoted: passports taken, a debt, street work', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, 11 victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 11);
    });
  }
  for (const [lang, title, text] of NEGATIVES) {
    it(`${lang}: ${title} is no trafficking`, async () => {
      assert.equal((await analyze(title, text)).relevant, false);
    });
  }
});
