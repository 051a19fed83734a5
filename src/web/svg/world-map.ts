// World choropleth and small locator maps: world-atlas shapes projected once with d3-geo, rendered to SVG text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type GeoPermissibleObjects, geoBounds, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { escapeHtml } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { alpha2FromNumeric, countryName } from '../labels.ts';

type CountryFeature = Feature<Geometry, { name: string }> & { code: string | null };

/** Width and height of the world map's viewBox. */
export const MAP_W = 960;
export const MAP_H = 468;

let shapes: CountryFeature[] | null = null;
let worldPaths: { code: string | null; name: string; d: string }[] | null = null;

function loadShapes(): CountryFeature[] {
  if (shapes) return shapes;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const fc = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  shapes = fc.features
    .filter((f) => f.properties.name !== 'Antarctica')
    .map((f) => Object.assign(f, { code: f.id === undefined ? null : alpha2FromNumeric(String(f.id)) }));
  return shapes;
}

/** Projected path data of every country on the world map (computed once). */
export function worldShapes(): { code: string | null; name: string; d: string }[] {
  if (worldPaths) return worldPaths;
  const all = loadShapes();
  const projection = geoEqualEarth().fitSize([MAP_W, MAP_H], { type: 'FeatureCollection', features: all });
  // Whole pixels are plenty at this size and keep the home page small.
  const path = geoPath(projection).digits(0);
  worldPaths = all.map((f) => ({
    code: f.code,
    name: f.code ? countryName(f.code) : f.properties.name,
    d: compactPath(path(f) ?? ''),
  }));
  return worldPaths;
}

/**
 * Rewrites d3's absolute integer path ("M10,20L12,21L12,21Z") with relative moves and no repeated points
 * ("M10 20l2 1z"): about half the bytes for the same shapes.
 */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let inRun = false;
  const sep = (n: number) => (n < 0 ? '' : ' ');
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (m[1] === 'Z') {
      out += 'z';
      inRun = false;
      continue;
    }
    const [px, py] = m[2]!.split(',').map(Number) as [number, number];
    if (m[1] === 'M') {
      out += `M${px}${sep(py)}${py}`;
      inRun = false;
    } else if (px !== x || py !== y) {
      const dx = px - x;
      const dy = py - y;
      out += `${inRun ? sep(dx) : 'l'}${dx}${sep(dy)}${dy}`;
      inRun = true;
    }
    x = px;
    y = py;
  }
  return out;
}

/** Most colour classes on the world map (besides "none"). */
export const MAP_CLASSES = 5;

/** Upper bounds of the map's colour classes: quantiles of the countries' story counts (ascending, distinct; the
 * last is the largest count), so that each class holds about as many countries as the others. */
export function quantileBreaks(counts: Iterable<number>, classes = MAP_CLASSES): number[] {
  const xs = [...counts].filter((n) => n > 0).sort((a, b) => a - b);
  const out: number[] = [];
  for (let k = 1; k <= classes && xs.length; k++) {
    const v = xs[Math.min(xs.length - 1, Math.ceil((k * xs.length) / classes) - 1)]!;
    if (!out.length || v > out[out.length - 1]!) out.push(v);
  }
  return out;
}

/** Colour class 0..5 of a count: 0 for none, else its quantile class spread over 1..5 (two classes: 1 and 5). */
export function shade(count: number, breaks: number[]): number {
  if (count <= 0 || !breaks.length) return 0;
  const i = breaks.findIndex((b) => count <= b);
  const k = i < 0 ? breaks.length - 1 : i;
  return breaks.length === 1 ? MAP_CLASSES : 1 + Math.round((k * (MAP_CLASSES - 1)) / (breaks.length - 1));
}

/** The count range of each colour class in use (its shade, lowest and highest count). */
export function shadeRanges(breaks: number[]): { shade: number; lo: number; hi: number }[] {
  return breaks.map((hi, i) => ({ shade: shade(hi, breaks), lo: i ? breaks[i - 1]! + 1 : 1, hi }));
}

/** The world choropleth as SVG: countries with stories link to their page. */
export function worldMapSvg(L: Locale, counts: Map<string, number>, titleId = 'map-title'): string {
  const breaks = quantileBreaks(counts.values());
  const parts = worldShapes().map(({ code, name, d }) => {
    const n = code ? (counts.get(code) ?? 0) : 0;
    if (!code || n === 0) return `<path class="m0" d="${d}"/>`;
    const label = escapeHtml(`${L.lang === 'en' ? name : L.country(code)}: ${L.t('map.stories', { count: n })}`);
    return `<a href="${L.href(`/country/${code.toLowerCase()}`)}" aria-label="${label}"><path class="m${shade(n, breaks)}" d="${d}"><title>${label}</title></path></a>`;
  });
  return `<svg class="worldmap" viewBox="0 0 ${MAP_W} ${MAP_H}" aria-labelledby="${titleId}" focusable="false"><title id="${titleId}">${escapeHtml(L.t('map.title'))}</title>${parts.join('')}</svg>`;
}

const bounds = new WeakMap<CountryFeature, [[number, number], [number, number]]>();

function boundsOf(f: CountryFeature): [[number, number], [number, number]] {
  let b = bounds.get(f);
  if (!b) {
    b = geoBounds(f);
    // A shape crossing the antimeridian has west > east: treat it as spanning every longitude.
    if (b[0][0] > b[1][0])
      b = [
        [-180, b[0][1]],
        [180, b[1][1]],
      ];
    bounds.set(f, b);
  }
  return b;
}

const locatorCache = new Map<string, string>();
/** Locator maps kept in memory (many stories share the same countries and places). */
const LOCATOR_CACHE_SIZE = 1000;

/** A small locator map around the given countries with the story's places as dots (memoised). */
export function locatorMapSvg(
  L: Locale,
  codes: string[],
  places: { name: string; lat: number; lon: number }[],
): string {
  const key = `${L.lang}|${codes.join(',')}|${places.map((p) => `${p.name}@${p.lat.toFixed(2)},${p.lon.toFixed(2)}`).join(';')}`;
  let svg = locatorCache.get(key);
  if (svg === undefined) {
    svg = renderLocator(L, codes, places);
    if (locatorCache.size >= LOCATOR_CACHE_SIZE) locatorCache.delete(locatorCache.keys().next().value!);
    locatorCache.set(key, svg);
  }
  return svg;
}

function renderLocator(L: Locale, codes: string[], places: { name: string; lat: number; lon: number }[]): string {
  const all = loadShapes();
  const focus = all.filter((f) => f.code && codes.includes(f.code));
  if (!focus.length && !places.length) return '';
  const target: GeoPermissibleObjects = focus.length
    ? { type: 'FeatureCollection', features: focus }
    : { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) };
  const [[x0, y0], [x1, y1]] = geoBounds(target);
  const pad = Math.max(4, (y1 - y0) * 0.25, (x1 - x0) * 0.1);
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [Math.max(-180, x0 - pad), Math.max(-85, y0 - pad)],
      [Math.min(180, x1 + pad), Math.min(85, y1 + pad)],
    ],
  };
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [316, 196],
    ],
    box,
  );
  const path = geoPath(projection).digits(1);
  const [[bx0, by0], [bx1, by1]] = box.coordinates as [[number, number], [number, number]];
  const near = all.filter((f) => {
    const [[fx0, fy0], [fx1, fy1]] = boundsOf(f);
    return fx1 >= bx0 && fx0 <= bx1 && fy1 >= by0 && fy0 <= by1;
  });
  const shapesSvg = near.map((f) => {
    const on = f.code && codes.includes(f.code);
    return `<path class="${on ? 'l1' : 'l0'}" d="${path(f) ?? ''}"/>`;
  });
  const dots = places.map((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy
      ? `<circle class="dot" cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="4"><title>${escapeHtml(p.name)}</title></circle>`
      : '';
  });
  const names = codes.map(L.country).join(L.t('common.listSep'));
  const label = names ? L.t('map.locator', { names }) : L.t('map.locatorPlaces');
  return `<svg class="locator" viewBox="0 0 320 200" role="img" aria-label="${escapeHtml(label)}"><rect class="sea" width="320" height="200"/><g>${shapesSvg.join('')}</g>${dots.join('')}</svg>`;
}
