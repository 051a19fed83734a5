// The tree builder: same tree as htmlparser2 on normal markup, linear cost (counted in operations, not seconds)
// on hostile markup, and clear limits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { buildTree, TREE_LIMITS } from '../../../src/extract/tree.ts';
import { LanternError } from '../../../src/lib/errors.ts';
import * as hostile from '../../fixtures/extract/hostile.ts';

/** Generators of pathological pages, each with a size that stays under the element limit. */
const CASES: [string, (n: number) => string, number][] = [
  ['unclosed div/span/b', hostile.unclosedNest, 4_000],
  ['flat links', hostile.flatLinks, 12_000],
  ['deep tables', hostile.deepTables, 4_000],
  ['deep lists', hostile.deepLists, 6_000],
  ['deep inline tags', hostile.deepInline, 3_000],
  ['one link around many paragraphs', hostile.linkWrapped, 12_000],
];

function shape(node: AnyNode): string {
  if (node.type === 'text') return `"${node.data}"`;
  if (node.type === 'comment') return `<!--${node.data}-->`;
  if (node.type === 'directive') return `<${(node as unknown as { data: string }).data}>`;
  const el = node as Element;
  const kids = el.children.map(shape).join('');
  if (!el.name) return kids;
  return `<${el.name} ${JSON.stringify(el.attribs)}>${kids}</${el.name}>`;
}

function depth(node: AnyNode): number {
  let max = 0;
  const stack: [AnyNode, number][] = [[node, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const kid of (n as Element).children ?? []) stack.push([kid, d + 1]);
  }
  return max;
}

describe('buildTree', () => {
  it('builds the same tree as htmlparser2 on ordinary and sloppy markup', () => {
    const pages = [
      hostile.normalPage(5),
      '<!doctype html><html><head><title>T &amp; U</title><script>if (a<b) x()</script></head><body>',
      '<p>one<p>two<div>three</div></p></p><ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table>',
      '<DIV CLASS="Big" data-x=1 data-x=2>x<br/>y</br><img src=a.png><svg><path d="M0"/><title>s</title></svg></DIV>',
      '<select><option>a<option>b</select><dl><dt>t<dd>d</dl><!-- c --><![CDATA[x]]><?php echo ?>&eacute;&#x41;',
      '<body><a href="/x?a=1&amp;b=2">link</a></em></span><h2>h<p>p',
    ];
    for (const html of pages) {
      const ours = shape(buildTree(html).doc);
      const theirs = shape(parseDocument(html, { decodeEntities: true, lowerCaseTags: true }));
      assert.equal(ours, theirs, html);
    }
  });
  for (const [name, make, n] of CASES) {
    it(`stays linear on ${name}: bounded operations per tag, doubling the page at most doubles the work`, () => {
      const small = buildTree(make(n)).stats;
      const big = buildTree(make(2 * n)).stats;
      assert.ok(big.ops / small.ops < 2.1, `${name}: ${small.ops} → ${big.ops} operations`);
      assert.ok(big.ops / big.elements <= 4, `${name}: ${big.ops} operations for ${big.elements} elements`);
    });
  }
  it('flattens nesting past the depth limit, keeping all the text', () => {
    const { doc, stats } = buildTree(hostile.deepLists(1_000));
    assert.ok(stats.flattened);
    assert.equal(stats.maxStack, 2_002); // html, body and 1,000 × (ul, li)
    assert.ok(depth(doc) <= TREE_LIMITS.maxDepth + 3, `depth ${depth(doc)}`);
    assert.equal((shape(doc).match(/item /g) ?? []).length, 1_000);
  });
  it('keeps a deep script’s code inside the script', () => {
    const html = `${'<div>'.repeat(400)}<script>var secret = 1;</script><p>text</p>`;
    const { doc } = buildTree(html);
    const scripts: Element[] = [];
    const stack: AnyNode[] = [doc];
    while (stack.length) {
      const n = stack.pop()!;
      if (n instanceof Element && n.name === 'script') scripts.push(n);
      stack.push(...((n as Element).children ?? []));
    }
    assert.equal(scripts.length, 1);
    assert.equal(shape(scripts[0]!.children[0]!), '"var secret = 1;"');
  });
  it('refuses a page over the element limit with a clear input error', () => {
    assert.throws(
      () => buildTree(hostile.flatLinks(580_000)),
      (err) =>
        err instanceof LanternError &&
        err.kind === 'input' &&
        /page too complex: 580,00\d elements \(limit 60,000\)/.test(err.message),
    );
  });
  it('refuses a page that takes longer than its time budget', () => {
    const limits = { ...TREE_LIMITS, maxElements: 10_000_000, budgetMs: 0 };
    assert.throws(
      () => buildTree(hostile.flatLinks(50_000), limits),
      (err) => err instanceof LanternError && /page too complex: parsing took over 0 ms/.test(err.message),
    );
  });
});
