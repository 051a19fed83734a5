// What a number counts, read from the words right after it (data/stories/count-nouns.json): people, arrests,
// officers or premises. "44 women" and "44 officers" are not the same fact.
import { readFileSync } from 'node:fs';
import { dataPath } from '../lib/paths.ts';
import { fold } from './incident-names.ts';

/** Kinds of things counted; '' when the words after the number do not say. */
export type CountKind = 'people' | 'arrests' | 'officers' | 'premises' | '';

const NOUNS = JSON.parse(readFileSync(dataPath('stories', 'count-nouns.json'), 'utf8')) as Record<string, unknown>;
const STEMS: [Exclude<CountKind, ''>, string[]][] = (['people', 'arrests', 'officers', 'premises'] as const).map(
  (k) => [k, (NOUNS[k] as string[]).map(fold)],
);
/** Words read after a number ("27 young Venezuelan women": three words may sit between). */
const WORDS_AFTER = 4;

/** The kind of thing counted by the number just before `after`. */
export function countNoun(after: string): CountKind {
  const words =
    fold(after)
      .match(/\p{L}+/gu)
      ?.slice(0, WORDS_AFTER) ?? [];
  for (const w of words) {
    for (const [kind, stems] of STEMS) if (stems.some((s) => w.startsWith(s))) return kind;
  }
  return '';
}
