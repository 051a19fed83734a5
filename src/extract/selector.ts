// A small selector matcher for site rules: compound selectors (tag, .class, #id, [attr], [attr=v], [attr*=v])
// joined by descendant spaces, in comma-separated lists.
import { attr, type Element } from './dom.ts';

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: { name: string; op: '' | '=' | '*='; value: string }[];
}

/** A parsed selector list: each entry is a chain of compounds, outermost first. */
export type Selector = Compound[][];

const PART = /([.#]?[\w-]+|\[[\w-]+(?:\*?=["']?[^"'\]]*["']?)?\])/g;

/** Parses a selector list; throws on syntax it does not support. */
export function parseSelector(source: string): Selector {
  return source.split(',').map((chain) => chain.trim().split(/\s+/).filter(Boolean).map(parseCompound));
}

function parseCompound(text: string): Compound {
  const c: Compound = { tag: null, id: null, classes: [], attrs: [] };
  const parts = text.match(PART) ?? [];
  if (parts.join('') !== text) throw new Error(`unsupported selector "${text}"`);
  for (const p of parts) {
    if (p.startsWith('.')) c.classes.push(p.slice(1));
    else if (p.startsWith('#')) c.id = p.slice(1);
    else if (p.startsWith('[')) {
      const m = /^\[([\w-]+)(?:(\*?=)["']?([^"'\]]*)["']?)?\]$/.exec(p)!;
      c.attrs.push({ name: m[1]!, op: (m[2] ?? '') as '' | '=' | '*=', value: m[3] ?? '' });
    } else c.tag = p.toLowerCase();
  }
  return c;
}

/** True when el matches any chain of the selector. */
export function matches(el: Element, selector: Selector): boolean {
  return selector.some((chain) => matchChain(el, chain));
}

function matchChain(el: Element, chain: Compound[]): boolean {
  if (!chain.length || !matchCompound(el, chain[chain.length - 1]!)) return false;
  let i = chain.length - 2;
  for (let p = el.parent as Element | null, d = 0; p && i >= 0 && d < 400; p = p.parent as Element | null, d++) {
    if (p.type === 'tag' && matchCompound(p, chain[i]!)) i--;
  }
  return i < 0;
}

function matchCompound(el: Element, c: Compound): boolean {
  if (c.tag && el.name !== c.tag) return false;
  if (c.id && attr(el, 'id') !== c.id) return false;
  if (c.classes.length) {
    const have = attr(el, 'class').split(/\s+/);
    if (!c.classes.every((k) => have.includes(k))) return false;
  }
  return c.attrs.every((a) => {
    if (!(a.name in el.attribs)) return false;
    const v = attr(el, a.name);
    return a.op === '' || (a.op === '=' ? v === a.value : v.includes(a.value));
  });
}
