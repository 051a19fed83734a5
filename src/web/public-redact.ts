// What the public may see of one story or article: every flagged identifying detail withheld. Pure.
import { redactWith, type Withhold } from '../analyze/privacy/redact.ts';
import { analysedText } from '../lib/analysed-text.ts';
import type { Analysis, Evidence } from '../model/analysis.ts';
import type { Article, Story } from '../model/records.ts';
import { stripMarks } from '../store/search/doc.ts';

/** A story as the public sees it: the editor's title/summary when set, every text redacted. */
export function publicStoryOf(s: Story, w: readonly Withhold[]): Story {
  const title = redactWith(s.publicTitle ?? s.title, w);
  const summary = s.publicSummary === null ? null : redactWith(s.publicSummary, w);
  const correction = s.correction === null ? null : redactWith(s.correction, w);
  return { ...s, title, publicTitle: title, publicSummary: summary, correction };
}

/** An article as the public sees it: title, text, byline and analysis quotes redacted; flags dropped. */
export function publicArticleOf(a: Article, w: readonly Withhold[]): Article {
  const title = redactWith(a.title, w);
  const text = redactWith(a.text, w);
  const byline = a.byline === null ? null : redactWith(a.byline, w);
  const analysis = a.analysis ? publicAnalysis(a, title, text, w) : null;
  return { ...a, title, text, byline, analysis };
}

function publicAnalysis(a: Article, title: string, text: string, w: readonly Withhold[]): Analysis {
  const an = a.analysis!;
  const before = analysedText(a.title, a.text).text;
  const after = analysedText(title, text).text;
  // Evidence offsets index the analysed text: move them to the redacted text, or drop them (quote alone).
  const moveOffsets = <T extends { quote: string; start: number; end: number }>(e: T): T => {
    const quote = redactWith(e.quote, w);
    if (!w.length) return e;
    const start = redactWith(before.slice(0, Math.max(0, e.start)), w).length;
    if (after.slice(start, start + quote.length) === quote) return { ...e, quote, start, end: start + quote.length };
    return { ...e, quote, start: -1, end: -1 };
  };
  const evidence: Evidence[] = an.evidence.map(moveOffsets);
  const places = an.places.map((p) => ({ ...moveOffsets({ ...p, quote: p.name }), name: redactWith(p.name, w) }));
  return { ...an, evidence, places: places.map(({ quote: _q, ...p }) => p), flags: [] };
}

/** Folded words of a text (lower case, no accents) for comparing a query with withheld details. */
export function foldedWords(text: string): string[] {
  return stripMarks(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a search query names a withheld detail (a hit found through it must not be shown). */
export function queryNamesWithheld(q: string, w: readonly Withhold[]): boolean {
  if (!w.length || !q) return false;
  const hidden = new Set(w.flatMap((x) => foldedWords(x.text)).filter((x) => x.length >= 2));
  return foldedWords(q).some((word) => {
    if (hidden.has(word)) return true;
    // A stem or a longer form of a withheld word ("amin", "aminas") reaches it through the stemmer too.
    return word.length >= 4 && [...hidden].some((h) => h.length >= 4 && (h.startsWith(word) || word.startsWith(h)));
  });
}
