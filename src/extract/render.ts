// Renders a subtree as plain text: one paragraph per block, a blank line between paragraphs.
import { BLOCK_TAGS } from './blocks.ts';
import { type AnyNode, type Element, isElement } from './dom.ts';

/** Renders root's text, skipping the given elements; blocks become paragraphs. */
export function renderText(root: Element, skip: Set<Element>): string {
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (t) paras.push(t);
    cur = '';
  };
  const stack: (AnyNode | 'end')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end') {
      flush();
      continue;
    }
    if (node.type === 'text') {
      cur += node.data;
      continue;
    }
    if (!isElement(node) || skip.has(node)) continue;
    if (node.name === 'br') {
      cur += '\n';
      continue;
    }
    const block = BLOCK_TAGS.has(node.name) && node.name !== 'td' && node.name !== 'th';
    if (block) {
      flush();
      stack.push('end');
    } else if (node.name === 'td' || node.name === 'th') cur += ' ';
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
  return paras.join('\n\n');
}
