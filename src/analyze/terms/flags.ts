// Survivor-centred language: flags terms the Luxembourg Terminology Guidelines advise against.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';
import { matchAll } from '../../lib/text.ts';
import type { Flag } from '../../model/analysis.ts';
import { compile } from '../lexicon.ts';

interface TermRule {
  re: RegExp;
  suggestion: string;
}

/** Loads the guideline terms from data/terms. */
export function loadTermRules(file = dataPath('terms', 'luxembourg-guidelines.json')): TermRule[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { terms: { pattern: string; suggestion: string }[] };
  return raw.terms.map((t) => ({ re: compile([t.pattern]), suggestion: t.suggestion }));
}

/** Flags each use of a discouraged term with the suggested wording. */
export function languageFlags(text: string, rules: TermRule[]): Flag[] {
  return rules.flatMap((r) =>
    matchAll(r.re, text, 20).map((m) => ({
      kind: 'language' as const,
      quote: m.text,
      start: m.start,
      end: m.end,
      suggestion: r.suggestion,
    })),
  );
}
