// What `lantern fetch` prints: the pass summary with counters named for what they count, the sources it skipped
// and why, and the progress line shown on a terminal.

import type { PassSummary } from '../jobs/run-once.ts';
import type { SkippedSource } from '../jobs/skipped.ts';
import { oneLine } from '../lib/text.ts';

/** Skipped sources listed one by one; the rest are summed up. */
const SKIPPED_LISTED = 20;

/** The text summary of a pass. */
export function passText(s: PassSummary, skipped: SkippedSource[]): string {
  const lines = [
    `${s.sources} sources in ${(s.durationMs / 1000).toFixed(1)} s: ${s.ok} fetched, ${s.notModified} not modified, ${s.failed} failed${s.robots ? ` (${s.robots} refused by robots.txt)` : ''}`,
    `${s.added} new articles (${s.newStories} started a story, ${s.joinedStories} joined a story, ${s.added - s.newStories - s.joinedStories} not about trafficking: no story); ${s.published} articles published, copies included`,
    `${s.copiesFolded} copies folded into their originals' stories, ${s.known} already stored, ${s.skipped} entries without an article, ${s.entryErrors} entry errors${s.backlog ? `, ${s.backlog} entries left for the next pass` : ''}`,
  ];
  for (const r of s.reports.filter((x) => x.error && x.errorCode !== 'robots'))
    lines.push(`  #${r.sourceId} ${oneLine(r.url, 300)}: ${oneLine(r.error!)}`);
  return `${[...lines, ...skippedText(skipped)].join('\n')}\n`;
}

/** One line per skipped source (back-off, disabled, robots first), then a count of those merely not due. */
export function skippedText(skipped: SkippedSource[]): string[] {
  if (!skipped.length) return [];
  const notDue = skipped.filter((x) => x.reason === 'not-due');
  const telling = skipped.filter((x) => x.reason !== 'not-due');
  const lines = [`skipped ${skipped.length} sources:`];
  for (const x of telling.slice(0, SKIPPED_LISTED)) lines.push(`  #${x.sourceId} ${oneLine(x.url, 300)}: ${why(x)}`);
  if (telling.length > SKIPPED_LISTED) lines.push(`  … and ${telling.length - SKIPPED_LISTED} more (see: --json)`);
  if (notDue.length) {
    const next = notDue.map((x) => x.until ?? '').sort()[0]!;
    lines.push(`  ${notDue.length} not due yet (the next at ${when(next)}; --all fetches them now)`);
  }
  return lines;
}

function why(x: SkippedSource): string {
  const detail = x.detail ? ` (last error: ${oneLine(x.detail, 200)})` : '';
  if (x.reason === 'disabled') return `disabled${detail}`;
  if (x.reason === 'robots') return `robots.txt disallows it; next try ${when(x.until)}`;
  return `in back-off until ${when(x.until)}${detail}`;
}

function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'never';
}

/** The progress line written to a terminal after each source (carriage return, no newline). */
export function progressLine(done: number, total: number, articles: number): string {
  const width = 30;
  const filled = Math.round((Math.min(done, total) / Math.max(total, 1)) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} sources, ${articles} new articles`;
}
