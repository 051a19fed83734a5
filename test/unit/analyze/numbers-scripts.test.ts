import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asciiForms } from '../../../src/lib/text/forms.ts';
import { analyze } from './helpers.ts';

// Numbers and punctuation of Chinese, Japanese, Bengali, Hindi and Arabic texts (fictional sentences).

describe('full-width forms', () => {
  it('are read as ASCII at the same offsets; full-width stops stay', () => {
    const text = '女子高校生（１６）、「ＮＰＯ」，女性１２人！';
    const read = asciiForms(text);
    assert.equal(read, '女子高校生(16),“NPO”,女性12人！');
    assert.equal(read.length, text.length);
    assert.equal(asciiForms('plain text'), 'plain text');
  });

  it('reads an age in full-width brackets after a person as an age, as ASCII brackets are', async () => {
    const body =
      'SNSで知り合った女子中学生（15）にホテルで売春をさせていたとして、県警は7日、無職の男（41）を児童福祉法違反の疑いで逮捕した。';
    const wide = await analyze('女子中学生に売春させた疑い　男を逮捕', body);
    const ascii = await analyze('女子中学生に売春させた疑い　男を逮捕', body.replace(/（/g, '(').replace(/）/g, ')'));
    assert.equal(wide.victims, 1);
    assert.equal(wide.victims, ascii.victims);
    assert.equal(wide.minors, true);
    // The quote is cut from the text as written.
    const quote = wide.evidence.find((e) => e.field === 'victims');
    assert.ok(quote?.quote.includes('（15'), quote?.quote);
  });

  it('reads full-width digits as numbers', async () => {
    const a = await analyze(
      '人身売買の疑い　フィリピン人女性１４人を保護',
      'フィリピン人女性１４人を県内の寮に住まわせ、売春をさせていたとして、県警は２０日、男女２人を人身売買の疑いで逮捕した。女性１４人は保護された。',
    );
    assert.equal(a.victims, 14);
  });
});
