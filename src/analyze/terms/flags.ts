// Survivor-centred language: flags terms the Luxembourg Terminology Guidelines advise against, in every language.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';
import type { Flag } from '../../model/analysis.ts';
import { compilePhrases, matchPhrases, type PhraseIndex } from '../cues/phrases.ts';
import type { Tokens } from '../cues/tokens.ts';

interface TermFile {
  terms: { phrases: string[]; suggestion: string; why?: string }[];
}

/** The compiled guideline: one matcher for all terms, and each term's advice. */
export interface TermRules {
  index: PhraseIndex;
  advice: { suggestion: string; why?: string }[];
}

/** Loads the guideline terms from data/terms. */
export function loadTermRules(file = dataPath('terms', 'luxembourg-guidelines.json')): TermRules {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as TermFile;
  const cues = raw.terms.flatMap((t, i) => t.phrases.map((phrase) => ({ cat: String(i), weight: 1, phrase })));
  return { index: compilePhrases(cues, true), advice: raw.terms.map(({ suggestion, why }) => ({ suggestion, why })) };
}

/** Flags each use of a discouraged term with the suggested wording (longest term wins where terms overlap). */
export function languageFlags(text: string, tokens: Tokens, rules: TermRules): Flag[] {
  const hits = matchPhrases(rules.index, tokens).sort((a, b) => a.start - b.start || b.end - a.end);
  const flags: Flag[] = [];
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start < lastEnd) continue;
    lastEnd = h.end;
    const advice = rules.advice[Number(h.cat)]!;
    flags.push({
      kind: 'language',
      quote: text.slice(h.start, h.end),
      start: h.start,
      end: h.end,
      suggestion: advice.suggestion,
      ...(advice.why ? { note: advice.why } : {}),
    });
    if (flags.length >= 20) break;
  }
  return flags;
}
