import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CreditFacts, originalOf } from '../../../src/dedup/credit.ts';

const facts = (over: Partial<CreditFacts>): CreditFacts => ({
  canonicalUrl: 'https://a.example/x',
  declaredOriginal: null,
  creditLine: null,
  outlet: ['Outlet A', 'a.example'],
  at: '2025-11-20T09:00:00.000Z',
  ...over,
});
const original = facts({});
const wire = facts({ canonicalUrl: 'https://wire.example/x', outlet: ['Island Wire', 'wire.example'] });

describe('which copy is the original', () => {
  it('is the one the other declares by canonical link, whatever the dates say', () => {
    const copy = { ...wire, declaredOriginal: original.canonicalUrl, at: '2025-11-19T00:00:00.000Z' };
    assert.deepEqual(originalOf(copy, original), { original: 'b', why: 'canonical link' });
    assert.deepEqual(originalOf(original, copy), { original: 'a', why: 'canonical link' });
  });

  it('is the outlet an "Article from:" line names, but a page crediting itself credits nobody', () => {
    const copy = { ...wire, creditLine: 'Outlet A', at: '2025-11-19T00:00:00.000Z' };
    assert.equal(originalOf(original, copy).original, 'a');
    const selfCredit = { ...wire, creditLine: 'Island Wire', at: '2025-11-19T00:00:00.000Z' };
    assert.deepEqual(originalOf(original, selfCredit), { original: 'b', why: 'published first' });
  });

  it('is otherwise the one published first, and the one stored first on a tie', () => {
    assert.equal(originalOf({ ...wire, at: '2025-11-20T08:00:00.000Z' }, original).original, 'a');
    assert.equal(originalOf({ ...wire, at: '2025-11-20T10:00:00.000Z' }, original).original, 'b');
    assert.equal(originalOf({ ...wire }, original).original, 'b');
  });
});
