// The export vocabulary from data/vocab/ctdc.json: column names and values after CTDC/HTCDS, validated on load.
import { readFileSync } from 'node:fs';
import type { StoryOut } from '../api/public-view.ts';
import { LanternError } from '../lib/errors.ts';
import { dataPath } from '../lib/paths.ts';

/** Where a column's value comes from on a public story. */
const SOURCES = [
  'id',
  'url',
  'title',
  'firstSeenYear',
  'firstSeenAt',
  'updatedAt',
  'countries',
  'minors',
  'victims',
  'form',
  'forms',
  'incident',
  'outlet',
  'sourceUrl',
  'places',
  'sample',
] as const;

/** One export column. */
export interface VocabColumn {
  column: string;
  from: (typeof SOURCES)[number];
  /** For 'form' columns: the Lantern forms that set it to 1. */
  forms?: string[];
  ctdc: string | null;
  verified?: boolean;
  /** 'dataset': the name was seen in CTDC data set files (names only, not definitions). */
  seen?: string;
  note?: string;
}

/** The whole vocabulary. */
export interface Vocab {
  columns: VocabColumn[];
  majorityStatus: Record<'true' | 'false' | 'null', string>;
}

/** A flat export value. */
export type Cell = string | number | null;

/** Reads and checks the vocabulary file. */
export function loadVocab(file = dataPath('vocab', 'ctdc.json')): Vocab {
  const v = JSON.parse(readFileSync(file, 'utf8')) as Vocab;
  const bad = (why: string) => new LanternError('internal', `${file}: ${why}`);
  if (!Array.isArray(v.columns) || !v.columns.length) throw bad('no columns');
  const seen = new Set<string>();
  for (const c of v.columns) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(c.column) || seen.has(c.column)) throw bad(`column "${c.column}"`);
    if (!(SOURCES as readonly string[]).includes(c.from)) throw bad(`column ${c.column}: unknown from "${c.from}"`);
    if (c.from === 'form' && !c.forms?.length) throw bad(`column ${c.column}: form column without forms`);
    seen.add(c.column);
  }
  return v;
}

/** One story's row: a value per column, in column order. */
export function vocabRow(v: Vocab, s: StoryOut): Cell[] {
  return v.columns.map((c) => vocabCell(v, c, s));
}

/** One column's value for a story. */
export function vocabCell(v: Vocab, c: VocabColumn, s: StoryOut): Cell {
  switch (c.from) {
    case 'firstSeenYear':
      return Number(s.firstSeenAt.slice(0, 4));
    case 'countries':
      return s.countries.map((c) => c.code).join(';');
    case 'minors':
      return v.majorityStatus[String(s.minors) as 'true' | 'false' | 'null'] || null;
    case 'form':
      return c.forms!.some((f) => (s.forms as string[]).includes(f)) ? 1 : 0;
    case 'forms':
      return s.forms.join(';');
    case 'incident':
    case 'sample':
      return s[c.from === 'incident' ? 'incident' : 'sample'] ? 1 : 0;
    case 'outlet':
      return s.credit?.outlet ?? null;
    case 'sourceUrl':
      return s.credit?.url ?? null;
    case 'places':
      return s.places.map((p) => `${p.name} (${p.lat} ${p.lon})`).join(';');
    default:
      return s[c.from];
  }
}
