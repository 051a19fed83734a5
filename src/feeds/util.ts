// Small helpers shared by the feed adapters.

/** Longest title kept (characters). */
const MAX_TITLE = 1000;

/** Trims and collapses whitespace; empty becomes null; strips tags some feeds put in titles. */
export function cleanText(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = s
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t ? t.slice(0, MAX_TITLE) : null;
}

/** An ISO-8601 timestamp from any date string a feed may carry, or null. */
export function isoDate(s: string | null | undefined): string | null {
  if (typeof s !== 'string' || !s.trim()) return null;
  const t = Date.parse(s.trim());
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** An absolute http(s) URL resolved against the feed's URL, or null. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (typeof href !== 'string' || !href.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
