// Trend and map details: y-axis ticks, the month in progress marked "so far", undated stories noted, stories
// with no country or form labelled, and map legend ranges that agree with the shading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html } from '../../src/web/html.ts';
import { localeFor } from '../../src/web/i18n/locale.ts';
import { buildTrend, NONE_LABEL, trendFigure, trendSvg, yTicks } from '../../src/web/svg/charts.ts';
import { quantileBreaks, shade, shadeRanges } from '../../src/web/svg/world-map.ts';
import { mapLegend } from '../../src/web/views/explore.ts';

const ROWS = [
  { month: '2026-10', key: 'KE', count: 3 },
  { month: '2026-11', key: '', count: 2 },
  { month: '2026-12', key: 'KE', count: 1 },
  { month: '', key: 'UG', count: 4 },
];
const NOW = '2026-12-05T08:00:00.000Z';

const EN = localeFor('en');

describe('trend and map marks', () => {
  it('picks round y-axis steps covering the largest bar', () => {
    assert.deepEqual(yTicks(0), { step: 1, top: 1 });
    assert.deepEqual(yTicks(3), { step: 1, top: 3 });
    assert.deepEqual(yTicks(9), { step: 5, top: 10 });
    assert.deepEqual(yTicks(37), { step: 10, top: 40 });
    assert.deepEqual(yTicks(1234), { step: 500, top: 1500 });
  });

  it('says what "Other" holds, largest first, in the reader\'s language', () => {
    const keys = ['KE', 'UG', 'TZ', 'RW', 'ET', 'SO', 'MZ', 'ZM'];
    const rows = keys.map((key, i) => ({ month: '2026-11', key, count: 10 - i }));
    const t = buildTrend(rows, (k) => EN.country(k), 6);
    assert.deepEqual(
      t.others.map((o) => [o.key, o.total]),
      [
        ['MZ', 4],
        ['ZM', 3],
      ],
    );
    const figure = (L: typeof EN, r: typeof rows) => String(trendFigure(L, r, (k) => L.country(k), 'x', 640, NOW));
    assert.match(figure(EN, rows), /“Other” groups: Mozambique \(4\), Zambia \(3\)/);
    assert.match(figure(localeFor('fr'), rows), /« Autres » regroupe : Mozambique \(4\) et Zambie \(3\)/);
    const many = Array.from({ length: 40 }, (_, i) => ({ month: '2026-11', key: `K${i}`, count: 100 - i }));
    assert.match(String(trendFigure(EN, many, (k) => k, 'x', 640, NOW)), /K35 \(65\), 4 more</);
    assert.doesNotMatch(figure(EN, rows.slice(0, 6)), /groups:/);
  });

  it('labels stories with no key, leaves undated ones out of the months and notes them', () => {
    const t = buildTrend(ROWS, (k) => `country ${k}`);
    assert.deepEqual(t.months, ['2026-10', '2026-11', '2026-12']);
    assert.equal(t.undated, 4);
    assert.ok(t.series.some((s) => s.key === '' && s.label === NONE_LABEL));
    const fig = String(trendFigure(EN, ROWS, (k) => k, 'Stories', 640, NOW));
    assert.match(fig, /4 stories have no usable date/);
    assert.match(fig, /<th scope="row">Dec 2026 \(so far\)<\/th>/);
  });

  it('draws ticks and marks the month in progress, and only that month', () => {
    const svg = String(
      trendSvg(
        EN,
        buildTrend(ROWS, (k) => k),
        'Stories',
        640,
        NOW,
      ),
    );
    assert.equal((svg.match(/class="grid"/g) ?? []).length, 4);
    assert.match(svg, />3<\/text>/);
    assert.equal((svg.match(/class="sofar-box"/g) ?? []).length, 1);
    assert.match(svg, /so far<\/text>/);
    assert.match(svg, /Dec 2026: month in progress, so far/);
    const later = String(
      trendSvg(
        EN,
        buildTrend(ROWS, (k) => k),
        'Stories',
        640,
        '2027-02-01T00:00:00Z',
      ),
    );
    assert.doesNotMatch(later, /sofar/);
    assert.equal(
      String(
        trendSvg(
          EN,
          buildTrend([], (k) => k),
          'x',
        ),
      ),
      String(html`<p>No published stories yet.</p>`),
    );
  });

  it('gives the map legend numeric ranges that agree with the shading', () => {
    for (const max of [1, 2, 3, 7, 10, 57, 1000, 123_457]) {
      const counts = Array.from({ length: 40 }, (_, i) => Math.max(1, Math.round((max * (i + 1) ** 2) / 1600)));
      const breaks = quantileBreaks(counts);
      const ranges = shadeRanges(breaks);
      assert.equal(ranges[0]!.lo, 1);
      assert.equal(ranges[ranges.length - 1]!.hi, max);
      for (let i = 0; i < ranges.length; i++) {
        const r = ranges[i]!;
        assert.equal(shade(r.lo, breaks), r.shade, `max ${max} lo ${r.lo}`);
        assert.equal(shade(r.hi, breaks), r.shade, `max ${max} hi ${r.hi}`);
        if (i) assert.equal(r.lo, ranges[i - 1]!.hi + 1);
        if (i) assert.ok(r.shade > ranges[i - 1]!.shade);
      }
    }
    const legend = String(mapLegend(EN, [1, 2, 3, 5, 8, 13, 21, 34, 57]));
    assert.match(legend, /<span class="key m0"><\/span>none/);
    assert.match(legend, /1–2 stories</);
    assert.match(legend, /35–57 stories/);
  });

  it('spreads 20 countries with similar counts over several shades (quantile classes)', () => {
    // Twenty countries with 3..22 stories: a scale relative to the largest count painted most of them alike.
    const counts = Array.from({ length: 20 }, (_, i) => 3 + i);
    const breaks = quantileBreaks(counts);
    assert.equal(breaks.length, 5);
    const perShade = new Map<number, number>();
    for (const n of counts) perShade.set(shade(n, breaks), (perShade.get(shade(n, breaks)) ?? 0) + 1);
    assert.deepEqual([...perShade.values()], [4, 4, 4, 4, 4]);
    assert.deepEqual(quantileBreaks([5, 5, 5]), [5]);
    assert.deepEqual(quantileBreaks([0, 0]), []);
  });
});
