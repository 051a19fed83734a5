// Readers for our reviewed gazetteer data files (data/gazetteer/*.tsv, *.txt).
import { readFileSync } from 'node:fs';
import { dataPath } from '../../../lib/paths.ts';

/** Rows of a tab-separated data file, without comments and blank lines. */
export function readTsv(name: string): string[][] {
  return lines(name).map((l) => l.split('\t').map((c) => c.trim()));
}

/** A one-name-a-line list as a set. */
export function readList(name: string): Set<string> {
  return new Set(lines(name));
}

/** Splits a comma-separated list of forms, leaving commas inside brace groups alone. */
export function splitForms(list: string): string[] {
  return (list.match(/(?:[^,{]|\{[^}]*\})+/g) ?? []).map((f) => f.trim()).filter(Boolean);
}

/** Expands brace groups: "nigerian{o,a}" → ["nigeriano", "nigeriana"]. */
export function expandBraces(form: string): string[] {
  const m = /\{([^}]*)\}/.exec(form);
  if (!m) return [form];
  const head = form.slice(0, m.index);
  const tail = form.slice(m.index + m[0].length);
  return (m[1] ?? '').split(',').flatMap((alt) => expandBraces(head + alt + tail));
}

function lines(name: string): string[] {
  return readFileSync(dataPath('gazetteer', name), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() && !l.startsWith('#'));
}
