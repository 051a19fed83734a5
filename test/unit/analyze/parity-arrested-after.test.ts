import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Composed by us (fictional). "Three people were arrested after 16 men were found…": the arrest before the count had
// made 16 the suspects' and dropped it; a word that opens a new clause ("after", "tras", "après") with a rescue verb of
// its own keeps the count. And a rescue verb at the end of the title ("…found in Wisbech") is no rescue of the body's
// first count ("Three people were arrested"): the title ends a clause.
describe('a count in a clause of its own after an arrest', () => {
  for (const [lang, title, text, n] of [
    [
      'en',
      'Raid in Wisbech',
      'Three people were arrested on suspicion of modern slavery offences after 16 men were found living in ' +
        'overcrowded houses in Wisbech.',
      16,
    ],
    [
      'es',
      'Operación en Lorca',
      'Tres personas fueron detenidas tras ser liberadas 16 mujeres que eran obligadas a prostituirse en Lorca.',
      16,
    ],
    [
      'fr',
      'Opération à Lille',
      'Trois personnes ont été arrêtées pour traite des êtres humains après que 16 femmes ont été libérées dans un appartement de Lille.',
      16,
    ],
  ] as const) {
    it(lang, async () => assert.equal((await analyze(title, text)).victims, n));
  }
  it("the title's rescue does not reach the body's arrest", async () => {
    const r = await analyze(
      'Three arrested as 16 slavery victims found in Wisbech',
      'Three people were arrested after 16 men were found living in overcrowded houses in Wisbech, police investigating modern slavery said.',
    );
    assert.equal(r.victims, 16);
  });
});

// Forced labour told through its means: "controlled the wages", "exploiting Lithuanian workers".
describe('exploiting workers, controlling their wages', () => {
  it('a sentencing for exploiting foreign workers is relevant, labour', async () => {
    const r = await analyze(
      'Trio jailed for exploiting Lithuanian workers',
      'Three people who controlled the wages of Lithuanian men working in Cambridgeshire have been jailed. The court ' +
        'heard they took control of their bank cards and pocketed £90,000 in wages.',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['labour']);
  });
  it('exploiting a software flaw is not', async () => {
    const r = await analyze(
      'Hackers jailed',
      'Two men were jailed for exploiting a flaw in a bank app to steal £90,000 from customers.',
    );
    assert.equal(r.relevant, false);
  });
});
