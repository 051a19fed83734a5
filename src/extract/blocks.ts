// Text blocks: the nearest block-level ancestor of each run of text, with its length and link text.
import { type AnyNode, type Element, isElement, squash, textOf } from './dom.ts';

/** Tags that start a new block of text. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'hgroup',
]);

/** Tags whose text is never shown. */
const SILENT_TAGS = new Set(['noscript', 'template', 'head', 'title', 'svg']);

/** One block's own text (nested blocks excluded). */
export interface Block {
  el: Element;
  chars: number;
  linkChars: number;
  text: string;
  /** Length of the link the block starts with (0 when it starts with plain text). */
  leadLink: number;
  /** Number of links in the block's own text. */
  links: number;
}

/** Collects the text blocks under root, in document order. */
export function collectBlocks(root: Element): Block[] {
  const byEl = new Map<Element, Block>();
  const order: Block[] = [];
  // A link's length is measured once: blocks inside one long link would otherwise re-read it each (quadratic).
  const linkLength = new Map<Element, number>();
  const leadOf = (link: Element) => {
    let n = linkLength.get(link);
    if (n === undefined) {
      n = squash(textOf(link)).length;
      linkLength.set(link, n);
    }
    return n;
  };
  const linkCount = new Map<Element, number>();
  const stack: [AnyNode, Element, Element | null][] = [[root, root, null]];
  while (stack.length) {
    const [node, block, inLink] = stack.pop()!;
    if (node.type === 'text') {
      const t = node.data;
      if (!/\S/.test(t)) continue;
      let b = byEl.get(block);
      if (!b) {
        b = { el: block, chars: 0, linkChars: 0, text: '', leadLink: inLink ? leadOf(inLink) : 0, links: 0 };
        byEl.set(block, b);
        order.push(b);
      }
      const n = t.replace(/\s+/g, ' ').trim().length;
      b.chars += n;
      if (inLink) b.linkChars += n;
      b.text += t;
      continue;
    }
    if (!isElement(node) || node.type !== 'tag' || SILENT_TAGS.has(node.name)) continue;
    const nextBlock = node !== root && BLOCK_TAGS.has(node.name) ? node : block;
    const link = inLink ?? (node.name === 'a' ? node : null);
    if (link && !inLink) linkCount.set(block, (linkCount.get(block) ?? 0) + 1);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, nextBlock, link]);
  }
  for (const b of order) b.links = linkCount.get(b.el) ?? 0;
  return order;
}
