// Words of the analyzer's lexicons (data/lexicons/<lang>.json) that story prints read: number words ("ocho
// mujeres", "eight women": the same count in two languages is the same number) and the words of trafficking cues
// ("explotación", "victims", "proxénétisme"), which every report of every case uses and so say nothing about which.
import { readFileSync } from 'node:fs';
import { type LexiconFile, readLexiconFiles } from '../analyze/lexicon.ts';
import { dataPath } from '../lib/paths.ts';
import { fold } from './incident-names.ts';

interface LexiconWords {
  numbers: Map<string, number>;
  cues: Set<string>;
  /** How a word is keyed: folded, or only lower-cased where accents carry meaning (Vietnamese "tám" 8, "tạm"). */
  key: (word: string) => string;
}

const lower = (w: string) => w.toLowerCase();

const cache = new Map<string, LexiconWords>();

/** Number words only story prints read (data/stories/number-words.json): approximate counts and hundreds. */
const STORY_NUMBERS = readStoryNumbers();

function readStoryNumbers(): Record<string, Record<string, number>> {
  const raw = JSON.parse(readFileSync(dataPath('stories', 'number-words.json'), 'utf8')) as Record<string, unknown>;
  const out: Record<string, Record<string, number>> = {};
  for (const [lang, words] of Object.entries(raw)) {
    if (lang.startsWith('$')) continue;
    for (const [w, v] of Object.entries(words as Record<string, unknown>)) {
      if (!Number.isInteger(v) || /\s/.test(w))
        throw new Error(`number-words.json: ${lang}.${w}: one word, an integer`);
      out[lang] = { ...out[lang], [w]: v as number };
    }
  }
  return out;
}

let files: Map<string, LexiconFile> | undefined;

/** The folded number words and cue words of a language (empty when Lantern has no lexicon for it). */
export function lexiconWords(language: string): LexiconWords {
  const lang = /^[a-z]{2,3}$/.test(language) ? language : '';
  const hit = cache.get(lang);
  if (hit) return hit;
  files ??= readLexiconFiles();
  const lex = lang ? files.get(lang) : undefined;
  const words: LexiconWords = { numbers: new Map(), cues: new Set(), key: lex?.fold === false ? lower : fold };
  if (lex) {
    for (const [w, v] of Object.entries(lex.numbers ?? {})) if (Number.isInteger(v)) words.numbers.set(words.key(w), v);
    const own = { ...STORY_NUMBERS[lex.language], ...STORY_NUMBERS[lang] };
    for (const [w, v] of Object.entries(own)) words.numbers.set(words.key(w), v);
    for (const phrases of Object.values(lex.cues ?? {})) {
      for (const p of phrases)
        for (const w of fold(p.replace(/@[\d.]+/g, '')).match(/\p{L}+/gu) ?? []) words.cues.add(w);
    }
  }
  cache.set(lang, words);
  return words;
}
