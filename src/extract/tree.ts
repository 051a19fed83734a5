// A linear HTML tree builder on htmlparser2's Tokenizer: our own open-element stack (top at the end, with a count
// per tag name, so no step scans or shifts the whole stack), nesting flattened past a depth, and limits on elements
// and time. On ordinary pages it builds the same domhandler tree as htmlparser2's parseDocument.
import { Comment, Document, Element, type ParentNode, ProcessingInstruction, Text } from 'domhandler';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { inputError } from '../lib/errors.ts';
import { FOREIGN_TAGS, IMPLIED_CLOSE, INTEGRATION_TAGS, VOID_TAGS } from './tree-tags.ts';

/** Limits on one page's tree. */
export interface TreeLimits {
  /** Nesting deeper than this is flattened: deeper elements become children of the element at this depth. */
  maxDepth: number;
  /** More elements than this and the page is refused as too complex. */
  maxElements: number;
  /** Milliseconds the build may take before the page is refused. */
  budgetMs: number;
}

/** The default limits: real news pages measured here stay far below them. */
export const TREE_LIMITS: TreeLimits = { maxDepth: 256, maxElements: 60_000, budgetMs: 4_000 };

/** What building the tree cost, for callers that skip slow stages on heavy pages and for tests. */
export interface TreeStats {
  elements: number;
  /** Deepest open-element stack seen (before flattening). */
  maxStack: number;
  /** True when some nesting was flattened. */
  flattened: boolean;
  /** Stack operations done (pushes, pops, steps of a search): linear in the page. */
  ops: number;
}

/** How often (in tokens) the clock is read. */
const CLOCK_EVERY = 2048;

/** Parses HTML into a domhandler Document in time and memory linear in its size; throws a clear input error when
 * the page has more elements than the limit or takes longer than the budget. */
export function buildTree(html: string, limits: TreeLimits = TREE_LIMITS): { doc: Document; stats: TreeStats } {
  const builder = new TreeBuilder(html, limits);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
  return { doc: builder.doc, stats: builder.stats };
}

class TreeBuilder implements TokenizerCallbacks {
  readonly doc = new Document([]);
  readonly stats: TreeStats = { elements: 0, maxStack: 0, flattened: false, ops: 0 };
  private readonly stack: Element[] = [];
  private readonly open = new Map<string, number>();
  private readonly foreign: boolean[] = [false];
  private lastText: Text | null = null;
  private tagName = '';
  private attribs: Record<string, string> | null = null;
  private attribName = '';
  private attribValue = '';
  private tokens = 0;
  private readonly started = performance.now();

  constructor(
    private readonly html: string,
    private readonly limits: TreeLimits,
  ) {}

  ontext(start: number, end: number): void {
    this.addText(this.html.slice(start, end));
  }
  ontextentity(cp: number): void {
    this.addText(String.fromCodePoint(cp));
  }
  onopentagname(start: number, end: number): void {
    this.tick();
    this.openTag(this.html.slice(start, end).toLowerCase());
  }
  onopentagend(): void {
    this.endOpenTag();
  }
  onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1]) this.closeCurrent(this.tagName);
    else this.endOpenTag();
  }
  onclosetag(start: number, end: number): void {
    this.tick();
    this.closeTag(this.html.slice(start, end).toLowerCase());
  }
  onattribname(start: number, end: number): void {
    this.attribName = this.html.slice(start, end).toLowerCase();
  }
  onattribdata(start: number, end: number): void {
    this.attribValue += this.html.slice(start, end);
  }
  onattribentity(cp: number): void {
    this.attribValue += String.fromCodePoint(cp);
  }
  onattribend(): void {
    if (this.attribs && !Object.hasOwn(this.attribs, this.attribName)) this.attribs[this.attribName] = this.attribValue;
    this.attribValue = '';
  }
  oncomment(start: number, end: number, offset: number): void {
    this.addComment(this.html.slice(start, end - offset));
  }
  oncdata(start: number, end: number, offset: number): void {
    this.addComment(`[CDATA[${this.html.slice(start, end - offset)}]]`);
  }
  ondeclaration(start: number, end: number): void {
    this.addInstruction('!', this.html.slice(start, end));
  }
  onprocessinginstruction(start: number, end: number): void {
    this.addInstruction('?', this.html.slice(start, end));
  }
  onend(): void {
    this.stats.ops += this.stack.length;
  }

  private tick(): void {
    this.stats.ops++;
    if (++this.tokens % CLOCK_EVERY !== 0) return;
    if (performance.now() - this.started > this.limits.budgetMs)
      throw inputError(
        `page too complex: parsing took over ${this.limits.budgetMs} ms (${this.stats.elements} elements)`,
      );
  }

  /** Where a new element goes: the top of the stack, or the deepest element allowed when nesting is too deep. */
  private elementParent(): ParentNode {
    const depth = Math.min(this.stack.length, this.limits.maxDepth);
    return depth ? this.stack[depth - 1]! : this.doc;
  }

  private append(node: Element | Text | Comment | ProcessingInstruction, parent: ParentNode): void {
    const prev = parent.children[parent.children.length - 1];
    parent.children.push(node);
    if (prev) {
      node.prev = prev;
      prev.next = node;
    }
    node.parent = parent;
    this.lastText = null;
  }

  private addText(data: string): void {
    if (this.lastText) {
      this.lastText.data += data;
      return;
    }
    const node = new Text(data);
    // Text stays in its own element even past the depth limit (a deep <script> keeps its code out of the prose).
    this.append(node, this.stack[this.stack.length - 1] ?? this.doc);
    this.lastText = node;
  }

  private addComment(data: string): void {
    this.append(new Comment(data), this.elementParent());
  }

  private addInstruction(mark: string, value: string): void {
    const i = value.search(/\s|\//);
    const name = (i < 0 ? value : value.slice(0, i)).toLowerCase();
    this.append(new ProcessingInstruction(`${mark}${name}`, `${mark}${value}`), this.elementParent());
  }

  private openTag(name: string): void {
    const implied = IMPLIED_CLOSE.get(name);
    if (implied) while (this.stack.length && implied.has(this.top())) this.pop();
    if (++this.stats.elements > this.limits.maxElements) this.tooMany();
    const el = new Element(name, {});
    this.append(el, this.elementParent());
    this.tagName = name;
    this.attribs = el.attribs;
    if (VOID_TAGS.has(name)) return;
    if (FOREIGN_TAGS.has(name)) this.foreign.push(true);
    else if (INTEGRATION_TAGS.has(name)) this.foreign.push(false);
    this.stack.push(el);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    this.stats.ops++;
    if (this.stack.length > this.stats.maxStack) this.stats.maxStack = this.stack.length;
    if (this.stack.length > this.limits.maxDepth) this.stats.flattened = true;
  }

  private endOpenTag(): void {
    this.attribs = null;
    this.tagName = '';
  }

  private closeCurrent(name: string): void {
    this.endOpenTag();
    if (this.stack.length && this.top() === name) this.pop();
  }

  private closeTag(name: string): void {
    if (FOREIGN_TAGS.has(name) || INTEGRATION_TAGS.has(name)) this.foreign.pop();
    if (VOID_TAGS.has(name)) {
      if (name === 'br') this.append(new Element('br', {}), this.elementParent());
      return;
    }
    if (this.open.get(name)) {
      while (this.stack.length) if (this.pop() === name) break;
    } else if (name === 'p') {
      this.openTag('p');
      this.closeCurrent('p');
    }
  }

  private top(): string {
    return this.stack[this.stack.length - 1]!.name;
  }

  private pop(): string {
    const el = this.stack.pop()!;
    this.open.set(el.name, (this.open.get(el.name) ?? 1) - 1);
    this.stats.ops++;
    this.lastText = null;
    return el.name;
  }

  private tooMany(): never {
    const limit = this.limits.maxElements.toLocaleString('en');
    // The rest of the page is only counted, not built: a rough count of start tags, linear and fast.
    const n = Math.max(this.limits.maxElements + 1, this.html.match(/<[a-zA-Z]/g)?.length ?? 0);
    throw inputError(`page too complex: ${n.toLocaleString('en')} elements (limit ${limit})`);
  }
}
