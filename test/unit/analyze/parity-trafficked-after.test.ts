import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Composed by us (fictional): the victims named before "trafficked" ("14 Lao women trafficked to a karaoke bar",
// "girls trafficked into India") tell trafficking as "trafficked women" does; drugs "trafficked to" do not.
describe('a victim noun before "trafficked"', () => {
  it('"rescued 14 Lao women trafficked to a karaoke bar" is relevant, with its count', async () => {
    const r = await analyze(
      'Police rescue Lao women',
      'Thai police rescued 14 Lao women trafficked to a karaoke bar in Chiang Mai.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 14);
  });
  it('"girls trafficked into India" is relevant', async () => {
    const r = await analyze(
      'Girls rescued at the border',
      'Border guards rescued six Nepali girls trafficked into India for work in brothels.',
    );
    assert.equal(r.relevant, true);
  });
  it('heroin "trafficked to Europe" is not', async () => {
    const r = await analyze(
      'Heroin seized',
      'Customs officers seized 40 kg of heroin trafficked to Europe through the port.',
    );
    assert.equal(r.relevant, false);
  });
});
