// Small words by role ("and", "for", "aged"), read from each lexicon's `words` section: a language's words are data.
import type { CueSet } from './scan.ts';

/** Roles the stages look words up by; each lexicon lists its own words for them (data/lexicons/README.md). */
export type WordRole =
  | 'and'
  | 'one'
  | 'aged'
  | 'years'
  | 'range'
  | 'age_gap'
  | 'duration_before'
  | 'duration_after'
  | 'threshold'
  | 'tens_and'
  | 'both'
  | 'purpose'
  | 'since'
  | 'said'
  | 'glued'
  | 'not_pivot'
  | 'age_then'
  | 'singular'
  | 'without'
  | 'opens_clause'
  | 'person_adjective'
  | 'another'
  | 'origin_from'
  | 'agent';

/** Whether token `i` is one of the role's words in any of the text's lexicons. */
export function isWord(set: CueSet, role: WordRole, i: number): boolean {
  if (i < 0 || i >= set.tokens.length) return false;
  for (const lex of set.lexicons) {
    const words = lex.words.get(role);
    if (words?.has(lex.fold ? set.tokens.fold[i]! : set.tokens.lower[i]!)) return true;
  }
  return false;
}

/** Whether token `i` is one of the role's words in the text's own language (the first lexicon): English "a" is no
 * article in a Spanish text. */
export function isOwnWord(set: CueSet, role: WordRole, i: number): boolean {
  const lex = set.lexicons[0];
  if (!lex || i < 0 || i >= set.tokens.length) return false;
  return !!lex.words.get(role)?.has(lex.fold ? set.tokens.fold[i]! : set.tokens.lower[i]!);
}

/** Whether token `i` is a possessive word of one of the text's lexicons ("her", "sus"): what follows is someone's. */
export function isPossessive(set: CueSet, i: number): boolean {
  if (i < 0) return false;
  return set.lexicons.some((lex) => lex.possessives.has(lex.fold ? set.tokens.fold[i]! : set.tokens.lower[i]!));
}

/** Whether token `i` is the "s" of an owner's "'s" ("the couple's two sons"). */
export function isOwnerS(set: CueSet, i: number): boolean {
  if (i < 1 || set.tokens.lower[i] !== 's') return false;
  const c = set.text[set.tokens.start[i]! - 1];
  return c === "'" || c === '\u2019';
}
