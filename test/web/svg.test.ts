import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localeFor } from '../../src/web/i18n/locale.ts';
import { buildTrend } from '../../src/web/svg/charts.ts';
import { compactPath, locatorMapSvg, shade, worldMapSvg } from '../../src/web/svg/world-map.ts';

const EN = localeFor('en');

describe('SVG rendering', () => {
  it('compacts paths to relative moves without repeated points', () => {
    assert.equal(compactPath('M10,20L12,21L12,21L9,25ZM0,0L-3,4Z'), 'M10 20l2 1-3 4zM0 0l-3 4z');
  });

  it('shades counts 0..5 and links only countries with stories', () => {
    assert.equal(shade(0, [1, 10]), 0);
    assert.equal(shade(10, [1, 10]), 5);
    assert.equal(shade(1, [1, 10]), 1);
    assert.equal(shade(3, [3]), 5);
    const svg = worldMapSvg(EN, new Map([['ZA', 3]]));
    assert.equal((svg.match(/<a /g) ?? []).length, 1);
    assert.match(svg, /<a href="\/country\/za" aria-label="South Africa: 3 stories">/);
    assert.ok(svg.length < 70_000, `world map is ${svg.length} bytes`);
  });

  it('draws a locator map with escaped place names', () => {
    const svg = locatorMapSvg(EN, ['ZA'], [{ name: 'Durban <x>', lat: -29.86, lon: 31.02 }]);
    assert.match(svg, /<circle class="dot"/);
    assert.match(svg, /Durban &lt;x&gt;/);
    assert.equal(locatorMapSvg(EN, [], []), '');
  });

  it('folds trend series beyond the top ones into Other and fills empty months', () => {
    const rows = ['a', 'b', 'c'].map((key, i) => ({ month: i ? '2026-03' : '2026-01', key, count: 3 - i }));
    const t = buildTrend(rows, (k) => k.toUpperCase(), 2);
    assert.deepEqual(t.months, ['2026-01', '2026-02', '2026-03']);
    assert.deepEqual(
      t.series.map((s) => s.key),
      ['a', 'b', 'other'],
    );
    assert.equal(t.value('2026-03', 'other'), 1);
    assert.equal(t.value('2026-02', 'a'), 0);
  });
});
