import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Sentences written for these tests; no third-party text.
describe('forms of exploitation', () => {
  const cases: [string, string, string[]][] = [
    ['Women forced into prostitution', 'Traffickers forced the women into prostitution in a brothel.', ['sexual']],
    [
      'Men forced to work on farms',
      'Traffickers forced the men to work on farms without pay under debt bondage.',
      ['labour'],
    ],
    [
      'Maids held in servitude',
      'The trafficked housemaids were kept in domestic servitude by their employers.',
      ['domestic_servitude'],
    ],
    [
      'Nanny kept as a servant',
      'The couple kept the nanny in domestic servitude for years and forced her to work.',
      ['domestic_servitude'],
    ],
    [
      'Maid and farm hands exploited',
      'The family held a maid in domestic servitude and forced twelve men to work on its farm without pay under debt bondage, in forced labour.',
      ['labour', 'domestic_servitude'],
    ],
    [
      'Couple jailed for forced labor of their housekeeper',
      'The couple held their housekeeper in forced labor: she was made to work 16 hours a day, seven days a week, with unpaid wages, to cook and clean in their home.',
      ['domestic_servitude'],
    ],
    [
      'Workshop owners charged',
      'Prosecutors charged the owners of a sewing workshop with human trafficking after a worker exploitation inquiry found staff kept in poor labor conditions.',
      ['labour'],
    ],
    [
      'Scam compound raided',
      'Trafficking victims were forced to scam strangers from a scam compound.',
      ['forced_criminality'],
    ],
    [
      'Children forced to beg',
      'Trafficked children were forced to beg on the streets by a begging racket.',
      ['forced_begging'],
    ],
    ['Girls sold as brides', 'Trafficked girls were sold as wives and forced to marry older men.', ['forced_marriage']],
    [
      'Kidney racket busted',
      'Police busted an organ trafficking racket that sold kidneys of trafficked donors.',
      ['organ_removal'],
    ],
    [
      'Baby factory raided',
      'Police raided a baby factory where trafficked women were forced to sell newborns.',
      ['illegal_adoption'],
    ],
    ['Child soldiers freed', 'The armed group released child soldiers it had recruited by force.', ['child_soldiers']],
    [
      'Trafficking victims identified',
      'Police identified three victims of human trafficking at the airport.',
      ['unspecified'],
    ],
  ];
  for (const [title, text, want] of cases) {
    it(`reads "${title}" as ${want.join(', ')}`, async () => {
      const a = await analyze(title, text);
      assert.equal(a.relevant, true);
      assert.deepEqual(a.types, want, JSON.stringify(a.evidence));
    });
  }

  it('names several forms when several are present', async () => {
    const a = await analyze(
      'Gang convicted of sex trafficking and forced labour',
      'The gang forced women into prostitution in brothels and forced men to work on construction sites without pay, under debt bondage.',
    );
    assert.deepEqual([...a.types].sort(), ['labour', 'sexual']);
  });
});
