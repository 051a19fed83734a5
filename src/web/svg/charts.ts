// Trend charts: stories per month as stacked-bar SVG, always paired with a data table.
import type { MonthlyCount } from '../../store/store.ts';
import { escapeHtml, html, raw, type Safe } from '../html.ts';

/** Most series drawn in one chart; the rest are summed into "Other". */
export const MAX_SERIES = 6;

/** Month × series counts, with the series ordered by total (largest first). */
export interface Trend {
  months: string[];
  series: { key: string; label: string; total: number }[];
  value(month: string, key: string): number;
}

/** Folds raw monthly counts into a Trend: top series kept, the rest summed as "other". */
export function buildTrend(rows: MonthlyCount[], label: (key: string) => string, maxSeries = MAX_SERIES): Trend {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.key, (totals.get(r.key) ?? 0) + r.count);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const keep = new Set(ranked.slice(0, maxSeries).map(([k]) => k));
  const cells = new Map<string, number>();
  let other = 0;
  for (const r of rows) {
    const key = keep.has(r.key) ? r.key : 'other';
    if (key === 'other') other += r.count;
    cells.set(`${r.month}|${key}`, (cells.get(`${r.month}|${key}`) ?? 0) + r.count);
  }
  const series = ranked.filter(([k]) => keep.has(k)).map(([key, total]) => ({ key, label: label(key), total }));
  if (other) series.push({ key: 'other', label: 'Other', total: other });
  return { months: monthRange(rows.map((r) => r.month)), series, value: (m, k) => cells.get(`${m}|${k}`) ?? 0 };
}

function monthRange(months: string[]): string[] {
  if (!months.length) return [];
  const sorted = [...new Set(months)].sort();
  const out: string[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (let i = 0; i < 240; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

/** Stacked bars per month, one colour class per series (s0..s6), with a legend. */
export function trendSvg(t: Trend, title: string, W = 640): Safe {
  if (!t.months.length) return html`<p>No published stories yet.</p>`;
  const H = 240;
  const left = 36;
  const bottom = 24;
  const max = Math.max(1, ...t.months.map((m) => t.series.reduce((s, x) => s + t.value(m, x.key), 0)));
  const bw = (W - left - 8) / t.months.length;
  const y = (v: number) => ((H - bottom - 8) * v) / max;
  const bars = t.months.map((m, i) => {
    let base = H - bottom;
    return t.series
      .map((s, k) => {
        const h = y(t.value(m, s.key));
        base -= h;
        return h > 0
          ? `<rect class="s${k}" x="${(left + i * bw + 1).toFixed(1)}" y="${base.toFixed(1)}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${h.toFixed(1)}"/>`
          : '';
      })
      .join('');
  });
  // About one month label per 80 units of width, so labels never overlap.
  const step = Math.max(1, Math.ceil(t.months.length / Math.floor(W / 80)));
  const ticks = t.months
    .map((m, i) =>
      i % step === 0
        ? `<text x="${(left + i * bw + bw / 2).toFixed(1)}" y="${H - 6}" text-anchor="middle">${m}</text>`
        : '',
    )
    .join('');
  const axis = `<text x="${left - 4}" y="14" text-anchor="end">${max}</text><text x="${left - 4}" y="${H - bottom}" text-anchor="end">0</text><line class="axis" x1="${left}" y1="${H - bottom}" x2="${W}" y2="${H - bottom}"/>`;
  const svg = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}">${axis}${bars.join('')}${ticks}</svg>`;
  const legend = t.series.map(
    (s, k) => html`<li><span class="key s${k}" aria-hidden="true"></span>${s.label} (${s.total})</li>`,
  );
  return html`${raw(svg)}<ul class="legend">${legend}</ul>`;
}

/** The same numbers as an accessible table (months as rows). */
export function trendTable(t: Trend, caption: string): Safe {
  if (!t.months.length) return html``;
  const head = t.series.map((s) => html`<th scope="col">${s.label}</th>`);
  const rows = [...t.months].reverse().map((m) => {
    const cells = t.series.map((s) => html`<td>${t.value(m, s.key)}</td>`);
    return html`<tr><th scope="row">${m}</th>${cells}</tr>`;
  });
  return html`<details class="table"><summary>${caption} as a table</summary><div class="scroll"><table><caption>${caption}</caption><thead><tr><th scope="col">Month</th>${head}</tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

/** Chart and table in one figure. */
export function trendFigure(rows: MonthlyCount[], label: (key: string) => string, title: string, width = 640): Safe {
  const t = buildTrend(rows, label);
  return html`<figure class="trend"><figcaption>${title}</figcaption>${trendSvg(t, title, width)}${trendTable(t, title)}</figure>`;
}
