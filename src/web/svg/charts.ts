// Trend charts: stories per month as stacked-bar SVG, always paired with a data table.
import type { MonthlyCount } from '../../store/store.ts';
import { escapeHtml, html, raw, type Safe } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';

/** Most series drawn in one chart; the rest are summed into "Other". */
export const MAX_SERIES = 6;

/** Month × series counts, with the series ordered by total (largest first). */
export interface Trend {
  months: string[];
  series: { key: string; label: string; total: number }[];
  value(month: string, key: string): number;
  /** Counts with no usable month (no date, or a date in the future). */
  undated: number;
  /** The series summed into "Other", largest first, so that readers can see what it holds. */
  others: { key: string; label: string; total: number }[];
}

/** The label of the key '' (stories with no country or no form). */
export const NONE_LABEL = 'Unknown / none';

/** Folds raw monthly counts into a Trend: top series kept, the rest summed as "other". */
export function buildTrend(
  rows: MonthlyCount[],
  label: (key: string) => string,
  maxSeries = MAX_SERIES,
  names = { none: NONE_LABEL, other: 'Other' },
): Trend {
  const undated = rows.filter((r) => !r.month).reduce((n, r) => n + r.count, 0);
  const dated = rows.filter((r) => r.month);
  const totals = new Map<string, number>();
  for (const r of dated) totals.set(r.key, (totals.get(r.key) ?? 0) + r.count);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const keep = new Set(ranked.slice(0, maxSeries).map(([k]) => k));
  const cells = new Map<string, number>();
  let other = 0;
  for (const r of dated) {
    const key = keep.has(r.key) ? r.key : 'other';
    if (key === 'other') other += r.count;
    cells.set(`${r.month}|${key}`, (cells.get(`${r.month}|${key}`) ?? 0) + r.count);
  }
  const named = (key: string) => (key ? label(key) : names.none);
  const series = ranked.filter(([k]) => keep.has(k)).map(([key, total]) => ({ key, label: named(key), total }));
  if (other) series.push({ key: 'other', label: names.other, total: other });
  const others = ranked.filter(([k]) => !keep.has(k)).map(([key, total]) => ({ key, label: named(key), total }));
  const months = monthRange(dated.map((r) => r.month));
  return { months, series, value: (m, k) => cells.get(`${m}|${k}`) ?? 0, undated, others };
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

/** Axis ticks for counts up to `max`: a round step (1, 2 or 5 × 10^k), about four of them, and the top. */
export function yTicks(max: number): { step: number; top: number } {
  const raw = Math.max(1, max) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((f) => f * mag).find((v) => v >= raw) ?? 10 * mag);
  return { step, top: Math.max(step, Math.ceil(Math.max(1, max) / step) * step) };
}

/** Stacked bars per month, one colour class per series (s0..s6), with y-axis ticks and a legend; the month of
 * `now` (in progress) is drawn dashed and marked "so far". */
export function trendSvg(L: Locale, t: Trend, title: string, W = 640, now = new Date().toISOString()): Safe {
  if (!t.months.length) return html`<p>${L.t('map.empty')}</p>`;
  const H = 240;
  const left = 36;
  const bottom = 24;
  const current = now.slice(0, 7);
  const sums = t.months.map((m) => t.series.reduce((s, x) => s + t.value(m, x.key), 0));
  const { step, top } = yTicks(Math.max(...sums));
  const bw = (W - left - 8) / t.months.length;
  // Room above the bars for the axis title.
  const y = (v: number) => ((H - bottom - 22) * v) / top;
  const bars = t.months.map((m, i) => {
    let base = H - bottom;
    const x = left + i * bw + 1;
    const w = Math.max(1, bw - 2);
    const rects = t.series
      .map((s, k) => {
        const h = y(t.value(m, s.key));
        base -= h;
        return h > 0
          ? `<rect class="s${k}${m === current ? ' sofar' : ''}" x="${x.toFixed(1)}" y="${base.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}"/>`
          : '';
      })
      .join('');
    const mark =
      m === current
        ? `<rect class="sofar-box" x="${x.toFixed(1)}" y="${base.toFixed(1)}" width="${w.toFixed(1)}" height="${(H - bottom - base).toFixed(1)}"/><text class="sofar-label" x="${(x + w / 2).toFixed(1)}" y="${Math.max(10, base - 4).toFixed(1)}" text-anchor="middle">${escapeHtml(L.t('chart.soFar'))}</text>`
        : '';
    return rects + mark;
  });
  // Month labels spaced by the longest one (about 7.5 units a character at 11 px), so labels never overlap.
  const labelW = Math.max(...t.months.map((m) => L.month(m).length)) * 7.5 + 16;
  const every = Math.max(1, Math.ceil(t.months.length / Math.max(1, Math.floor((W - left) / labelW))));
  const ticks = t.months
    .map((m, i) =>
      i % every === 0
        ? `<text x="${(left + i * bw + bw / 2).toFixed(1)}" y="${H - 6}" text-anchor="middle">${escapeHtml(L.month(m))}</text>`
        : '',
    )
    .join('');
  const yAxis: string[] = [];
  for (let v = 0; v <= top; v += step) {
    const at = (H - bottom - y(v)).toFixed(1);
    yAxis.push(
      `<text x="${left - 4}" y="${(Number(at) + 4).toFixed(1)}" text-anchor="end">${L.num(v)}</text><line class="grid" x1="${left}" y1="${at}" x2="${W}" y2="${at}"/>`,
    );
  }
  const yTitle = `<text class="axis-title" x="2" y="11">${escapeHtml(L.t('chart.yAxis'))}</text>`;
  const axis = `${yTitle}${yAxis.join('')}<line class="axis" x1="${left}" y1="${H - bottom}" x2="${W}" y2="${H - bottom}"/>`;
  const svg = `<svg class="chart" direction="ltr" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}">${axis}${bars.join('')}${ticks}</svg>`;
  const legend = t.series.map(
    (s, k) => html`<li><span class="key s${k}" aria-hidden="true"></span>${s.label} (${L.num(s.total)})</li>`,
  );
  const sofar = t.months.includes(current)
    ? html`<li><span class="key sofar-key" aria-hidden="true"></span>${L.t('chart.inProgress', { month: L.month(current) })}</li>`
    : '';
  return html`${raw(svg)}<ul class="legend">${legend}${sofar}</ul>`;
}

/** The same numbers as an accessible table (months as rows). */
export function trendTable(L: Locale, t: Trend, caption: string, now = new Date().toISOString()): Safe {
  if (!t.months.length) return html``;
  const current = now.slice(0, 7);
  const head = t.series.map((s) => html`<th scope="col">${s.label}</th>`);
  const rows = [...t.months].reverse().map((m) => {
    const cells = t.series.map((s) => html`<td>${L.num(t.value(m, s.key))}</td>`);
    return html`<tr><th scope="row">${L.month(m)}${m === current ? ` ${L.t('chart.soFarNote')}` : ''}</th>${cells}</tr>`;
  });
  return html`<details class="table"><summary>${L.t('chart.asTable', { caption })}</summary><div class="scroll"><table><caption>${caption}</caption><thead><tr><th scope="col">${L.t('chart.month')}</th>${head}</tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

/** Chart and table in one figure, with a note on stories that have no usable date. */
export function trendFigure(
  L: Locale,
  rows: MonthlyCount[],
  label: (key: string) => string,
  title: string,
  width = 640,
  now = new Date().toISOString(),
): Safe {
  const t = buildTrend(rows, label, MAX_SERIES, { none: L.t('chart.none'), other: L.t('chart.other') });
  const undated = t.undated ? html`<p class="note">${L.t('chart.undated', { count: t.undated })}</p>` : '';
  return html`<figure class="trend"><figcaption>${title}</figcaption>${trendSvg(L, t, title, width, now)}${trendTable(L, t, title, now)}${otherNote(L, t)}${undated}</figure>`;
}

/** Most series named in the note under a chart that says what "Other" holds. */
const OTHERS_NAMED = 30;

/** What "Other" holds: each folded series with its count, largest first. */
function otherNote(L: Locale, t: Trend): Safe | '' {
  if (!t.others.length) return '';
  const named = t.others.slice(0, OTHERS_NAMED).map((o) => `${o.label} (${L.num(o.total)})`);
  const rest = t.others.length - named.length;
  if (rest > 0) named.push(L.t('chart.andMore', { count: rest }));
  const list = new Intl.ListFormat(L.lang, { style: 'short', type: 'unit' }).format(named);
  return html`<p class="note other-note">${L.t('chart.otherList', { other: L.t('chart.other'), list })}</p>`;
}
