// Facts of the main incident: is it a specific case, are minors among the victims, how many victims.

import { matchAll } from '../../lib/text.ts';
import type { Evidence } from '../../model/analysis.ts';
import type { Lexicon } from '../lexicon.ts';

/** Incident, minors and victim count with evidence. */
export interface FactsResult {
  incident: boolean;
  minors: boolean | null;
  victims: number | null;
  evidence: Evidence[];
}

const BUYER_AFTER = /^\s+(?:\w+\s+){0,2}(?:paid|bought|arrested|suspects?|clients?|were charged|officers?)/i;

/** Reads incident, minors and victims from the text. */
export function extractFacts(text: string, lexicons: Lexicon[]): FactsResult {
  const evidence: Evidence[] = [];
  const incident = lexicons.flatMap((l) => matchAll(l.incident, text, 5))[0];
  if (incident)
    evidence.push({ field: 'incident', value: true, quote: incident.text, start: incident.start, end: incident.end });
  const minor = lexicons.flatMap((l) => matchAll(l.minors, text, 5))[0];
  if (minor) evidence.push({ field: 'minors', value: true, quote: minor.text, start: minor.start, end: minor.end });
  const adult = minor ? undefined : lexicons.flatMap((l) => matchAll(l.adults, text, 5))[0];
  const victims = countVictims(text, lexicons);
  if (victims)
    evidence.push({ field: 'victims', value: victims.n, quote: victims.text, start: victims.start, end: victims.end });
  return { incident: !!incident, minors: minor ? true : adult ? false : null, victims: victims?.n ?? null, evidence };
}

function countVictims(text: string, lexicons: Lexicon[]) {
  for (const lex of lexicons) {
    const words = Object.keys(lex.numbers).join('|');
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,6}|${words})\\s+(?:[\\p{L}-]+\\s+)?(${lex.victimNouns.join('|')})(?![\\p{L}])`,
      'giu',
    );
    for (const m of text.matchAll(re)) {
      const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
      if (BUYER_AFTER.test(after)) continue;
      const token = (m[1] ?? '').toLowerCase();
      const n = /^\d+$/.test(token) ? Number(token) : lex.numbers[token];
      if (n === undefined || n <= 0) continue;
      return { n, text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    }
  }
  return null;
}
