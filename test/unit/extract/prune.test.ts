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

  it('keeps what sibling sections a table of contents links to hold, whatever the names inside', () => {
    const ids = ['whats-the-difference', 'will-it-save-money', 'how-we-test'];
    const toc = `<ul class="questions">${ids.map((s) => `<li><a href="#${s}">${s}</a></li>`).join('')}</ul>`;
    const section = (id: string) =>
      `<section id="${id}" class="guide-types"><div class="guide-component-header"><h2>${id}</h2><p>Header of ${id}. ${PROSE}</p></div><ul><li class="guide-card"><div class="card-description">Card of ${id}. ${PROSE}</div></li></ul></section>`;
    const text = kept(`<body>${toc}<div>${ids.map(section).join('')}</div></body>`);
    for (const id of ids) {
      assert.match(text, new RegExp(`Header of ${id}`));
      assert.match(text, new RegExp(`Card of ${id}`));
    }
    const noToc = kept(`<body><div>${ids.map(section).join('')}</div></body>`);
    assert.doesNotMatch(noToc, /Card of how-we-test/);
  });

  it('does not read skip-link targets ("#content", "#page") as sections: furniture inside them is still dropped', () => {
    const skip = '<a href="#content">skip</a><a href="#page">top</a><a href="#navigation">menu</a>';
    const html = `<body>${skip}<div id="page"><div id="content"><p>Story. ${PROSE}</p><p>More. ${PROSE}</p><p>Again. ${PROSE}</p><div class="most-viewed-widget"><p>Most viewed ${PROSE}</p></div></div></div></body>`;
    const text = kept(html);
    assert.match(text, /Story\./);
    assert.doesNotMatch(text, /Most viewed/);
  });
});
