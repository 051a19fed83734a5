// Reports for the story benchmark: JSON Lines of news reports, each labelled with the incident it tells.
import { readFileSync } from 'node:fs';

/** One report as the evaluation sets store it. */
export interface StoryReport {
  id: string;
  /** Reports of one case share this id. */
  incident: string;
  /** The outlet's name (one loopback site per outlet). */
  outlet: string;
  /** Where the report was found (kept for the record; the benchmark serves it from loopback). */
  url: string;
  /** ISO time the outlet published it, or null when unknown. */
  published: string | null;
  title: string;
  text: string;
  lang: string | null;
  /** Id of another report whose URL this page declares as its canonical link (a wire copy pointing home). */
  canonicalOf?: string;
}

/** Most reports read from one file, and longest text (characters): a bad file cannot exhaust memory. */
export const MAX_REPORTS = 20_000;
export const MAX_TEXT = 200_000;

/** Reads and checks a JSONL file of reports; errors name the file, line and field. */
export function readReports(file: string): StoryReport[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: StoryReport[] = [];
  const ids = new Set<string>();
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    if (out.length >= MAX_REPORTS) throw new Error(`${file}: more than ${MAX_REPORTS} reports`);
    const r = parseReport(line, `${file}:${i + 1}`);
    if (ids.has(r.id)) throw new Error(`${file}:${i + 1}: duplicate id ${JSON.stringify(r.id)}`);
    ids.add(r.id);
    out.push(r);
  }
  for (const r of out) {
    if (r.canonicalOf && !ids.has(r.canonicalOf)) throw new Error(`${file}: ${r.id}: canonicalOf names no report`);
  }
  return out;
}

function parseReport(line: string, where: string): StoryReport {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(line) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${where}: not JSON (${(e as Error).message})`);
  }
  const str = (k: string, optional = false): string | null => {
    const x = v[k];
    if (typeof x === 'string' && x.length <= MAX_TEXT) return x;
    if (optional && (x === undefined || x === null)) return null;
    throw new Error(`${where}: "${k}" must be a string of at most ${MAX_TEXT} characters`);
  };
  const published = str('published', true);
  if (published !== null && !Number.isFinite(Date.parse(published))) {
    throw new Error(`${where}: "published" is not a date: ${JSON.stringify(published)}`);
  }
  return {
    id: str('id')!,
    incident: str('incident')!,
    outlet: str('outlet')!,
    url: str('url')!,
    published: published === null ? null : new Date(Date.parse(published)).toISOString(),
    title: str('title')!,
    text: str('text')!,
    lang: str('lang', true),
    ...(typeof v.canonicalOf === 'string' ? { canonicalOf: v.canonicalOf } : {}),
  };
}
