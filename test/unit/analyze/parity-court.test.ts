import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Court summaries and prosecutors' releases, composed by us (fictional), in the plain style of case law: no word for
// trafficking, the exploitation told through what was done ("made to provide sexual services", "induced … into
// prostitution and lived off her earnings"), the victim called "the complainant".
describe('exploitation told in the words of a court', () => {
  it('women lured with jobs, their documents taken, made to provide sexual services', async () => {
    const r = await analyze(
      'Case summary',
      'The accused lured three women from Moldova with promises of waitressing jobs in Cyprus. On arrival their documents were taken and they were made to provide sexual services to clients in a bar. The court convicted him in 2019.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 3);
    assert.deepEqual(r.types, ['sexual']);
  });
  it('the complainant, then 16, induced into prostitution', async () => {
    const r = await analyze(
      'Court ruling',
      'The trial court found that the appellant had induced the complainant, then 16, into prostitution and lived off her earnings. The appeal was dismissed.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.minors, true);
  });
  it('the victim, a 15-year-old girl, is one victim', async () => {
    const r = await analyze(
      'Case summary',
      'The victim, a 15-year-old girl, was recruited by the accused, who promised her work as a housemaid in the city. Instead she was sold to a brothel owner for 20,000 rupees.',
    );
    assert.equal(r.victims, 1);
    assert.equal(r.minors, true);
  });
  it('a married couple who employed a woman are not two victims', async () => {
    const r = await analyze(
      'Case summary',
      'Between 2015 and 2018 the defendants, a married couple, employed a woman from the Philippines as a live-in housekeeper. She worked 18 hours a day, seven days a week, was not paid and was not allowed to leave the house. They were convicted of forced labour.',
    );
    assert.equal(r.relevant, true);
    assert.notEqual(r.victims, 2);
    assert.ok(r.types.includes('domestic_servitude'));
  });
  it('"a couple of women" still counts two', async () => {
    const r = await analyze(
      'Women freed',
      'Police freed a couple of women from a brothel in Leeds where they were forced into prostitution.',
    );
    assert.equal(r.victims, 2);
  });
});
