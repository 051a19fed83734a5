// Streamed server rendering (React's Suspense streaming): the article arrives in hidden segments at the end of
// the page (<div hidden id="S:1">) that a script moves into placeholders (<template id="B:1"> or "P:1"), while the
// placeholder's neighbour shows a fallback ("Loading paragraph..."). Doing that move here puts the text back where
// the reader sees it. Linear: one walk, each segment moved at most once, no array splices.
import { type AnyNode, attr, type Element, isElement, textOf } from './dom.ts';

/** A segment's id, and a placeholder's id (B: a boundary, P: a pending segment). */
const SEGMENT_ID = /^S:([0-9a-f]{1,8})$/;
const PLACEHOLDER_ID = /^([BP]):([0-9a-f]{1,8})$/;
/** A boundary's fallback shorter than this (a "Loading…" line, a spinner) is emptied when its content arrives. */
const FALLBACK_MAX_CHARS = 200;
/** Segments inside segments inside segments…: deeper levels are left where they are. */
const MAX_LEVEL = 6;
/** At most this many segments are moved on one page (real pages: a few dozen). */
const MAX_MOVES = 5_000;

interface Placeholder {
  el: Element;
  key: string;
  boundary: boolean;
  next: AnyNode | undefined;
}

/** Moves each hidden streamed segment into its placeholder; returns the number moved. */
export function inlineStreamedSegments(root: Element): number {
  const segments = new Map<string, Element>();
  const top: Placeholder[] = [];
  const inside = new Map<Element, Placeholder[]>();
  collect(root, segments, top, inside);
  if (!segments.size) return 0;
  let moved = 0;
  let level: Placeholder[] = top;
  for (let depth = 0; depth <= MAX_LEVEL && level.length; depth++) {
    const next: Placeholder[] = [];
    for (const p of level) {
      const seg = segments.get(p.key);
      if (!seg || moved >= MAX_MOVES) continue;
      segments.delete(p.key);
      moveInto(p, seg);
      moved++;
      next.push(...(inside.get(seg) ?? []));
    }
    level = next;
  }
  return moved;
}

/** One walk: segments by id; placeholders outside any segment, and those inside each segment. */
function collect(
  root: Element,
  segments: Map<string, Element>,
  top: Placeholder[],
  inside: Map<Element, Placeholder[]>,
) {
  const stack: [AnyNode, Element | null, AnyNode | undefined][] = [[root, null, undefined]];
  while (stack.length) {
    const [node, within, next] = stack.pop()!;
    if (!isElement(node)) continue;
    let seg = within;
    const id = attr(node, 'id');
    if (id) {
      const s = SEGMENT_ID.exec(id);
      const p = PLACEHOLDER_ID.exec(id);
      if (s && node.name === 'div' && 'hidden' in node.attribs && !segments.has(s[1]!)) {
        segments.set(s[1]!, node);
        seg = node;
      } else if (p && node.name === 'template') {
        const ph = { el: node, key: p[2]!, boundary: p[1] === 'B', next };
        if (!within) top.push(ph);
        else if (inside.has(within)) inside.get(within)!.push(ph);
        else inside.set(within, [ph]);
      }
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, seg, nextElement(kids, i)]);
  }
}

function nextElement(kids: AnyNode[], i: number): AnyNode | undefined {
  for (let j = i + 1; j < kids.length && j < i + 3; j++) if (isElement(kids[j]!)) return kids[j];
  return undefined;
}

/** The placeholder becomes a plain block holding the segment's nodes; the segment is left empty. */
function moveInto(p: Placeholder, seg: Element): void {
  const el = p.el;
  el.name = 'div';
  el.tagName = 'div';
  el.children = seg.children;
  for (const kid of el.children) kid.parent = el;
  seg.children = [];
  if (p.boundary && p.next && isElement(p.next) && textOf(p.next).trim().length < FALLBACK_MAX_CHARS)
    (p.next as Element).children = [];
}
