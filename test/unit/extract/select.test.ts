// Teaser lists (headline links pointing elsewhere) are dropped; the entries of a list article, each with its own
// prose under its linked title, are not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectBlocks } from '../../../src/extract/blocks.ts';
import { bodyOf } from '../../../src/extract/dom.ts';
import { teaserItems } from '../../../src/extract/select.ts';
import { buildTree } from '../../../src/extract/tree.ts';

const DESCRIPTION =
  'A simple stand of pine boards that holds three pots, finished in an afternoon with a saw and a drill.';

function teaserCount(html: string): number {
  const body = bodyOf(buildTree(html).doc);
  return teaserItems(collectBlocks(body)).size;
}

const item = (n: number, blurb: string) =>
  `<div class="list-item"><h3><a href="/p/${n}">Project number ${n} for your home</a></h3><p>${blurb}</p></div>`;

describe('teaserItems', () => {
  it('finds a list of linked headlines with short blurbs', () => {
    assert.equal(teaserCount(`<body><div>${[1, 2, 3, 4].map((n) => item(n, 'Read more')).join('')}</div></body>`), 4);
  });
  it('keeps a list whose every entry has its own prose under its linked title', () => {
    assert.equal(teaserCount(`<body><div>${[1, 2, 3, 4].map((n) => item(n, DESCRIPTION)).join('')}</div></body>`), 0);
  });
  it('still finds the list when only some entries have prose', () => {
    const items = [item(1, DESCRIPTION), item(2, 'Read more'), item(3, 'Read more'), item(4, DESCRIPTION)];
    assert.equal(teaserCount(`<body><div>${items.join('')}</div></body>`), 4);
  });
  it('keeps the entries among teaser-like figures of another tag beside them (one role, one verdict)', () => {
    const figure = (n: number) =>
      `<figure><img src="/i/${n}.jpg"><figcaption>Photo <a href="/credits/${n}">Courtesy of the studio ${n}</a></figcaption></figure>`;
    const mixed = [1, 2, 3].map((n) => figure(n) + item(n, DESCRIPTION)).join('');
    const body = bodyOf(buildTree(`<body><section>${mixed}</section></body>`).doc);
    const teasers = [...teaserItems(collectBlocks(body))].map((el) => el.name);
    assert.deepEqual(teasers, ['figure', 'figure', 'figure']);
  });
  it('reads a paragraph that starts with a link in running prose as text, a linked headline as a teaser', () => {
    const prose = (n: number) =>
      `<p><a href="/offer/${n}">The Black Friday campaign number ${n}</a> offers 30% off all plans until the end of the month.</p>`;
    const headline = (n: number) =>
      `<p><a href="/story/${n}">Police rescue workers from farm number ${n}</a> Read the full story.</p>`;
    assert.equal(teaserCount(`<body><div>${[1, 2, 3].map(prose).join('')}</div></body>`), 0);
    assert.equal(teaserCount(`<body><div>${[1, 2, 3].map(headline).join('')}</div></body>`), 3);
  });
});
