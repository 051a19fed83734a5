// Drops what is never article text: scripts, navigation, hidden nodes and boilerplate boxes named by class or id.
import { type AnyNode, attr, type Element, elements, isElement } from './dom.ts';

/** Tags whose content is never article text. */
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'nav',
  'aside',
  'figcaption',
  'dialog',
  'head',
  'menu',
  'link',
  'meta',
  'title',
]);

/** Tags dropped only when they hold little of the page's prose (layouts misuse them). */
const SOFT_DROP_TAGS = new Set(['header', 'footer', 'form']);

/** Table parts: their class names describe data ("player-2020"), not page furniture. */
const TABLE_PARTS = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot']);

/** ARIA roles of page furniture. */
const DROP_ROLES = /^(navigation|complementary|banner|contentinfo|dialog|alertdialog|search|menu|menubar|toolbar)$/;

/** Class or id words that mark boilerplate (matched as whole words inside one class name). */
export const BOILERPLATE_WORDS =
  /(?:^|[-_])(share|shares|sharing|social|socials|sharebar|related|recommended|recommendations|comments?|disqus|newsletter|newsletters|subscribe|subscription|signup|promo|promos|advert|advertisement|ads?|adslot|adunit|dfp|gpt|sponsor|sponsored|sidebar|breadcrumbs?|byline|bylines|author|authors|caption|captions|credit|credits|tags|taglist|tag-list|keywords|cookie|cookies|consent|gdpr|popup|modal|overlay|outbrain|taboola|recirc|recirculation|readmore|read-more|more-stories|morestories|also-read|nav|navbar|navigation|menu|footer|masthead|toolbar|print|widget|widgets|trending|popular|most-read|mostread|pagination|pager|rating|ratings|skip|sr-only|visually-hidden|screen-reader-text|popover|excerpt|dek|deck|subline|sub-headline|subheadline|standfirst|strapline|subtitle|abstract|kicker|timestamp|dateline|published|updated|meta|post-meta|article-meta|entry-meta|metadata|tools|toolbox|utility|follow|donate|paywall|login|signin|register|banner|teaser|teasers|card|cards|carousel|slider|gallery|lightbox|video-player|embed-code|wp-caption-text|photo-credit|image-credit|tooltip|jump|toc|table-of-contents|bio|about-author|author-bio|subscribe-box|newsletter-signup|inline-newsletter|cta|callout-newsletter|pullquote|pull-quote|blockquote-pull|sticky|rail|right-rail|left-rail|below|above|header|head-line)(?:$|[-_])/;

/** Boilerplate words specific enough to match anywhere inside a class name. */
const BOILERPLATE_PARTS =
  /caption|credit|byline|newsletter|sharing|social|outbrain|taboola|breadcrumb|sidebar|advert|sponsor|related|recommend|subscribe|cookie|disqus|signup/;

/** Class or id words that mark the article container itself (never dropped on a boilerplate word). */
const CONTENT_WORDS =
  /(?:^|[-_])(article|story|entry|post|content|main|body|text|richtext|rich-text)(?:[-_]{1,2})(body|content|text|main|container|inner|wrapper)(?:$|[-_])|^(articlebody|storybody|entry-content|post-content|article-content|article-body|story-body)$/;

/** A text run this long counts as prose for the guard. */
const PROSE_RUN = 60;

/** Embedded posts (tweets, Instagram) quoted in the article are part of it. */
const EMBED_WORDS = /tweet|instagram-media|media-embed|social-embed|embed-(?:twitter|instagram|social)/;

/** Class or id words of reader-comment sections. */
const COMMENT_WORDS =
  /(?:^|[\s_-])(?:comments?|comment-list|commentlist|disqus_thread|disqus|respond|replies)(?:$|[\s_-])/;

/** Below this share of the page's prose, a boilerplate-named box is dropped. */
const GUARD_SHARE = 0.35;

/** Removes boilerplate subtrees from the document in place; returns the number dropped. The core of the
 * article (the element with the most prose in its own paragraphs) and its ancestors are never dropped by name. */
export function prune(root: AnyNode, extraDrop?: (el: Element) => boolean): number {
  const { sums: paraText, own: ownPara, core } = proseMap(root);
  const anchors = tocTargets(root);
  const sections = tocSections(root, anchors, paraText);
  const total = paraText.get(root as Element) ?? 0;
  const protectedEls = new Set<Element>();
  for (let el = core, d = 0; el && d < 400; el = el.parent as Element | null, d++) protectedEls.add(el);
  let dropped = 0;
  // Each entry: a node, and whether it lies inside a family of article sections (see articleFamily).
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, inFamily] = stack.pop()!;
    const kids = (node as Element).children;
    if (!kids) continue;
    const keep: AnyNode[] = [];
    const family = articleFamily(node as Element, ownPara, paraText);
    for (const kid of kids) {
      if (kid.type === 'comment' || kid.type === 'directive' || kid.type === 'cdata') continue;
      const member = isElement(kid) && (family.has(kid) || sections.has(kid) || (inFamily && !hasSpecificWord(kid)));
      if (
        isElement(kid) &&
        shouldDrop(
          kid,
          protectedEls.has(kid) || member ? 1 : (paraText.get(kid) ?? 0) / (total || 1),
          anchors,
          extraDrop,
        )
      ) {
        dropped++;
        continue;
      }
      keep.push(kid);
      stack.push([kid, member]);
    }
    if (keep.length !== kids.length) (node as Element).children = keep as Element['children'];
  }
  return dropped;
}

function shouldDrop(el: Element, share: number, anchors: Set<string>, extraDrop?: (el: Element) => boolean): boolean {
  if (el.type !== 'tag' || DROP_TAGS.has(el.name)) return true;
  if (isHidden(el)) return true;
  if (extraDrop?.(el)) return true;
  if (share >= GUARD_SHARE && !isCommentBox(el)) return false;
  if (SOFT_DROP_TAGS.has(el.name)) return true;
  if (DROP_ROLES.test(attr(el, 'role'))) return true;
  return !TABLE_PARTS.has(el.name) && isBoilerplateName(el, anchors);
}

/** In-page links to at least this many distinct ids make a table of contents (skip links are one or two). */
const TOC_TARGETS = 3;

/** Ids that a table of contents links to: sections of the article, whatever their names ("toc_pros-and-cons"). */
function tocTargets(root: AnyNode): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(root)) {
    const href = el.name === 'a' ? attr(el, 'href') : '';
    if (href.length > 1 && href[0] === '#') ids.add(href.slice(1));
  }
  return ids.size >= TOC_TARGETS ? ids : new Set();
}

/** An id slug of at least this many words names a heading ("whats-the-difference-between-…"), not page furniture. */
const SLUG_WORDS = 3;

/** Sibling boxes that a table of contents links to, at least this many, are the sections of the article. */
const TOC_SECTIONS = 2;

/** Boxes a table of contents links to that hold prose and sit side by side (two or more under one parent): the
 * sections of the article, kept with their content whatever the names inside (a section's "component-header",
 * "card-description"). A lone target is left out: skip links point at wrappers ("#content", "#page") that also hold
 * the page's furniture. So is a target that is furniture itself (header, footer, a furniture role or name; a long
 * id slug such as "whats-the-difference-between-…" names a heading and is not read). */
function tocSections(root: AnyNode, anchors: Set<string>, prose: Map<Element, number>): Set<Element> {
  const byParent = new Map<AnyNode, Element[]>();
  if (anchors.size)
    for (const el of elements(root)) {
      const id = attr(el, 'id');
      if (!id || !anchors.has(id) || (prose.get(el) ?? 0) < MEMBER_PROSE || !el.parent) continue;
      if (SOFT_DROP_TAGS.has(el.name) || DROP_ROLES.test(attr(el, 'role')) || hasSpecificWord(el)) continue;
      const slug = id.split(/[-_]+/).filter(Boolean).length >= SLUG_WORDS;
      if (isBoilerplateName(el, slug ? anchors : new Set())) continue;
      const list = byParent.get(el.parent) ?? [];
      list.push(el);
      byParent.set(el.parent, list);
    }
  return new Set([...byParent.values()].filter((l) => l.length >= TOC_SECTIONS).flat());
}

/** Reader comments are dropped however much text they hold. */
function isCommentBox(el: Element): boolean {
  return COMMENT_WORDS.test(`${attr(el, 'class')} ${attr(el, 'id')}`.toLowerCase());
}

/** True when an element's class or id names page furniture rather than the article; an id that a table of
 * contents links to names a section of the article and is not read. */
export function isBoilerplateName(el: Element, anchors: Set<string> = new Set()): boolean {
  const id = attr(el, 'id');
  const raw = `${attr(el, 'class')} ${anchors.has(id) ? '' : id}`.trim();
  if (!raw) return false;
  const names = raw
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/\s+/);
  if (names.some((n) => CONTENT_WORDS.test(n) || EMBED_WORDS.test(n))) return false;
  return names.some((n) => n.length < 60 && (BOILERPLATE_WORDS.test(n) || BOILERPLATE_PARTS.test(n)));
}

function isHidden(el: Element): boolean {
  if ('hidden' in el.attribs) return true;
  if (attr(el, 'aria-hidden') === 'true' && el.name !== 'p') return true;
  const style = attr(el, 'style');
  return style !== '' && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** A parent with this much prose in its own paragraphs is part of the article's flow. */
const FLOW_PROSE = 150;
/** A member of a box family in that flow holds at least this much prose. */
const MEMBER_PROSE = 150;

/** Boxes that sit in the article's flow (a parent with its own prose paragraphs) beside a sibling of the same class
 * and hold prose: the sections of a list article ("c-product-widget", "mv-list-card"), kept whatever their names
 * unless a specific boilerplate word (newsletter, related…) names them. */
function articleFamily(parent: Element, ownPara: Map<Element, number>, prose: Map<Element, number>): Set<Element> {
  const out = new Set<Element>();
  if ((ownPara.get(parent) ?? 0) < FLOW_PROSE || !parent.children) return out;
  const byClass = new Map<string, Element[]>();
  for (const kid of parent.children) {
    const cls = isElement(kid) ? attr(kid, 'class').trim() : '';
    if (!cls || (prose.get(kid as Element) ?? 0) < MEMBER_PROSE) continue;
    const list = byClass.get(cls);
    if (list) list.push(kid as Element);
    else byClass.set(cls, [kid as Element]);
  }
  for (const list of byClass.values())
    if (list.length >= 2 && !hasSpecificWord(list[0]!)) for (const el of list) out.add(el);
  return out;
}

/** True when a specific boilerplate word (newsletter, related, sponsor…) is in the class or id. */
function hasSpecificWord(el: Element): boolean {
  return BOILERPLATE_PARTS.test(`${attr(el, 'class')} ${attr(el, 'id')}`.toLowerCase());
}

/** Prose per subtree, prose in each element's own paragraphs, and the core: the element with the most of it. */
function proseMap(root: AnyNode): { sums: Map<Element, number>; own: Map<Element, number>; core: Element | null } {
  const all = elements(root);
  const sums = new Map<Element, number>();
  const ownMap = new Map<Element, number>();
  let core: Element | null = null;
  let coreProse = 0;
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let sum = 0;
    let own = 0;
    // Text that is never shown (a <textarea> of escaped HTML, a script) is no one's prose.
    if (el.type === 'tag' && !DROP_TAGS.has(el.name))
      for (const kid of el.children) {
        if (isElement(kid)) {
          const n = sums.get(kid) ?? 0;
          sum += n;
          if (kid.name === 'p') own += n;
        } else if (kid.type === 'text') {
          const n = proseLength(kid.data);
          sum += n;
          own += n;
        }
      }
    sums.set(el, sum);
    if (own) ownMap.set(el, own);
    if (own > coreProse) {
      core = el;
      coreProse = own;
    }
  }
  let rootSum = 0;
  for (const kid of (root as Element).children ?? []) if (isElement(kid)) rootSum += sums.get(kid) ?? 0;
  sums.set(root as Element, rootSum);
  return { sums, own: ownMap, core };
}

function proseLength(text: string): number {
  const n = text.trim().length;
  return n >= PROSE_RUN ? n : 0;
}
