// Site rules as data (data/site-rules/sites.json): domain → the article container and boxes to drop.
import bundledFile from '../../data/site-rules/sites.json' with { type: 'json' };
import { parseSelector, type Selector } from './selector.ts';

/** One site's rule, parsed. */
export interface SiteRule {
  domain: string;
  body: Selector | null;
  drop: Selector | null;
}

/** One rule as written in the data file. */
export interface RawRule {
  domain: string;
  body?: string;
  drop?: string;
}

/** Parses a rules file's content (the JSON value); throws with the domain named when a selector is bad. */
export function parseSiteRules(raw: { rules?: RawRule[] }): SiteRule[] {
  return (raw.rules ?? []).map((r) => {
    try {
      return {
        domain: r.domain.toLowerCase(),
        body: r.body ? parseSelector(r.body) : null,
        drop: r.drop ? parseSelector(r.drop) : null,
      };
    } catch (err) {
      throw new Error(`site rule for ${r.domain}: ${(err as Error).message}`);
    }
  });
}

let bundled: SiteRule[] | null = null;

/** The bundled rules (data/site-rules/sites.json), parsed once. */
export function bundledSiteRules(): SiteRule[] {
  bundled ??= parseSiteRules(bundledFile);
  return bundled;
}

/** The rule for a URL's host (or a parent domain of it), or null. */
export function ruleFor(url: string, rules: SiteRule[]): SiteRule | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return rules.find((r) => host === r.domain || host.endsWith(`.${r.domain}`)) ?? null;
}
