// Small text helpers shared by the analysis stages and the stages that read their offsets.

/** One match of a pattern in a text, with offsets. */
export interface Match {
  text: string;
  start: number;
  end: number;
}

/** Every match of a global regular expression, capped to keep pathological inputs bounded. */
export function matchAll(re: RegExp, text: string, limit = 200): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    out.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    if (out.length >= limit) break;
  }
  return out;
}

/** Longest text analysed (characters); the rest of a very long article is ignored. */
export const MAX_ANALYSIS_CHARS = 200_000;

/** The text analysis offsets refer to: the title, a blank line, then the body (title skipped if the body starts with it). */
export function analysedText(title: string | undefined, body: string): { text: string; titleEnd: number } {
  const t = (title ?? '').trim();
  const b = body.slice(0, MAX_ANALYSIS_CHARS);
  if (!t || b.trimStart().startsWith(t)) return { text: b, titleEnd: t ? b.indexOf(t) + t.length : 0 };
  return { text: `${t}\n\n${b}`, titleEnd: t.length };
}
