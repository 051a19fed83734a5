// The search query language parser and the snippet maker (pure functions).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LanternError } from '../../src/lib/errors.ts';
import { parseQuery } from '../../src/store/search/query.ts';
import { needles, snippet } from '../../src/store/search/snippet.ts';

describe('parseQuery', () => {
  it('reads words, phrases, OR, exclusions and prefixes', () => {
    const p = parseQuery('forced "debt bondage" kiln OR brick -fishing traffick* title:rescue');
    assert.deepEqual(p.must, [
      { kind: 'word', text: 'forced', prefix: false, title: false },
      { kind: 'phrase', text: 'debt bondage', title: false },
      {
        kind: 'or',
        items: [
          { kind: 'word', text: 'kiln', prefix: false, title: false },
          { kind: 'word', text: 'brick', prefix: false, title: false },
        ],
      },
      { kind: 'word', text: 'traffick', prefix: true, title: false },
      { kind: 'word', text: 'rescue', prefix: false, title: true },
    ]);
    assert.deepEqual(p.not, [{ kind: 'word', text: 'fishing', prefix: false, title: false }]);
  });

  it('reads field filters, negated ones too', () => {
    const p = parseQuery(
      'country:ng type:labour lang:FR source:3 story:9 minors:yes incident:no from:2024-01 to:2024 -country:GH',
    );
    assert.deepEqual(p.filters, {
      country: ['NG'],
      type: ['labour'],
      language: ['fr'],
      source: [3],
      story: [9],
      minors: true,
      incident: false,
      from: '2024-01',
      to: '2024',
    });
    assert.deepEqual(p.notFilters, { country: ['GH'] });
    assert.equal(p.must.length, 0);
  });

  it('treats unknown fields and stray syntax as words', () => {
    const p = parseQuery('http://example.org/a ( ) OR "unclosed phrase');
    assert.deepEqual(
      p.must.map((c) => (c.kind === 'or' ? 'or' : c.text)),
      ['or'],
    );
    assert.equal(parseQuery('"" - * ^').must.length, 0);
  });

  it('rejects bad filter values with a message naming them', () => {
    for (const [q, re] of [
      ['country:Nigeria', /two-letter/],
      ['type:slavery', /expected one of/],
      ['from:soon', /date/],
      ['minors:maybe', /yes or no/],
      ['source:x', /number/],
    ] as const) {
      assert.throws(
        () => parseQuery(q),
        (e: unknown) => e instanceof LanternError && e.kind === 'input' && re.test(e.message),
        q,
      );
    }
  });
});

describe('snippet', () => {
  it('never cuts a withheld placeholder in half, at either end', () => {
    const pad = 'Police in the port town said the inquiry continues. '.repeat(3);
    const text = `${pad}[name withheld], 19, said they were held without pay for months. ${pad}[address withheld] was searched.`;
    for (const q of ['pay', 'months', 'inquiry']) {
      const s = snippet(text, needles(parseQuery(q).must), 120);
      const rest = s.replace(/\[(name|address) withheld\]/g, '');
      assert.doesNotMatch(rest, /withheld|held\]|\[|\]/, `${q}: ${s}`);
    }
  });

  it('shows the window with the most matches and marks them', () => {
    const text = `${'Filler words here. '.repeat(30)}Police said the workers were trafficked to a farm. ${'More filler. '.repeat(30)}`;
    const s = snippet(text, needles(parseQuery('trafficking farm').must));
    assert.match(s, /\ue000trafficked\ue001 to a \ue000farm\ue001/);
    assert.ok(s.startsWith('…') && s.endsWith('…'));
    assert.ok(s.length < 260);
  });

  it('matches across accents and case, and falls back to the opening', () => {
    assert.match(
      snippet('La Réseau démantelé à Marseille.', needles(parseQuery('DEMANTELE').must)),
      /\ue000démantelé\ue001/,
    );
    assert.equal(snippet('Short text.', []), 'Short text.');
  });
});
