// robots.txt: parse the groups that apply to our User-Agent and answer "may we fetch this path?".

/** The rules for one user agent: allow/disallow path patterns and an optional crawl delay. */
export interface RobotsRules {
  rules: { allow: boolean; pattern: string }[];
  crawlDelaySeconds: number | null;
}

/** Longest robots.txt read (Google's limit is 500 KiB). */
export const MAX_ROBOTS_BYTES = 512 * 1024;

/** Rules that allow everything (no robots.txt, or 4xx). */
export const ALLOW_ALL: RobotsRules = { rules: [], crawlDelaySeconds: null };
/** Rules that forbid everything (robots.txt unreachable with 5xx: be careful). */
export const DISALLOW_ALL: RobotsRules = { rules: [{ allow: false, pattern: '/' }], crawlDelaySeconds: null };

/** Parses robots.txt for a product token (e.g. "LanternBot", matched case-insensitively): its groups, else "*". */
export function parseRobots(text: string, product: string): RobotsRules {
  const token = product.toLowerCase();
  const groups = collectGroups(text.slice(0, MAX_ROBOTS_BYTES));
  const mine = groups.filter((g) => g.agents.some((a) => a === token));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  return {
    rules: chosen.flatMap((g) => g.rules),
    crawlDelaySeconds: chosen.map((g) => g.crawlDelay).find((d) => d !== null) ?? null,
  };
}

interface Group {
  agents: string[];
  rules: RobotsRules['rules'];
  crawlDelay: number | null;
}

function collectGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([a-z-]+)\s*:\s*(.*)$/i.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((key === 'allow' || key === 'disallow') && value)
      current.rules.push({ allow: key === 'allow', pattern: value });
    if (key === 'crawl-delay' && Number.isFinite(Number(value))) current.crawlDelay = Number(value);
  }
  return groups;
}

/** Whether a path (with query) may be fetched: the longest matching rule wins; allow wins ties. */
export function isAllowed(rules: RobotsRules, pathAndQuery: string): boolean {
  let best: { allow: boolean; length: number } | null = null;
  for (const r of rules.rules) {
    if (!matches(r.pattern, pathAndQuery)) continue;
    const length = r.pattern.length;
    if (!best || length > best.length || (length === best.length && r.allow)) best = { allow: r.allow, length };
  }
  return best ? best.allow : true;
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}${anchored ? '$' : ''}`).test(path);
}
