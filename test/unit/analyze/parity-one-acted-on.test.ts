import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in five languages: a couple keeps one foreign woman
// as a domestic worker for ten years, unpaid, her passport taken. Before, only the English text was relevant (the
// others lacked "without paying her" and "took her passport" in their own words), and none counted one victim: one
// person said in the singular ("a Kenyan woman", "una mujer paraguaya") and acted on by a verb of exploitation in the
// same sentence is one victim.
const DOMESTIC: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Domestic servant',
    'A couple in Riyadh kept a Kenyan woman as a domestic servant for ten years without pay and took her passport, a court heard.',
  ],
  [
    'es',
    'Empleada doméstica',
    'Un matrimonio de Marbella retuvo a una mujer paraguaya como empleada doméstica durante diez años sin pagarle y le quitó el pasaporte, según la sentencia.',
  ],
  [
    'fr',
    'Domestique',
    'Un couple de Nice a exploité une femme marocaine comme domestique pendant dix ans sans la payer et lui a confisqué son passeport, a jugé le tribunal.',
  ],
  [
    'it',
    'Domestica',
    'Una coppia di Milano ha sfruttato una donna filippina come domestica per dieci anni senza pagarla e le ha sequestrato il passaporto, ha stabilito il tribunale.',
  ],
  [
    'pt',
    'Doméstica',
    'Um casal de Lisboa explorou uma mulher angolana como empregada doméstica durante dez anos sem lhe pagar e ficou com o seu passaporte, decidiu o tribunal.',
  ],
];

describe('one person kept in domestic servitude, in five languages', () => {
  for (const [lang, title, text] of DOMESTIC) {
    it(lang, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['domestic_servitude']);
      assert.equal(r.victims, 1);
    });
  }
});

describe('"the victim" in the singular is one person', () => {
  for (const [lang, title, text] of [
    [
      'pt',
      'Família condenada',
      'A Justiça Federal condenou um casal por manter uma empregada doméstica em condição análoga à de escravo durante 30 anos. A vítima foi levada do interior da Bahia para a casa da família.',
    ],
    [
      'es',
      'Condenado un matrimonio',
      'La Audiencia condenó a un matrimonio por explotar a una empleada doméstica durante diez años sin sueldo. La víctima no podía salir de la casa.',
    ],
  ] as const) {
    it(lang, async () => assert.equal((await analyze(title, text)).victims, 1));
  }
});

describe('one person acted on, and the near misses', () => {
  it('"a girl trafficked from Nepal" is one victim', async () => {
    const r = await analyze(
      'Girl trafficked',
      'A girl trafficked from Nepal to Delhi was forced to work in a brothel, police said.',
    );
    assert.equal(r.victims, 1);
  });
  it('a woman arrested is a suspect, not a victim', async () => {
    const r = await analyze(
      'Arrest',
      'A woman was arrested in Leeds on suspicion of human trafficking offences, police said.',
    );
    assert.equal(r.victims, null);
  });
  it('Spanish "a" before a plural noun is a preposition, not an article', async () => {
    const r = await analyze(
      'Obligadas a prostituirse',
      'La policía detuvo a tres hombres que obligaban a mujeres paraguayas a prostituirse en un piso para pagar una deuda.',
    );
    assert.equal(r.victims, null);
  });
  it('a woman who trafficked girls is the trafficker', async () => {
    const r = await analyze(
      'Arrest',
      'Police in Kano arrested a woman who trafficked girls to Lagos to work as maids.',
    );
    assert.equal(r.victims, null);
  });
  it('a woman trafficking girls is the trafficker', async () => {
    const r = await analyze('Arrest', 'A woman trafficked girls from Kano to Lagos for years, the court heard.');
    assert.equal(r.victims, null);
  });
});
