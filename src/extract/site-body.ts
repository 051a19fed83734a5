// The site-rules stage: a rule's selector names the article container; its drop selector removes boxes.
import { type Document, elements } from './dom.ts';
import { prune } from './prune.ts';
import { renderText } from './render.ts';
import { matches } from './selector.ts';
import type { SiteRule } from './site-rules.ts';

/** The text of the container a site rule names, or null when the page has no such element. */
export function siteRuleBody(doc: Document, rule: SiteRule): string | null {
  if (!rule.body) return null;
  const body = rule.body;
  const hits = elements(doc).filter((el) => el.type === 'tag' && matches(el, body));
  if (!hits.length) return null;
  const drop = rule.drop;
  const parts = hits.map((el) => {
    prune(el, drop ? (x) => matches(x, drop) : undefined);
    return renderText(el, new Set());
  });
  return parts.filter(Boolean).join('\n\n') || null;
}
