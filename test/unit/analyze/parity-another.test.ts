import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Composed by us (fictional): a count told in two parts, the second said with "another" ("20 workers from one farm and
// 15 from another"). The parts add up; a second number that counts suspects does not join.
const CASES: [lang: string, title: string, text: string, victims: number][] = [
  [
    'en',
    'Workers freed near Foggia',
    'Police freed 20 workers from one farm and 15 from another near Foggia, where they were forced to work without pay. Two farmers were arrested.',
    35,
  ],
  [
    'es',
    'Liberados jornaleros en Almería',
    'La policía liberó a 20 trabajadores en una finca y a 15 en otra cerca de Almería, obligados a trabajar sin sueldo. Dos agricultores fueron detenidos.',
    35,
  ],
  [
    'it',
    'Liberati braccianti a Foggia',
    "I carabinieri hanno liberato 20 braccianti in un'azienda e altri 15 in una seconda azienda vicino a Foggia, costretti a lavorare senza paga.",
    35,
  ],
  [
    'en',
    'Women rescued in two raids',
    'Police rescued 12 women in a raid on a brothel in Leeds and another 7 in a second raid in Bradford. Four men were arrested.',
    19,
  ],
  [
    'en',
    'Women rescued in Leeds',
    'Police rescued 12 women in a raid on a brothel in Leeds and arrested 4 suspects in another raid in Bradford.',
    12,
  ],
];

describe('a count told in two parts with "another"', () => {
  for (const [lang, title, text, victims] of CASES)
    it(`${lang}: ${victims} victims`, async () => {
      assert.equal((await analyze(title, text)).victims, victims);
    });
});
