// Human labels for forms of exploitation and countries (survivor-centred wording).
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { EXPLOITATION_FORMS, type ExploitationForm } from '../model/analysis.ts';

/** Label and one-line description of each form of exploitation. */
export const FORM_LABELS: Record<ExploitationForm, { label: string; slug: string }> = {
  sexual: { label: 'Sexual exploitation', slug: 'sexual' },
  labour: { label: 'Forced labour', slug: 'labour' },
  domestic_servitude: { label: 'Domestic servitude', slug: 'domestic-servitude' },
  forced_criminality: { label: 'Forced criminality', slug: 'forced-criminality' },
  forced_begging: { label: 'Forced begging', slug: 'forced-begging' },
  forced_marriage: { label: 'Forced marriage', slug: 'forced-marriage' },
  organ_removal: { label: 'Organ removal', slug: 'organ-removal' },
  illegal_adoption: { label: 'Illegal adoption', slug: 'illegal-adoption' },
  child_soldiers: { label: 'Children used in armed conflict', slug: 'child-soldiers' },
  unspecified: { label: 'Form not stated', slug: 'unspecified' },
};

/** The label of a form (the raw value when unknown). */
export function formLabel(form: string): string {
  return FORM_LABELS[form as ExploitationForm]?.label ?? form;
}

/** Form from its URL slug, or null. */
export function formFromSlug(slug: string): ExploitationForm | null {
  return EXPLOITATION_FORMS.find((f) => FORM_LABELS[f].slug === slug) ?? null;
}

/** The URL slug of a form. */
export function formSlug(form: string): string {
  return FORM_LABELS[form as ExploitationForm]?.slug ?? form;
}

const worldCountries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];
const BY_CODE = new Map(worldCountries.map((c) => [c.cca2, c]));
const BY_NUMERIC = new Map(worldCountries.map((c) => [c.ccn3, c.cca2]));

/** English common name of an ISO 3166-1 alpha-2 code (the code when unknown). */
export function countryName(code: string): string {
  return BY_CODE.get(code.toUpperCase())?.name.common ?? code;
}

/** Whether the code is a known ISO 3166-1 alpha-2 country. */
export function isCountryCode(code: string): boolean {
  return /^[A-Za-z]{2}$/.test(code) && BY_CODE.has(code.toUpperCase());
}

/** Every known country code with its name, sorted by name (for filter menus). */
export function allCountries(): { code: string; name: string }[] {
  return [...BY_CODE.keys()]
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Alpha-2 code for a numeric ISO code as used by world-atlas (or null). */
export function alpha2FromNumeric(numeric: string): string | null {
  return BY_NUMERIC.get(numeric) ?? null;
}

/** A country's [lat, lon] centre, when known. */
export function countryCentre(code: string): [number, number] | null {
  const c = BY_CODE.get(code.toUpperCase());
  return c && c.latlng.length === 2 ? [c.latlng[0]!, c.latlng[1]!] : null;
}

/** The world region of a country (Africa, Americas, Asia, Europe, Oceania, Antarctic), or 'Other'. */
export function countryRegion(code: string): string {
  return BY_CODE.get(code.toUpperCase())?.region || 'Other';
}
