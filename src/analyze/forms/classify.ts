// Forms of exploitation: multi-label, from per-language cue lists; `unspecified` when none is said.

import { matchAll } from '../../lib/text.ts';
import type { Evidence, ExploitationForm } from '../../model/analysis.ts';
import type { Lexicon } from '../lexicon.ts';

/** The forms found and their evidence. */
export interface FormsResult {
  types: ExploitationForm[];
  evidence: Evidence[];
}

/** Finds every form with at least one cue, most-cued first. */
export function classifyForms(text: string, lexicons: Lexicon[]): FormsResult {
  const hits = new Map<string, { count: number; first: Evidence }>();
  for (const lex of lexicons) {
    for (const [form, re] of lex.forms) {
      const ms = matchAll(re, text, 20);
      const m = ms[0];
      if (!m) continue;
      const prev = hits.get(form);
      const first = { field: 'types' as const, value: form, quote: m.text, start: m.start, end: m.end };
      hits.set(form, { count: (prev?.count ?? 0) + ms.length, first: prev?.first ?? first });
    }
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1].count - a[1].count);
  if (!ranked.length) return { types: ['unspecified'], evidence: [] };
  return { types: ranked.map(([f]) => f as ExploitationForm), evidence: ranked.map(([, h]) => h.first) };
}
