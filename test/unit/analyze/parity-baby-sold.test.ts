import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional), in five languages: a nurse arrested for selling a newborn to a childless couple.
// One baby sold with an indefinite article ("selling a newborn baby", "vendu un nouveau-né") is one victim; and "a
// couple without children" counts nobody (word role `without`: "sans", "sin", "senza", "ohne", "tanpa" ...).
const CASES: [lang: string, title: string, text: string][] = [
  ['en', 'Baby sold', 'A nurse was arrested for selling a newborn baby to a childless couple for 5,000 dollars.'],
  [
    'es',
    'Venta de un bebé',
    'Detenida una enfermera por vender a un recién nacido a una pareja sin hijos por 5.000 dólares.',
  ],
  [
    'fr',
    "Vente d'un bébé",
    'Une infirmière a été arrêtée pour avoir vendu un nouveau-né à un couple sans enfants pour 5 000 dollars.',
  ],
  [
    'it',
    'Vendita di un neonato',
    "Arrestata un'infermiera per aver venduto un neonato a una coppia senza figli per 5.000 dollari.",
  ],
  [
    'id',
    'Jual bayi',
    'Seorang perawat ditangkap karena menjual bayi kepada pasangan tanpa anak seharga 50 juta rupiah.',
  ],
];

describe('one baby sold to a childless couple', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, one victim`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 1);
    });
  }
});
