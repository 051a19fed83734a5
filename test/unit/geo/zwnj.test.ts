import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanCues } from '../../../src/analyze/cues/scan.ts';
import { compileLexicon, lexiconCues } from '../../../src/analyze/lexicon.ts';
import { joinedForm, wordsOf, ZWNJ } from '../../../src/lib/text/words.ts';
import { where } from './helpers.ts';

// Persian writes a zero-width non-joiner (U+200C) inside words ("می‌شود", "افغانستانی‌ها"); writers also put a space
// there or write the parts joined. The rule: the joiner parts words, as a space does; data written with it matches all
// three spellings (its joined form is added); data written with a space matches the joiner and the space. Sentences
// composed by us.
const spellings = (parts: string[]) => [parts.join(ZWNJ), parts.join(' '), parts.join('')];

describe('the Persian non-joiner', () => {
  it('parts words, as a space does', () => {
    assert.deepEqual(wordsOf(`کارگران ${['می', 'شدند'].join(ZWNJ)}`), ['کارگران', 'می', 'شدند']);
    assert.equal(joinedForm(['تن', 'فروشی'].join(ZWNJ)), 'تنفروشی');
    assert.equal(joinedForm('تن فروشی'), undefined);
  });

  it('finds a nationality word written with it, with a space or joined, as one word', () => {
    for (const word of [...spellings(['افغانستانی', 'ها']), ...spellings(['ترکیه', 'ای'])]) {
      const text = `پلیس دختران ${word} را در مرز نجات داد.`;
      const r = where(text, 'fa');
      const spans = r.nationals.map(([a, b]) => text.slice(a, b));
      assert.deepEqual(spans, [word], word);
      assert.deepEqual(r.countries.length, 1, word);
    }
  });

  it('does not read the country inside a nationality word written with it', () => {
    const text = `دختران ${['ترکیه', 'ای'].join(ZWNJ)} در تهران نگهداری می‌شدند.`;
    assert.ok(!where(text, 'fa').places.some((p) => p.name === 'Türkiye'));
  });

  it('matches a lexicon phrase written with it in all three spellings', () => {
    const fa = compileLexicon({
      language: 'fa',
      fold: true,
      cues: { act: [`${['تن', 'فروشی'].join(ZWNJ)} @2`] },
      numbers: {},
    });
    assert.deepEqual(
      lexiconCues({ language: 'fa', fold: true, cues: { act: [`${['تن', 'فروشی'].join(ZWNJ)} @2`] }, numbers: {} }).map(
        (c) => [c.phrase.split(ZWNJ).join('+'), c.weight],
      ),
      [
        ['تن+فروشی', 2],
        ['تنفروشی', 2],
      ],
    );
    for (const word of spellings(['تن', 'فروشی'])) {
      const hits = scanCues(`زنان به ${word} وادار شدند`, 0, [fa]).byCat.get('act') ?? [];
      assert.equal(hits.length, 1, word);
    }
  });

  it('matches a lexicon phrase written with a space where the text writes the joiner', () => {
    const fa = compileLexicon({ language: 'fa', fold: true, cues: { act: ['تن فروشی'] }, numbers: {} });
    const hits = scanCues(`زنان به ${['تن', 'فروشی'].join(ZWNJ)} وادار شدند`, 0, [fa]).byCat.get('act') ?? [];
    assert.equal(hits.length, 1);
  });
});
