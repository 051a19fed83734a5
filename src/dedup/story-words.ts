// Word lists of story prints (data/stories/<file>.json), and the regex pieces built from them: the words live in
// reviewed data, the patterns that are no words (digits, punctuation, lookarounds) stay in code.
import { readFileSync } from 'node:fs';
import { dataPath } from '../lib/paths.ts';
import { escapeRegExp } from '../lib/text/regexp.ts';

/** The lists of a data/stories/ file by name; a list that is missing, empty or not of lower-case words throws. */
export function storyWords(file: string): (list: string) => readonly string[] {
  const raw = JSON.parse(readFileSync(dataPath('stories', file), 'utf8')) as Record<string, unknown>;
  return (list) => {
    const words = raw[list];
    if (!isWordList(words)) throw new Error(`${file}: ${list}: a non-empty list of lower-case words`);
    return words;
  };
}

/** Whether a value is a non-empty list of non-empty lower-case strings. */
export function isWordList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((w) => typeof w === 'string' && w !== '' && w === w.toLowerCase())
  );
}

/** A regex group matching any of the words, tried in the order listed ("(?:a|b)"); `form` writes each one. */
export function anyOf(words: readonly string[], form: (word: string) => string = escapeRegExp): string {
  return `(?:${words.map(form).join('|')})`;
}

/** A word with its first letter in either case ("[Oo]peración"), for regexes without the `i` flag. */
export function eitherCase(word: string): string {
  const first = word[0]!;
  return `[${first.toUpperCase()}${first}]${escapeRegExp(word.slice(1))}`;
}

/** A phrase whose words may be parted by any white space ("el\s+mes\s+de"). */
export function spaced(phrase: string): string {
  return escapeRegExp(phrase).replace(/ /g, '\\s+');
}
