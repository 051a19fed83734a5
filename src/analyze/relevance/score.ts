// Relevance: is the text about trafficking in persons? Strong cues for, negative cues (drugs, wildlife, traffic) against.

import { matchAll } from '../../lib/text.ts';
import type { Evidence } from '../../model/analysis.ts';
import type { Lexicon } from '../lexicon.ts';

/** The relevance decision with its score and the quotes behind it. */
export interface RelevanceResult {
  relevant: boolean;
  score: number;
  evidence: Evidence[];
}

/** Scores relevance from cue counts; a title hit counts double. */
export function scoreRelevance(text: string, titleEnd: number, lexicons: Lexicon[]): RelevanceResult {
  const strong = lexicons.flatMap((l) => matchAll(l.strong, text));
  const negative = lexicons.flatMap((l) => matchAll(l.negative, text));
  const weight = (ms: { start: number }[]) => ms.reduce((s, m) => s + (m.start < titleEnd ? 2 : 1), 0);
  const pos = weight(strong);
  const neg = weight(negative);
  const raw = pos * 1.2 - neg * 0.6;
  const score = Math.round((1 / (1 + Math.exp(-(raw - 1)))) * 1000) / 1000;
  const evidence: Evidence[] = [
    ...strong
      .slice(0, 5)
      .map((m) => ({ field: 'relevance' as const, value: true, quote: m.text, start: m.start, end: m.end })),
    ...negative
      .slice(0, 3)
      .map((m) => ({ field: 'negative' as const, value: false, quote: m.text, start: m.start, end: m.end })),
  ];
  return { relevant: pos > 0 && score >= 0.5, score, evidence };
}
