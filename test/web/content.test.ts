import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPLOITATION_FORMS } from '../../src/model/analysis.ts';
import { loadSamples } from '../../src/seed/samples.ts';
import { slugify } from '../../src/seed/seed.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase, parseKbPage } from '../../src/web/kb.ts';
import { FORM_LABELS } from '../../src/web/labels.ts';

describe('portal content and rules', () => {
  it('has a knowledge-base page for every form of exploitation, each citing a source', () => {
    const kb = loadKnowledgeBase();
    for (const core of ['what-is-trafficking', 'signs', 'myths-and-facts', 'language']) {
      const p = kb.get(core);
      assert.ok(p, core);
      assert.match(p.html, /href="https:\/\//, `${core} cites sources`);
    }
    for (const f of EXPLOITATION_FORMS) assert.ok(kb.get(`forms/${FORM_LABELS[f].slug}`), f);
  });

  it('escapes raw HTML and unsafe links in Markdown', () => {
    const p = parseKbPage(
      'x',
      '---\ntitle: X\n---\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) [ok](/report)\n',
    );
    assert.doesNotMatch(p.html, /<script>/);
    assert.doesNotMatch(p.html, /javascript:/);
    assert.match(p.html, /href="\/report"/);
    assert.throws(() => parseKbPage('y', 'no front matter'), /missing front matter/);
  });

  it('lists the required hotlines, each with an https source', () => {
    const h = loadHotlines();
    const numbers = (cc: string) => h.forCountry(cc)!.lines.map((l) => l.number);
    assert.deepEqual(numbers('ZA'), ['0800 222 777', '08000 73728', '10111']);
    assert.ok(numbers('US').includes('1-888-373-7888'));
    assert.equal(h.forCountry('US')!.lines[0]!.text, '233733');
    assert.ok(numbers('GB').includes('08000 121 700'));
    for (const c of h.countries) for (const l of c.lines) assert.match(l.source, /^https:\/\//);
    // Validation of bad entries: test/web/hotlines.test.ts.
  });

  it('ships fictional samples on reserved example domains and makes clean slugs', () => {
    for (const s of loadSamples().stories)
      for (const a of s.articles) {
        assert.match(new URL(a.url).hostname, /(^|\.)example\.(org|com|net)$/);
        assert.match(a.credit, /\(fictional\)$/);
        assert.match(a.text, /SAMPLE ARTICLE/);
      }
    assert.equal(slugify('Fourty «people» freed — São Paulo!'), 'fourty-people-freed-sao-paulo');
  });
});
