// Literal text inside a regular expression.

/** The text with every character that means something in a regular expression escaped ("St." → "St\."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A letter, digit or underscore of any script (`\w` and `\b` know ASCII letters only: no edge around "родом из"). */
export const WORD_CHAR = '[\\p{L}\\p{N}_]';
/** A word's start and end in any script, for expressions with the `u` flag. */
export const WORD_START = `(?<!${WORD_CHAR})`;
export const WORD_END = `(?!${WORD_CHAR})`;
