// Pruning by name: sections a table of contents links to, and families of prose boxes in the article's flow, stay.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyOf, textOf } from '../../../src/extract/dom.ts';
import { prune } from '../../../src/extract/prune.ts';
import { buildTree } from '../../../src/extract/tree.ts';

const PROSE = 'This paragraph is long enough to count as prose in the article, with several more words after it.';

function kept(html: string): string {
  const body = bodyOf(buildTree(html).doc);
  prune(body);
  return textOf(body);
}

const box = (cls: string, label: string) =>
  `<div class="${cls}"><div class="${cls}__inner"><p>${label} ${PROSE}</p><p>${PROSE}</p></div></div>`;
const intro = [1, 2, 3, 4, 5, 6].map((n) => `<p>Intro ${n}. ${PROSE}</p>`).join('');
const flow = (inner: string) => `<body><div>${intro}${inner}</div></body>`;

describe('prune', () => {
  it('keeps a family of same-class prose boxes in the article flow, inner boxes included', () => {
    const text = kept(flow(box('product-widget', 'First') + box('product-widget', 'Second')));
    assert.match(text, /First/);
    assert.match(text, /Second/);
  });

  it('drops a lone weakly named box, a family named by a specific word, and a family outside the flow', () => {
    assert.doesNotMatch(kept(flow(box('product-widget', 'Lone'))), /Lone/);
    assert.doesNotMatch(kept(flow(box('related-card', 'First') + box('related-card', 'Second'))), /First|Second/);
    const outside = `<body><div class="main"><p>Intro one. ${PROSE}</p><p>Intro two. ${PROSE}</p><p>Three. ${PROSE}</p><p>Four. ${PROSE}</p></div><div>${box('promo-card', 'First')}${box('promo-card', 'Second')}</div></body>`;
    assert.doesNotMatch(kept(outside), /First|Second/);
  });

  it('reads a table of contents target id as a section, not as a "toc" box', () => {
    const sections = ['toc_one', 'toc_two', 'toc_three'];
    const toc = `<ul class="contents">${sections.map((s) => `<li><a href="#${s}">${s}</a></li>`).join('')}</ul>`;
    const body = sections.map((s) => `<div id="${s}"><p>${s} ${PROSE}</p></div>`).join('');
    const text = kept(`<body>${toc}<div><p>Intro. ${PROSE}</p><p>More. ${PROSE}</p>${body}</div></body>`);
    for (const s of sections) assert.match(text, new RegExp(`${s} This paragraph`));
    const noToc = kept(`<body><div><p>Intro. ${PROSE}</p><p>More. ${PROSE}</p>${body}</div></body>`);
    assert.doesNotMatch(noToc, /toc_two This paragraph/);
  });
});
