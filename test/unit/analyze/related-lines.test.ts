import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadRelatedMasker } from '../../../src/analyze/language/related-lines.ts';
import { analyze } from './helpers.ts';

// Texts composed by us (fictional). A "Read also: <headline>" line between paragraphs is another story's headline.
describe('related-story lines', () => {
  const mask = loadRelatedMasker();

  it('blanks the line in several languages, keeping the length and the other lines', () => {
    for (const marker of [
      'Read also:',
      'Lea también:',
      'Baca juga:',
      'LEIA TAMBÉM:',
      'À lire aussi :',
      'Читайте также:',
    ]) {
      const text = `First paragraph.\n${marker} Police free 40 women in Colombia\nLast paragraph.`;
      const out = mask(text);
      assert.equal(out.length, text.length);
      assert.ok(out.startsWith('First paragraph.\n'));
      assert.ok(out.endsWith('\nLast paragraph.'));
      assert.ok(!out.includes('Colombia'), marker);
    }
  });

  it('leaves a marker word inside a sentence, and a long paragraph, alone', () => {
    const prose = 'Officers read also the messages: they named Colombia.';
    assert.equal(mask(prose), prose);
    const long = `Related: ${'the inquiry went on for months and named many people '.repeat(6)}`;
    assert.equal(mask(long), long);
  });

  it("keeps another story's country and count out of the case", async () => {
    const r = await analyze(
      'Police free 32 women in Peru',
      'Police in Peru rescued 32 women who had been forced into prostitution in a mining camp.\nAlso read: Police rescue three Colombian women from a trafficking ring\nNine suspects were arrested.',
    );
    assert.equal(r.victims, 32);
    assert.deepEqual(r.countries, ['PE']);
  });
});

// "fronteriza con Bolivia y Brasil", "bordering on Laos": neighbours named in passing, like "neighbouring".
describe('neighbours linked by a preposition', () => {
  it('es: a region bordering two countries', async () => {
    const r = await analyze(
      'Rescatan a 32 mujeres en Perú',
      'La Policía rescató a 32 mujeres víctimas de trata con fines de explotación sexual en bares de Madre de Dios, región fronteriza con Bolivia y Brasil.',
    );
    assert.deepEqual(r.countries, ['PE']);
  });
});
