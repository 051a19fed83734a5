// The text analysis offsets refer to, shared by the analyzer and the stages that read its offsets (story prints).

/** Longest text analysed (characters); the rest of a very long article is ignored. */
export const MAX_ANALYSIS_CHARS = 200_000;

/** The title, a blank line, then the body (title skipped if the body starts with it). */
export function analysedText(title: string | undefined, body: string): { text: string; titleEnd: number } {
  const t = (title ?? '').trim();
  const b = body.slice(0, MAX_ANALYSIS_CHARS);
  if (!t || b.trimStart().startsWith(t)) return { text: b, titleEnd: t ? b.indexOf(t) + t.length : 0 };
  return { text: `${t}\n\n${b}`, titleEnd: t.length };
}
