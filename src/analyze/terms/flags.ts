// Survivor-centred language: flags terms the Luxembourg Terminology Guidelines advise against, in every language.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';
import type { Flag } from '../../model/analysis.ts';
import { type Cue, compilePhrases, type Hit } from '../cues/phrases.ts';
import type { CueSet } from '../cues/scan.ts';

interface TermFile {
  terms: { phrases: string[]; suggestion: string; why?: string }[];
}

/** The guideline's terms as cues (category `term:<n>`), and each term's advice. */
export interface TermRules {
  /** Matched in the pass of the pivot lexicon, which reads every text (accents folded): no second pass over the tokens. */
  cues: Cue[];
  advice: { suggestion: string; why?: string }[];
}

/** Category prefix of the term cues. */
export const TERM_CAT = 'term:';

/** Loads the guideline terms from data/terms. */
export function loadTermRules(file = dataPath('terms', 'luxembourg-guidelines.json')): TermRules {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as TermFile;
  const cues = raw.terms.flatMap((t, i) => t.phrases.map((phrase) => ({ cat: `${TERM_CAT}${i}`, weight: 1, phrase })));
  compilePhrases(cues, true); // fails early on a malformed phrase
  return { cues, advice: raw.terms.map(({ suggestion, why }) => ({ suggestion, why })) };
}

/** Flags each use of a discouraged term with the suggested wording (longest term wins where terms overlap). */
export function languageFlags(set: CueSet, rules: TermRules): Flag[] {
  const { text } = set;
  const hits: Hit[] = [];
  for (const [cat, list] of set.byCat) if (cat.startsWith(TERM_CAT)) hits.push(...list);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const flags: Flag[] = [];
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start < lastEnd) continue;
    lastEnd = h.end;
    const advice = rules.advice[Number(h.cat.slice(TERM_CAT.length))]!;
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
