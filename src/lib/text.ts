// Small text helpers shared by the analysis stages.

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
