// The table `lantern sources list` prints: one row per source under headings, the last error on its own line.
import { oneLine } from '../lib/text.ts';
import type { Source } from '../model/records.ts';

const HEADINGS = [
  'ID',
  'KIND',
  'STATE',
  'ERRORS',
  'LAST FETCH (UTC)',
  'NEXT ATTEMPT (UTC)',
  'LANG',
  'CC',
  'NAME',
  'URL',
];

/** The sources as an aligned text table with a heading row; `now` decides which are in back-off. */
export function sourcesTable(sources: Source[], now = new Date().toISOString()): string {
  if (!sources.length) return 'no sources (add one with: lantern sources add URL)\n';
  const rows = sources.map((s) => [
    String(s.id),
    s.kind,
    state(s, now),
    String(s.errorCount),
    minute(s.lastFetchedAt) || 'never',
    s.enabled ? minute(s.nextFetchAt) : '-',
    s.language ?? '-',
    s.country ?? '-',
    oneLine(s.name ?? '', 60) || '-',
    oneLine(s.url, 300),
  ]);
  const widths = HEADINGS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [line(HEADINGS)];
  sources.forEach((s, n) => {
    out.push(line(rows[n]!));
    if (s.lastError) out.push(`    last error: ${oneLine(s.lastError)}`);
  });
  return `${out.join('\n')}\n`;
}

function state(s: Source, now: string): string {
  if (!s.enabled) return 'disabled';
  if (s.errorCount > 0) return s.nextFetchAt > now ? 'back-off' : 'failing';
  return 'ok';
}

function minute(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '';
}
