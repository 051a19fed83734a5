// The body stage of the cascade: prune, score blocks, pick the main subtree, render its text.
import { BLOCK_TAGS, type Block, collectBlocks } from './blocks.ts';
import { bodyOf, type Document, type Element, find, isElement, squash, textOf } from './dom.ts';
import { prune } from './prune.ts';
import { renderText } from './render.ts';
import { isLinkList, selectMain, teaserItems } from './select.ts';
import { matches, type Selector } from './selector.ts';

/** Above this share of link text a block inside the article is still left out. */
const SKIP_LINK_DENSITY = 0.5;
/** How far up the tree subtree sums go. */
const MAX_DEPTH = 400;
/** A section of a list article (a product, a pick) holds at least this much prose beside its links. */
const SECTION_PROSE = 300;
/** Section headings. */
const HEADINGS = new Set(['h2', 'h3', 'h4']);

/** The article body found by the scoring stage, or null. */
export interface BodyResult {
  text: string;
  node: Element;
}

/** Finds and renders the main text of a parsed page (mutates the tree). */
export function extractBody(doc: Document, drop: Selector | null = null): BodyResult | null {
  const body = bodyOf(doc);
  const teasers = teaserItems(collectBlocks(body));
  prune(body, (el) => teasers.has(el) || (drop !== null && matches(el, drop)));
  const blocks = collectBlocks(body);
  const picked = selectMain(blocks, body);
  if (!picked) return null;
  const main = widenParagraph(picked);
  const text = renderText(main, linkHeavy(collectBlocks(main), main));
  return text ? { text, node: main } : null;
}

/** What to leave out of the article: link-heavy blocks. A block whose own text is links (a "buy" button beside
 * a product's paragraphs) but whose subtree is prose loses only its links, not the paragraphs under it. */
function linkHeavy(blocks: Block[], main: Element): Set<Element> {
  const subtree = new Map<Element, { chars: number; links: number }>();
  for (const b of blocks)
    for (let el: Element | null = b.el, d = 0; el && d < MAX_DEPTH; el = el.parent as Element | null, d++) {
      const t = subtree.get(el) ?? { chars: 0, links: 0 };
      t.chars += b.chars;
      t.links += b.linkChars;
      subtree.set(el, t);
      if (el === main) break;
    }
  const skip = new Set<Element>();
  for (const b of blocks) {
    if (b.linkChars / (b.chars || 1) <= SKIP_LINK_DENSITY || isCitedUrl(b) || isLinkList(b)) continue;
    const t = subtree.get(b.el)!;
    // A link-heavy main element leaves the page to the next stage of the cascade, as before.
    if (
      b.el === main ||
      t.links / (t.chars || 1) > SKIP_LINK_DENSITY ||
      t.chars - t.links < SECTION_PROSE ||
      !hasHeading(b.el)
    )
      skip.add(b.el);
    else for (const kid of b.el.children) if (isElement(kid) && !BLOCK_TAGS.has(kid.name)) skip.add(kid);
  }
  return skip;
}

/** Paragraph-level tags: one of them alone is never the whole article container. */
const PARAGRAPH_TAGS = new Set(['p', 'blockquote', 'pre', 'li', 'dd', 'h2', 'h3', 'h4']);

/** Sibling paragraphs of the same tag, at least this many and this long, make the parent the article. */
const SIBLING_PARAGRAPHS = 2;
const SIBLING_CHARS = 70;

/** A single paragraph chosen as the article (its neighbours cost more than they earned) is widened to the box
 * that holds it and its sibling paragraphs; link-heavy blocks there are still left out when rendering. */
function widenParagraph(el: Element): Element {
  const parent = el.parent as Element | null;
  if (!PARAGRAPH_TAGS.has(el.name) || !parent || parent.type !== 'tag' || parent.name === 'body') return el;
  let siblings = 0;
  for (const kid of parent.children)
    if (kid !== el && isElement(kid) && kid.name === el.name && squash(textOf(kid)).length >= SIBLING_CHARS)
      if (++siblings >= SIBLING_PARAGRAPHS) return parent;
  return el;
}

/** True when a heading (a section title of a list article) is under el. */
function hasHeading(el: Element): boolean {
  return find(el, (e) => HEADINGS.has(e.name)) !== null;
}

/** A paragraph that is just a web address is a cited source, part of the text. */
function isCitedUrl(b: Block): boolean {
  return b.el.name === 'p' && /^(?:https?:\/\/|www\.)\S+$/.test(b.text.trim());
}
