// Which of two copies of one article is the original: the one the other declares (canonical link to it, an
// "Article from:" / "Originally published by" line naming its outlet), else the one published first — never simply
// the one fetched first. Pure.
import { fold } from './incident-names.ts';

/** What an article says about where it comes from. */
export interface CreditFacts {
  canonicalUrl: string;
  /** Another site's URL the page declares as its canonical link (its original), or null. */
  declaredOriginal: string | null;
  /** The outlet a credit line names ("Article from: Metro Manila Post"), or null. */
  creditLine: string | null;
  /** Names the article's own outlet goes by (source name, credit name, site name, host). */
  outlet: string[];
  /** When it appeared: published (never later than fetched), else fetched. ISO. */
  at: string;
}

/** The original of two copies and why. `b` is the one stored first: it keeps the credit on a tie. */
export function originalOf(a: CreditFacts, b: CreditFacts): { original: 'a' | 'b'; why: string } {
  if (a.declaredOriginal && a.declaredOriginal === b.canonicalUrl) return { original: 'b', why: 'canonical link' };
  if (b.declaredOriginal && b.declaredOriginal === a.canonicalUrl) return { original: 'a', why: 'canonical link' };
  if (credits(a, b)) return { original: 'b', why: 'credit line' };
  if (credits(b, a)) return { original: 'a', why: 'credit line' };
  return a.at < b.at ? { original: 'a', why: 'published first' } : { original: 'b', why: 'published first' };
}

/** Whether `x`'s credit line names `y`'s outlet (a page crediting its own outlet credits nobody else). */
export function credits(x: CreditFacts, y: CreditFacts): boolean {
  const line = x.creditLine ? fold(x.creditLine).trim() : '';
  if (line.length < 3) return false;
  const names = (c: CreditFacts) => c.outlet.map((n) => fold(n).trim()).filter((n) => n.length >= 3);
  const named = (n: string) => line === n || line.includes(n) || (n.includes(line) && line.length >= 5);
  return names(y).some(named) && !names(x).some(named);
}
