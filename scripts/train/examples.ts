// Labelled articles → training examples for each decision, read by the same rule stages the analyzer runs.
import { readFileSync } from 'node:fs';
import type { Loaded } from '../../src/analyze/analyzer.ts';
import { formCandidates } from '../../src/analyze/forms/candidates.ts';
import { incidentVector, minorsVector, relevanceVector } from '../../src/analyze/learned/features.ts';
import { readArticle, readFactsOf } from '../../src/analyze/read.ts';

/** One labelled article, as in the shared news sets (label rules: shared/data/news/SOURCE.md). */
export interface Labelled {
  id: string;
  title?: string;
  text: string;
  url?: string;
  label: {
    relevant: boolean;
    incident?: boolean;
    types?: string[];
    countries?: string[];
    minors?: boolean | null;
    victims?: number | null;
  };
}

/** Most labelled articles read from one file, and most characters per line. */
const MAX_ITEMS = 20_000;
const MAX_LINE = 1_000_000;

/** Reads a JSON Lines file of labelled articles; a bad line is an error naming the file and line. */
export function readLabelled(file: string): Labelled[] {
  const out: Labelled[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      if (line.length > MAX_LINE || out.length >= MAX_ITEMS) throw new Error(`${file}:${i + 1}: line or file too long`);
      const row = JSON.parse(line) as Labelled;
      if (typeof row.id !== 'string' || typeof row.text !== 'string' || typeof row.label?.relevant !== 'boolean')
        throw new Error(`${file}:${i + 1}: expected {"id", "text", "label": {"relevant", ...}}`);
      out.push(row);
    });
  return out;
}

/** Feature vectors with their labels, per decision. */
export interface Examples {
  relevance: Example[];
  incident: Example[];
  forms: Example[];
  countries: Example[];
  minors: Example[];
  victims: Example[];
}

/** One example: its article, features and label (1 or 0). */
export interface Example {
  id: string;
  x: number[];
  y: number;
}

/** Reads each article once and lays out every decision's examples (facts only for articles labelled relevant). */
export function examplesOf(parts: Loaded, items: Labelled[]): Examples {
  const ex: Examples = { relevance: [], incident: [], forms: [], countries: [], minors: [], victims: [] };
  for (const it of items) {
    const r = readArticle(parts, { id: it.id, url: it.url, title: it.title, text: it.text });
    const g = it.label;
    ex.relevance.push({ id: it.id, x: relevanceVector(r.relevance), y: g.relevant ? 1 : 0 });
    if (!g.relevant) continue;
    const f = readFactsOf(r.set, true);
    ex.incident.push({ id: it.id, x: incidentVector(f.incident, f.victim?.score ?? 0), y: g.incident ? 1 : 0 });
    for (const c of formCandidates(r.set, r.forms, r.relevance.score))
      ex.forms.push({ id: it.id, x: c.vector, y: has(g.types, c.form) });
    for (const c of r.geo.candidates) ex.countries.push({ id: it.id, x: c.vector, y: has(g.countries, c.cc) });
    // Only texts whose victims' ages are labelled, and that the rules do not abstain on, teach who the victims are.
    if ((g.minors === true || g.minors === false) && f.minors.minors !== null)
      ex.minors.push({ id: it.id, x: minorsVector(f.minors), y: g.minors ? 1 : 0 });
    for (const v of f.victimValues) ex.victims.push({ id: it.id, x: v.vector, y: v.n === g.victims ? 1 : 0 });
  }
  return ex;
}

function has(list: string[] | undefined, v: string): number {
  return list?.includes(v) ? 1 : 0;
}
