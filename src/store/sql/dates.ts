// Date bounds for filters: inclusive lower bounds, and exclusive upper bounds from a YYYY[-MM[-DD]] prefix.
import { inputError } from '../../lib/errors.ts';

/** The ISO instant at which a date prefix starts. */
export function startOf(date: string): string {
  const t = Date.parse(date.length === 4 ? `${date}-01-01` : date);
  if (!Number.isFinite(t)) throw inputError(`date "${date}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
  return new Date(t).toISOString();
}

/** The first ISO instant after the period a date prefix names (2024 → 2025-01-01, 2024-03 → 2024-04-01). */
export function endOf(date: string): string {
  const d = new Date(startOf(date));
  if (date.length <= 4) d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (date.length <= 7) d.setUTCMonth(d.getUTCMonth() + 1);
  else if (date.length <= 10) d.setUTCDate(d.getUTCDate() + 1);
  else d.setUTCMilliseconds(d.getUTCMilliseconds() + 1);
  return d.toISOString();
}
