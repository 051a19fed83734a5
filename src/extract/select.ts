// Picks the element that holds the article: the subtree with the most paragraph text net of boilerplate.
import type { Block } from './blocks.ts';
import type { Element } from './dom.ts';

/** A block at least this long, with few links, reads as a paragraph. */
const PARAGRAPH_CHARS = 70;
/** Above this share of link text a block is navigation. */
const LINK_DENSITY = 0.5;
/** Link text costs this much per character (menus, teaser headlines). */
const LINK_COST = 1;
/** And each link block this much on top. */
const LINK_BLOCK_COST = 60;
/** What a short, link-free block (label, date, heading) costs. */
const SHORT_COST = 3;
/** A link block this long reads as a headline pointing elsewhere. */
const HEADLINE_CHARS = 15;
/** A block that starts with a link this long starts with a headline. */
const LEAD_HEADLINE_CHARS = 25;
/** Siblings with one headline link each, at least this many, make a list of teasers. */
const TEASER_SIBLINGS = 3;
/** A teaser item is shorter than this. */
const TEASER_MAX_CHARS = 700;
/** How far up the tree scores propagate. */
const MAX_DEPTH = 400;

/** Worth of one block towards its ancestors' article score. */
export function blockValue(b: Block): number {
  if (isLinkBlock(b)) return -(b.chars * LINK_COST + LINK_BLOCK_COST);
  const own = b.chars - b.linkChars;
  if (own >= PARAGRAPH_CHARS || (own >= 30 && /[.!?:"”»。！？]\s*$/.test(b.text))) return own;
  // Short cells are data (scores, figures), not page furniture.
  return b.el.name === 'td' || b.el.name === 'th' ? 0 : -SHORT_COST;
}

/** A paragraph of this many links, with text between them, lists works or sources (book titles, cited lists). */
const LIST_LINKS = 3;
/** Share of a link list's text outside its links, at least. */
const LIST_TEXT_SHARE = 0.2;

/** True for a paragraph naming several linked items in running text ("Author, Title • Author, Title"): part of
 * the article, not a teaser pointing elsewhere. */
export function isLinkList(b: Block): boolean {
  return b.el.name === 'p' && b.links >= LIST_LINKS && b.chars - b.linkChars >= LIST_TEXT_SHARE * b.chars;
}

/** True when the block's leading link is the start of a sentence that goes on in lower case ("<a>The Black Friday
 * campaign</a> offers 30% off…"): a link in running prose, not a headline pointing elsewhere. */
function linkInSentence(b: Block): boolean {
  const rest = b.text.replace(/\s+/g, ' ').trim().slice(b.leadLink);
  return /^ \p{Ll}/u.test(rest) && b.linkChars === b.leadLink;
}

function isLinkBlock(b: Block): boolean {
  return b.linkChars / (b.chars || 1) > LINK_DENSITY;
}

/** Elements that are items of a teaser list: siblings each holding one headline link and a little text. */
export function teaserItems(blocks: Block[]): Set<Element> {
  const headlines = new Map<Element, number>();
  const chars = new Map<Element, number>();
  const prose = new Map<Element, number>();
  for (const b of blocks) {
    const own = isLinkBlock(b) || b.leadLink ? 0 : b.chars - b.linkChars;
    if (own >= PARAGRAPH_CHARS) forAncestors(b.el, (el) => prose.set(el, (prose.get(el) ?? 0) + own));
    const headline =
      (isLinkBlock(b) && b.chars >= HEADLINE_CHARS) || (b.leadLink >= LEAD_HEADLINE_CHARS && !linkInSentence(b));
    const hl = headline && !isLinkList(b) ? 1 : 0;
    forAncestors(b.el, (el) => {
      headlines.set(el, (headlines.get(el) ?? 0) + hl);
      chars.set(el, (chars.get(el) ?? 0) + b.chars);
    });
  }
  const items = new Set<Element>();
  const perParent = new Map<Element, Element[]>();
  for (const [el, n] of headlines) {
    if (n < 1 || n > 2 || (chars.get(el) ?? 0) > TEASER_MAX_CHARS || !el.parent) continue;
    const p = el.parent as Element;
    const list = perParent.get(p) ?? [];
    list.push(el);
    perParent.set(p, list);
  }
  for (const list of perParent.values()) {
    if (list.length < TEASER_SIBLINGS) continue;
    const entries = listEntries(list, prose);
    for (const el of list) if (!entries.has(el)) items.add(el);
  }
  return items;
}

/** The entries of a list article among teaser-like siblings: those of one tag (same role) where every one, and at
 * least two, has its own prose paragraph under its linked title (a teaser has a headline and at most a blurb). */
function listEntries(list: Element[], prose: Map<Element, number>): Set<Element> {
  const byTag = new Map<string, Element[]>();
  for (const el of list) {
    const same = byTag.get(el.name);
    if (same) same.push(el);
    else byTag.set(el.name, [el]);
  }
  const out = new Set<Element>();
  for (const same of byTag.values())
    if (same.length >= 2 && same.every((el) => (prose.get(el) ?? 0) >= PARAGRAPH_CHARS))
      for (const el of same) out.add(el);
  return out;
}

/** The element whose subtree scores highest (the deepest one on ties), or null when nothing scores. */
export function selectMain(blocks: Block[], root: Element, teasers = new Set<Element>()): Element | null {
  const score = new Map<Element, number>();
  for (const b of blocks) {
    const v = inAny(b.el, teasers) ? -b.chars : blockValue(b);
    forAncestors(b.el, (el) => score.set(el, (score.get(el) ?? 0) + v), root);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore || (s === bestScore && best && isInside(el, best))) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

function forAncestors(start: Element, fn: (el: Element) => void, stop?: Element): void {
  let el: Element | null = start;
  for (let depth = 0; el && el.type === 'tag' && depth < MAX_DEPTH; depth++) {
    fn(el);
    if (el === stop) break;
    el = el.parent as Element | null;
  }
}

/** True when el or one of its ancestors is in the set. */
export function inAny(el: Element, set: Set<Element>): boolean {
  if (!set.size) return false;
  let hit = false;
  forAncestors(el, (a) => {
    if (set.has(a)) hit = true;
  });
  return hit;
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let p = el.parent, d = 0; p && d < MAX_DEPTH; p = p.parent, d++) if (p === ancestor) return true;
  return false;
}
