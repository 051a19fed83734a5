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
/** Words that begin another clause after the counted noun ("freed 24 women and arrested 21"). */
const CLAUSE_WORDS = new Set((NOUNS.clause_words as string[]).map(fold));
/** Words read after a number ("27 young Venezuelan women": three words may sit between) and before it. */
const WORDS_AFTER = 4;
const WORDS_BEFORE = 3;

/** The kind of thing counted by the number between `before` and `after`. */
export function countNoun(after: string, before = ''): CountKind {
  const next = words(after.split(CLAUSE_END, 1)[0]!).slice(0, WORDS_AFTER);
  // A noun past a clause word counts another number ("9 منهن و ضبط 12 متهما": the 9 freed are no arrests).
  const open = next.findIndex((w) => CLAUSE_WORDS.has(w));
  const at = next.findIndex((w, i) => kindOfWord(w) !== '' && (open < 0 || i < open));
  const found = at < 0 ? '' : kindOfWord(next[at]!);
  // People arrested: "14 personas detenidas", "la detención de 14 personas" — words after the noun up to another
  // clause, and before the number in its own clause ("rescató a 18 víctimas, arrestó a cinco": the 18 are no arrests;
  // "freed 24 women and arrested 21": neither are the 24).
  if (found === 'people') {
    const clause = before.split(CLAUSE_END).at(-1)!;
    const own = next.findIndex((w, i) => i > at && CLAUSE_WORDS.has(w));
    // ("elf Verdächtige festgenommen und zwölf Opfer identifiziert": an "and" before the number opens its clause too.)
    const prior = words(clause);
    const opens = prior.findLastIndex((w) => CLAUSE_WORDS.has(w));
    const around = [...next.slice(0, own < 0 ? next.length : own), ...prior.slice(opens + 1).slice(-WORDS_BEFORE)];
    if (around.some((w) => kindOfWord(w) === 'arrests')) return 'arrests';
  }
  return found;
}

/** Punctuation that ends a clause: words past it belong to another count. */
const CLAUSE_END = /[,;:.!?()]/;

function words(text: string): string[] {
  return fold(text).match(/\p{L}+/gu) ?? [];
}

function kindOfWord(w: string): CountKind {
  for (const [kind, stems] of STEMS) if (stems.some((s) => w.startsWith(s))) return kind;
  return '';
}
