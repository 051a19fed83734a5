// Loads the per-language lexicons in data/lexicons and compiles their patterns once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../lib/paths.ts';

/** A lexicon as written in data/lexicons/<lang>.json. */
export interface LexiconFile {
  relevance: { strong: string[]; negative: string[] };
  forms: Record<string, string[]>;
  incident: string[];
  minors: string[];
  adults: string[];
  victimNouns: string[];
  numbers: Record<string, number>;
}

/** A lexicon with its patterns compiled to global, case-insensitive regular expressions. */
export interface Lexicon {
  language: string;
  strong: RegExp;
  negative: RegExp;
  forms: [string, RegExp][];
  incident: RegExp;
  minors: RegExp;
  adults: RegExp;
  victimNouns: string[];
  numbers: Record<string, number>;
}

/** Joins patterns into one word-bounded, Unicode-aware alternation. */
export function compile(patterns: string[]): RegExp {
  if (!patterns.length) return /(?!)/g;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Loads every lexicon file, keyed by language code. */
export function loadLexicons(dir = dataPath('lexicons')): Map<string, Lexicon> {
  const out = new Map<string, Lexicon>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const language = file.replace(/\.json$/, '');
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LexiconFile;
    out.set(language, {
      language,
      strong: compile(raw.relevance.strong),
      negative: compile(raw.relevance.negative),
      forms: Object.entries(raw.forms).map(([form, pats]) => [form, compile(pats)]),
      incident: compile(raw.incident),
      minors: compile(raw.minors),
      adults: compile(raw.adults),
      victimNouns: raw.victimNouns,
      numbers: raw.numbers,
    });
  }
  return out;
}
