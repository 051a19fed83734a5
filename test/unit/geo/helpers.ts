// Shared by the geo tests: one loaded gazetteer and a shorthand for the countries of a text.
import { type GeoIndex, type GeoResult, loadGeoIndex, locate } from '../../../src/analyze/geo/index.ts';

let index: GeoIndex | undefined;

/** The gazetteer, loaded once per test file. */
export function geoIndex(): GeoIndex {
  index ??= loadGeoIndex();
  return index;
}

/** Where a text takes place, as the analyzer would call it. */
export function where(text: string, language = 'en', titleEnd = 0): GeoResult {
  return locate(text, geoIndex(), { language, titleEnd });
}

/** The reported countries, sorted, for order-free comparison. */
export function countries(text: string, language = 'en'): string[] {
  return [...where(text, language).countries].sort();
}
