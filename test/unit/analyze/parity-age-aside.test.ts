import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Cases composed by us (fictional; no third-party text): an age said between commas right after a word for the victim
// ("the girl, 14, was rescued", "her niece, then 12, ..."), as after a name ("Amina Bello, 14,"), is the victim's age
// and not a count of victims; after a suspect ("A man, 45, was arrested") it is the suspect's and says nothing.
describe('an age between commas after the person', () => {
  it('en: the girl, 14, is one minor, not fourteen victims', async () => {
    const r = await analyze(
      'Girl rescued',
      'The girl, 14, was rescued by police in Leeds from a man who had forced her into prostitution.',
    );
    assert.equal(r.minors, true);
    assert.notEqual(r.victims, 14);
  });
  it('en: her niece, then 12, is a minor', async () => {
    const r = await analyze(
      'Woman sentenced',
      'A woman who forced her niece, then 12, to work as a maid without pay for six years was sentenced to four years in prison in Birmingham.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.minors, true);
  });
  it('pt: a sobrinha, então com 12 anos, is a minor', async () => {
    const r = await analyze(
      'Menina resgatada',
      'A sobrinha, então com 12 anos, foi obrigada a trabalhar como empregada doméstica sem salário em Lisboa.',
    );
    assert.equal(r.minors, true);
  });
  it('en: two ages joined by "and" between the commas are two minors, not 16 victims', async () => {
    const r = await analyze(
      'Girls rescued',
      'Police rescued two girls, 14 and 16, from a house in Lagos where traffickers forced them into prostitution.',
    );
    assert.equal(r.minors, true);
    assert.equal(r.victims, 2);
    const adults = await analyze(
      'Women rescued',
      'Police rescued two women, 24 and 26, from a house in Lagos where traffickers forced them into prostitution.',
    );
    assert.equal(adults.minors, false);
  });
  it("en: a suspect's age says nothing of the victims", async () => {
    const r = await analyze(
      'Man arrested',
      'A man, 45, was arrested in Leeds on suspicion of trafficking two women for sexual exploitation.',
    );
    assert.equal(r.victims, 2);
    assert.equal(r.minors, false);
  });
});
