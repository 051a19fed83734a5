import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in eight languages: twelve people are charged with
// sexually exploiting forty women from Romania. The victims are the forty; the twelve are the accused ("Doce acusados"
// in a title is a count of suspects; "seksueel zouden hebben uitgebuit" splits the Dutch phrase).
// Polish is left out on purpose: "wykorzystywanie seksualne" also names child sexual abuse, so it is no sign alone.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Twelve charged',
    'Twelve people were charged with trafficking forty women from Romania for sexual exploitation, prosecutors said.',
  ],
  [
    'es',
    'Doce acusados',
    'Doce personas fueron acusadas de traficar con cuarenta mujeres procedentes de Rumanía para su explotación sexual, informó la fiscalía.',
  ],
  [
    'fr',
    'Douze personnes mises en examen',
    'Douze personnes ont été mises en examen pour avoir exploité sexuellement quarante femmes venues de Roumanie, a indiqué le parquet.',
  ],
  [
    'it',
    'Dodici indagati',
    'Dodici persone sono state accusate di aver sfruttato sessualmente quaranta donne provenienti dalla Romania, ha reso noto la procura.',
  ],
  [
    'de',
    'Zwölf Angeklagte',
    'Zwölf Personen wurden angeklagt, vierzig Frauen aus Rumänien sexuell ausgebeutet zu haben, teilte die Staatsanwaltschaft mit.',
  ],
  [
    'pt',
    'Doze acusados',
    'Doze pessoas foram acusadas de explorar sexualmente quarenta mulheres vindas da Roménia, informou o Ministério Público.',
  ],
  [
    'ro',
    'Doisprezece inculpați',
    'Doisprezece persoane au fost trimise în judecată pentru că au exploatat sexual patruzeci de femei din România, au anunțat procurorii.',
  ],
  [
    'nl',
    'Twaalf verdachten',
    'Twaalf mensen zijn aangeklaagd omdat ze veertig vrouwen uit Roemenië seksueel zouden hebben uitgebuit, meldt het OM.',
  ],
];

describe('twelve charged with exploiting forty women, told in eight languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, forty victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 40);
    });
  }
});
