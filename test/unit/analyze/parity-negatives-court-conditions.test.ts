import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Hard negatives composed by us (fictional) for this round's cues: court words with other crimes (drugs, fraud,
// robbery), squalid conditions and locked rooms without work or sex (a landlord, a puppy farm), and a trafficking
// headline that appears only in a "Read more:" line of a drug story.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'es',
    'Condenado por narcotráfico',
    'La Audiencia Provincial condenó a seis años de prisión a un hombre por tráfico de drogas tras hallar 40 kilos de cocaína en su vivienda de Algeciras.',
  ],
  [
    'en',
    'Landlord fined',
    'A landlord was fined after tenants were found living in squalid conditions in a locked basement flat in Leeds, with mould and no heating.',
  ],
  [
    'en',
    'Dogs rescued',
    'Inspectors rescued 30 dogs kept in squalid conditions and locked in cages at a puppy farm in Wales.',
  ],
  [
    'fr',
    'Condamné pour escroquerie',
    'Le tribunal correctionnel a condamné le prévenu à deux ans de prison pour une escroquerie aux faux placements qui a fait 40 victimes.',
  ],
  [
    'de',
    'Urteil wegen Betrugs',
    'Das Landgericht verurteilte den Angeklagten wegen Betrugs zu drei Jahren Haft; er hatte 20 Senioren um ihre Ersparnisse gebracht.',
  ],
  [
    'en',
    'Read more',
    'Police seized 20 kg of cocaine in Leeds on Tuesday.\nRead more: Police rescue 12 women from trafficking ring\nTwo men were charged with drug offences.',
  ],
  [
    'it',
    'Condannato per rapina',
    "Il tribunale ha condannato l'imputato a cinque anni per una rapina in una gioielleria di Milano.",
  ],
];

describe('court words, squalid conditions and related lines alone are no trafficking', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, false);
    });
  }
});
