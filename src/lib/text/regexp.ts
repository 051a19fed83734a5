// Literal text inside a regular expression.

/** The text with every character that means something in a regular expression escaped ("St." → "St\."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
