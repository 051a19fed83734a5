// Streamed server rendering: hidden segments move into their placeholders, once each, in bounded work.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyOf, textOf } from '../../../src/extract/dom.ts';
import { inlineStreamedSegments } from '../../../src/extract/streamed.ts';
import { buildTree } from '../../../src/extract/tree.ts';

function run(html: string): { moved: number; text: string } {
  const body = bodyOf(buildTree(html).doc);
  const moved = inlineStreamedSegments(body);
  return { moved, text: textOf(body).replace(/\s+/g, ' ').trim() };
}

describe('inlineStreamedSegments', () => {
  it('puts segment text where its placeholder was and empties the fallback', () => {
    const r = run(
      '<body><p>before</p><template id="B:0"></template><div>Loading...</div><p>after</p>' +
        '<div hidden id="S:0"><p>middle</p></div></body>',
    );
    assert.equal(r.moved, 1);
    assert.equal(r.text, 'beforemiddleafter');
  });

  it('fills pending placeholders inside moved segments, in order', () => {
    const r = run(
      '<body><template id="B:0"></template><div hidden id="S:0">a <template id="P:1"></template> c</div>' +
        '<div hidden id="S:1">b</div></body>',
    );
    assert.equal(r.moved, 2);
    assert.equal(r.text, 'a b c');
  });

  it('leaves segments that no placeholder reaches, and cycles, where they are', () => {
    const r = run(
      '<body><p>x</p><div hidden id="S:5">orphan</div>' +
        '<div hidden id="S:6"><template id="P:7"></template></div><div hidden id="S:7"><template id="P:6"></template></div></body>',
    );
    assert.equal(r.moved, 0);
  });

  it('ignores pages without segments and ids of other shapes', () => {
    assert.equal(run('<body><template id="B:zz"></template><div id="S:1">shown</div></body>').moved, 0);
  });

  it('stays bounded on a long chain of nested segments and on many placeholders', () => {
    let chain = '<body><template id="B:0"></template>';
    for (let i = 0; i < 3_000; i++)
      chain += `<div hidden id="S:${i.toString(16)}">${i} <template id="P:${(i + 1).toString(16)}"></template></div>`;
    const r = run(`${chain}</body>`);
    assert.ok(r.moved <= 8, `moved ${r.moved}`);
    let many = '<body><div>';
    for (let i = 0; i < 12_000; i++) many += `<template id="B:${i.toString(16)}"></template><i>..</i>`;
    many += '</div>';
    for (let i = 0; i < 12_000; i++) many += `<div hidden id="S:${i.toString(16)}">${i}</div>`;
    assert.equal(run(`${many}</body>`).moved, 5_000);
  });
});
