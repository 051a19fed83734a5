import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Sentences written for this test: the victims' country is told only by a nationality noun.

describe('demonyms in Arabic and Swahili', () => {
  it('places the victims by a nationality noun, one sentence per language', () => {
    const cases: [lang: string, text: string, want: string][] = [
      ['ar', 'حررت الشرطة اثنتي عشرة عاملة من الإثيوبيات كن محتجزات في شقة دون أجر.', 'ET'],
      ['sw', 'Polisi waliwaokoa Wanyarwanda tisa waliokuwa wakifanyishwa kazi bila malipo.', 'RW'],
    ];
    for (const [lang, text, want] of cases) assert.deepEqual(countries(text, lang), [want], `${lang}: ${text}`);
  });

  it('reads a broken plural and a second country in one sentence', () => {
    assert.deepEqual(countries('كان بين الضحايا خمسة هنود وثلاثة نيباليين.', 'ar'), ['IN', 'NP']);
    assert.deepEqual(countries('Waathiriwa walikuwa Warundi wanne na Mkongomani mmoja.', 'sw'), ['BI', 'CD']);
  });
});
