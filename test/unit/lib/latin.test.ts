// Latin letters for Cyrillic and Greek words, so that names meet across scripts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latin } from '../../../src/lib/text/latin.ts';

describe('latin', () => {
  it('writes Cyrillic names as news in Latin letters writes them', () => {
    assert.equal(latin('плевен'), 'pleven');
    assert.equal(latin('иван петров'), 'ivan petrov');
    assert.equal(latin('бремен'), 'bremen');
  });
  it('writes Greek words with their digraphs', () => {
    assert.equal(latin('θεσσαλονικη'), 'thessaloniki');
    assert.equal(latin('μπουρας'), 'bouras');
  });
  it('leaves Latin text as it is', () => {
    assert.equal(latin('maría costa'), 'maría costa');
  });
});
