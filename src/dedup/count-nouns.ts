// What a number counts, read from the words around it (data/stories/count-nouns.json): people, arrests, officers
// or premises. "44 women" and "44 officers" are not the same fact.
import { readFileSync } from 'node:fs';
import { dataPath } from '../lib/paths.ts';
import { fold } from './incident-names.ts';

/** Kinds of things counted; '' when the words around the number do not say. */
export type CountKind = 'people' | 'arrests' | 'officers' | 'premises' | '';

const NOUNS = JSON.parse(readFileSync(dataPath('stories', 'count-nouns.json'), 'utf8')) as Record<string, unknown>;
const STEMS: [Exclude<CountKind, ''>, string[]][] = (['people', 'arrests', 'officers', 'premises'] as const).map(
  (k) => [k, (NOUNS[k] as string[]).map(fold)],
);
/** Words read after a number ("27 young Venezuelan women": three words may sit between) and before it. */
const WORDS_AFTER = 4;
const WORDS_BEFORE = 3;

/** The kind of thing counted by the number between `before` and `after`. */
export function countNoun(after: string, before = ''): CountKind {
  const next =
    fold(after)
      .match(/\p{L}+/gu)
      ?.slice(0, WORDS_AFTER) ?? [];
  const found = kindOf(next);
  // People arrested: "14 personas detenidas", "la detención de 14 personas".
  if (found === 'people') {
    const around = [
      ...next,
      ...(fold(before)
        .match(/\p{L}+/gu)
        ?.slice(-WORDS_BEFORE) ?? []),
    ];
    if (around.some((w) => kindOfWord(w) === 'arrests')) return 'arrests';
  }
  return found;
}

function kindOf(words: string[]): CountKind {
  for (const w of words) {
    const k = kindOfWord(w);
    if (k) return k;
  }
  return '';
}

function kindOfWord(w: string): CountKind {
  for (const [kind, stems] of STEMS) if (stems.some((s) => w.startsWith(s))) return kind;
  return '';
}
