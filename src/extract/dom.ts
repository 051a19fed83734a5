// A small, fast DOM for extraction: htmlparser2's tree plus iterative helpers (deep pages never overflow the stack).
import { type AnyNode, type Document, Element } from 'domhandler';
import { buildTree } from './tree.ts';

export type { AnyNode, Document, Element };

/** Parses HTML into a plain tree in linear time; never throws on malformed markup, only on pages over the
 * element or time limits (an input error: "page too complex"). */
export function parsePage(html: string): Document {
  return buildTree(html).doc;
}

/** The page's <body>, or a synthetic one holding everything when the markup is a fragment. */
export function bodyOf(doc: Document): Element {
  const body = find(doc, (el) => el.name === 'body');
  if (body) return body;
  const wrapper = new Element('body', {}, doc.children);
  for (const kid of doc.children) kid.parent = wrapper;
  doc.children = [wrapper];
  wrapper.parent = doc;
  return wrapper;
}

/** True for element nodes (tags, script, style). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Every element under root in document order, iteratively. */
export function elements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node !== root && isElement(node)) out.push(node);
    const kids = (node as Element).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** First element matching a predicate, in document order. */
export function find(root: AnyNode, test: (el: Element) => boolean): Element | null {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node !== root && isElement(node) && test(node)) return node;
    const kids = (node as Element).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return null;
}

/** Concatenated text of a subtree (script and style included only when asked). */
export function textOf(root: AnyNode, withScripts = false): string {
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.data;
    else if (isElement(node) && (withScripts || node.type === 'tag' || node === root)) {
      const kids = node.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    } else if (node.type === 'root') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

/** An attribute value, or '' when absent. */
export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** Removes an element from its parent. */
export function detach(node: AnyNode): void {
  const parent = node.parent as Element | null;
  if (!parent) return;
  const i = parent.children.indexOf(node as Element);
  if (i >= 0) parent.children.splice(i, 1);
  node.parent = null;
}

/** Collapses runs of whitespace to one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
