import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One story composed by us (fictional; no third-party text), told in eight languages: a domestic worker, named with a
// pseudonym the outlet marks as such, worked years without pay with her passport kept. The pseudonym marker ("not her
// real name", "nombre ficticio", "Name geändert") tells one person's case: one victim when no count is given.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Maid worked nine years without pay',
    'Domestic worker Rina (not her real name) worked for her employer for nine years without pay. Her passport was kept and she was not allowed to leave the house.',
  ],
  [
    'es',
    'Nueve años sin sueldo',
    'Rina (nombre ficticio), empleada doméstica, trabajó nueve años sin sueldo para su empleador. Le habían retenido el pasaporte y no le permitían salir de la casa.',
  ],
  [
    'fr',
    'Neuf ans sans salaire',
    'Rina (prénom modifié), employée de maison, a travaillé neuf ans sans salaire pour son employeur. Son passeport lui avait été confisqué et elle ne pouvait pas sortir.',
  ],
  [
    'de',
    'Neun Jahre ohne Lohn',
    'Rina (Name geändert) arbeitete neun Jahre ohne Lohn als Haushaltshilfe für ihren Arbeitgeber. Ihr Pass wurde ihr abgenommen, und sie war im Haus eingesperrt.',
  ],
  [
    'it',
    'Nove anni senza paga',
    'Rina (nome di fantasia), collaboratrice domestica, ha lavorato nove anni senza paga per il suo datore di lavoro. Le avevano sequestrato il passaporto e non poteva uscire di casa.',
  ],
  [
    'pt',
    'Nove anos sem salário',
    'Rina (nome fictício), empregada doméstica, trabalhou nove anos sem salário para o patrão. O passaporte estava retido e ela não podia sair de casa.',
  ],
  [
    'nl',
    'Negen jaar zonder loon',
    'Rina (niet haar echte naam) werkte negen jaar zonder loon als huishoudster voor haar werkgever. Haar paspoort was afgenomen en ze mocht niet naar buiten.',
  ],
  [
    'id',
    'Sembilan tahun tidak digaji',
    'Rina (bukan nama sebenarnya), pekerja rumah tangga, bekerja sembilan tahun tanpa gaji untuk majikannya. Paspornya ditahan dan ia dikurung di rumah.',
  ],
];

describe('a domestic worker named with a pseudonym, told in eight languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, one victim`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 1);
    });
  }
});
