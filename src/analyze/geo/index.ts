// The geo stage's public face: load the index once, then locate a text's countries and places.
import type { Evidence, Place } from '../../model/analysis.ts';
import { buildCountryIndex, type CountryIndex, findCountries } from './countries.ts';

/** Hints that help disambiguation (the source's country, the article's language, where the title ends). */
export interface GeoContext {
  language?: string;
  countryHint?: string;
  titleEnd?: number;
}

/** Countries (most central first), places with offsets, and the quotes behind the countries. */
export interface GeoResult {
  countries: string[];
  places: Place[];
  evidence: Evidence[];
}

/** The loaded gazetteer. */
export type GeoIndex = CountryIndex;

/** Loads the gazetteer index. */
export function loadGeoIndex(): GeoIndex {
  return buildCountryIndex();
}

/** Finds where a story takes place. */
export function locate(text: string, index: GeoIndex, _ctx: GeoContext = {}): GeoResult {
  return findCountries(text, index);
}
