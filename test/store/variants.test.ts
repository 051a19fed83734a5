// Spelling variants: the bundled table loads, words and phrases widen to their group, growth is capped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from '../../src/store/search/query.ts';
import { bundledVariants, MAX_ALTERNATIVES, variantTable, withVariants } from '../../src/store/search/variants.ts';

const texts = (q: string, table = bundledVariants()) => {
  const c = withVariants(parseQuery(q), table).must[0]!;
  return c.kind === 'or'
    ? c.items.map((x) => (x.kind === 'or' ? '?' : `${x.kind}:${x.text}`))
    : [`${c.kind}:${c.text}`];
};

describe('spelling variants', () => {
  it('widens words and quoted phrases to their group, keeping what was typed first', () => {
    assert.deepEqual(texts('Labor'), ['word:Labor', 'word:labour']);
    assert.deepEqual(texts('"forced labor"'), ['phrase:forced labor', 'phrase:forced labour']);
    assert.deepEqual(texts('kiln'), ['word:kiln']);
    assert.deepEqual(texts('labor OR harbour'), ['word:labor', 'word:labour', 'word:harbour', 'word:harbor']);
    const neg = withVariants(parseQuery('fishing -labour')).not[0]!;
    assert.equal(neg.kind, 'or');
  });

  it('caps a phrase whose words all have variants', () => {
    const table = variantTable([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'b3'],
    ]);
    assert.equal(texts('"a1 b1 a2 b2"', table).length, MAX_ALTERNATIVES);
  });

  it('refuses a malformed table', () => {
    assert.throws(() => variantTable('labor'), /groups/);
    assert.throws(() => variantTable([['labor']]), /bad group/);
    assert.throws(() => variantTable([['a b', 'c']]), /bad group/);
  });
});
