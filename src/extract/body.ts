// The body stage of the cascade: prune, score blocks, pick the main subtree, render its text.
import { type Block, collectBlocks } from './blocks.ts';
import { bodyOf, type Document, type Element } from './dom.ts';
import { prune } from './prune.ts';
import { renderText } from './render.ts';
import { selectMain, teaserItems } from './select.ts';
import { matches, type Selector } from './selector.ts';

/** Above this share of link text a block inside the article is still left out. */
const SKIP_LINK_DENSITY = 0.5;

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
  const main = selectMain(blocks, body);
  if (!main) return null;
  const skip = new Set<Element>();
  for (const b of collectBlocks(main)) {
    if (b.linkChars / (b.chars || 1) > SKIP_LINK_DENSITY && !isCitedUrl(b)) skip.add(b.el);
  }
  const text = renderText(main, skip);
  return text ? { text, node: main } : null;
}

/** A paragraph that is just a web address is a cited source, part of the text. */
function isCitedUrl(b: Block): boolean {
  return b.el.name === 'p' && /^(?:https?:\/\/|www\.)\S+$/.test(b.text.trim());
}
